package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// drawnText is the text a widget draws, line pieces joined by spaces.
func drawnText(o fyne.CanvasObject) string {
	var parts []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *canvas.Text:
			parts = append(parts, x.Text)
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// At 1280×720 the room's headline, its subtitle and the status line show
// in full: they wrap rather than end in "…".
func TestMeetingTextWrapsOnLaptop(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	me.Name = "Søren Østergaard-Christiansen"
	if err := db.UpdateMember(t.Context(), me); err != nil {
		t.Fatal(err)
	}
	title := "Samtykke og deling af oplysninger mellem kommune og region"
	if err := db.CreateTheme(t.Context(), &board.Theme{MeetingDate: board.DateOf(meetingStart), Title: title, PresenterID: me.ID}); err != nil {
		t.Fatal(err)
	}
	v := startTest(t, a, db, c)
	size := fyne.NewSize(1280, 720)
	v.win.Resize(size)
	v.status.SetText(T("meeting.present.key_refused", "The citizen is taking part: end the citizen's view with its button before moving on."))
	// Lay out again with the status line's text and the wrapped lines, as
	// the driver does on the next frames when a minimum size changes.
	for range 2 {
		v.win.Resize(size.SubtractWidthHeight(1, 1))
		v.win.Resize(size)
	}
	for name, l := range map[string]*widget.Label{"headline": v.pres.name, "subtitle": v.pres.sub, "status": v.status, "capture name": v.cap.name} {
		if got, want := drawnText(l), strings.Join(strings.Fields(l.Text), " "); got != want {
			t.Errorf("%s at 1280×720 draws %q, want %q", name, got, want)
		}
	}
	checkFits(t, v.win.Canvas(), v.win.Content(), size)
	shot(t, v.win.Canvas(), "meeting-wrap-1280")
}

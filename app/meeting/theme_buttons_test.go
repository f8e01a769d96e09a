package meeting

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// On the day's theme no citizen is on screen: "Print plan" and the board
// button (which showed only its icon there) are hidden, and come back with
// their words on the first citizen.
func TestThemeHidesTheCitizensButtons(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	if err := db.CreateTheme(t.Context(), &board.Theme{MeetingDate: board.DateOf(meetingStart), Title: "Samtykke", PresenterID: me.ID, Minutes: 10}); err != nil {
		t.Fatal(err)
	}
	var printed []int64
	v := open(a, db, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1,
		PrintPlan: func(id int64) error { printed = append(printed, id); return nil }}, nil)
	v.win.Resize(fyne.NewSize(1920, 1080))
	v.start(newAgendaSetup(v.plan, me.ID))
	t.Cleanup(func() {
		if v.saveTimer != nil {
			v.saveTimer.Stop()
		}
	})
	if v.x == nil || !v.x.ms.OnTheme() {
		t.Fatal("the meeting does not start on the day's theme")
	}
	for _, b := range shownButtons(v.cap.content) {
		if b.Text == "" || b.Text == "Udskriv plan" {
			t.Errorf("button %q (icon %v, disabled %v) is shown on the theme, where there is no citizen", b.Text, b.Icon != nil, b.Disabled())
		}
	}
	v.key(fyne.KeySpace)
	if v.card == nil {
		t.Fatal("Space did not move on to the first citizen")
	}
	want := map[string]bool{"Udskriv plan": false, "Tag af tavlen…": false, "Sæt på tavlen…": false}
	for _, b := range shownButtons(v.cap.content) {
		if _, ok := want[b.Text]; ok && !b.Disabled() {
			want[b.Text] = true
		}
	}
	if !want["Udskriv plan"] || want["Tag af tavlen…"] == want["Sæt på tavlen…"] {
		t.Errorf("on a citizen the plan and board buttons are not both shown with words: %v", want)
	}
	v.printPlan()
	if len(printed) != 1 || printed[0] != v.card.Citizen.ID {
		t.Errorf("printed %v, want the citizen on screen", printed)
	}
}

// shownButtons returns the buttons under o that are shown: hidden ones and
// those inside hidden containers are left out.
func shownButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Button:
			out = append(out, x)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

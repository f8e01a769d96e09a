package meeting

import (
	"testing"

	"fyne.io/fyne/v2"
)

// The app's hooks: "Print plan" prints the citizen on screen, and closing
// the window tells the app.
func TestPrintPlanAndClosedHooks(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	s, _ := demoFile(t, c)
	me := firstMember(t, s)
	var printed []int64
	closed := 0
	v := open(a, s, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1,
		PrintPlan: func(id int64) error { printed = append(printed, id); return nil },
		OnClosed:  func() { closed++ }}, nil)
	v.win.Resize(fyne.NewSize(1920, 1080))
	v.start(newAgendaSetup(v.plan, me.ID))
	if v.x == nil || v.citizen() == nil {
		t.Fatalf("meeting did not start: %s", v.status.Text)
	}
	tapButton(t, v.cap.content, "Udskriv plan")
	if len(printed) != 1 || printed[0] != v.citizen().ID {
		t.Errorf("printed %v, want the citizen on screen %d", printed, v.citizen().ID)
	}
	v.win.Close()
	if closed != 1 {
		t.Errorf("OnClosed ran %d times, want once", closed)
	}

	// Without the hook there is no button.
	v2 := open(a, s, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1}, nil)
	defer v2.win.Close()
	for _, text := range texts(v2.cap.content) {
		if text == "Udskriv plan" {
			t.Error("Print plan shown without a PrintPlan hook")
		}
	}
}

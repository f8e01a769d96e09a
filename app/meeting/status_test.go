package meeting

import (
	"strings"
	"testing"
)

// An error in the status line stays only until it is dealt with: the next
// save that works and a move to another citizen clear it; a notice stays.
// The tester saw 'Datoen "30.02.2027" findes ikke' under the next
// citizen's saved action.
func TestStaleErrorLeavesTheStatusLine(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	closeDialogs := func() {
		for i := 0; i < 3 && v.dialogOpen(); i++ {
			tapButton(t, v.win.Canvas().Overlays().Top(), "OK")
		}
	}
	// A form refused, as formDialog shows it.
	refuse := func(day, clock string) {
		t.Helper()
		ap := newAppointmentForm(v)
		ap.kind.SetSelectedIndex(0)
		ap.day.SetText(day)
		ap.clock.SetText(clock)
		err := v.submit(ap.submit)
		if err == nil {
			t.Fatalf("%s %s was saved", day, clock)
		}
		v.showError(err, nil)
		closeDialogs()
		if v.status.Text == "" {
			t.Fatal("the refusal is not in the status line")
		}
	}
	refuse("30.02.2027", "10:00")
	if !strings.Contains(v.status.Text, "30.02.2027") {
		t.Fatalf("status %q", v.status.Text)
	}
	af := newActionForm(v)
	af.text.SetText("Ring til bostøtten")
	af.due.SetText("3/12")
	if err := v.submit(af.submit); err != nil {
		t.Fatal(err)
	}
	if v.status.Text != "" {
		t.Errorf("after a saved action the old error stays: %q", v.status.Text)
	}
	refuse("3/12", "kl. halv elleve")
	v.next()
	if v.status.Text != "" {
		t.Errorf("on the next citizen the old error stays: %q", v.status.Text)
	}
	// A notice is not an error: it stays until replaced.
	v.say("Gemt 10:31:00")
	af = newActionForm(v)
	af.text.SetText("Book tid hos lægen")
	af.due.SetText("4/12")
	if err := v.submit(af.submit); err != nil {
		t.Fatal(err)
	}
	if v.status.Text != "Gemt 10:31:00" {
		t.Errorf("a notice was taken away by a save: %q", v.status.Text)
	}
}

package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// typeOn types as the driver delivers keys: to the focused widget, or to
// the window's own key handlers when nothing has the focus.
func typeOn(cv fyne.Canvas, chars string) {
	for _, r := range chars {
		if f := cv.Focused(); f != nil {
			f.TypedRune(r)
		} else if h := cv.OnTypedRune(); h != nil {
			h(r)
		}
	}
}

// Keys pressed while a refusal is open do not stack more refusals, and
// when the dialog closes the typing goes on in the field the person typed
// in, not into the one-letter shortcuts (N opened "New action").
func TestRefusalDoesNotStackAndTypingReturnsToField(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	cv := v.win.Canvas()

	cv.Focus(v.cap.decisions)
	typeOn(cv, "Grethe 010190-1234")
	cv.Unfocus() // the click on Next takes the focus from the field
	v.next()
	v.key(fyne.KeySpace)
	v.key(fyne.KeySpace)
	v.next()
	if n := len(cv.Overlays().List()); n != 1 {
		t.Fatalf("%d dialogs open after repeated refused steps, want 1", n)
	}
	tapButton(t, cv.Overlays().Top(), "OK")
	if cv.Overlays().Top() != nil {
		t.Fatal("the refusal did not close")
	}
	if cv.Focused() != v.cap.decisions {
		t.Fatalf("after the dialog the focus is on %T, not the decisions field", cv.Focused())
	}
	typeOn(cv, " ringer mandag")
	if cv.Overlays().Top() != nil {
		t.Errorf("typing after the dialog opened %q", joined(cv.Overlays().Top()))
	}
	if got := v.cap.decisions.Text; !strings.HasSuffix(got, " ringer mandag") {
		t.Errorf("decisions field %q", got)
	}
}

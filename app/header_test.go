package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// On a laptop screen the header still names the team and who is at this
// PC: the title takes the room the buttons leave, not just an ellipsis.
func TestHeaderNamesTheTeamOnALaptop(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 720))
	need := fyne.MeasureText(u.title.Text, u.title.Theme().Size("text"), u.title.TextStyle).Width
	if got := u.title.Size().Width; got < need {
		t.Errorf("header title is %.0f px wide, its text needs %.0f: %q shows cut", got, need, u.title.Text)
	}
}

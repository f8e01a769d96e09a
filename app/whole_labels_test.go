package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wholeInWindow says what is wrong when button b is narrower than its
// text needs or lies partly outside the window ("Impo", "Afvis…" under the
// scroll bar); "" when it shows whole.
func wholeInWindow(u *UI, b *widget.Button) string {
	win := u.win.Canvas().Size()
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	s := b.Size()
	if s.Width < b.MinSize().Width-0.5 || p.X < 0 || p.X+s.Width > win.Width+0.5 {
		return fmt.Sprintf("at %v size %v min %v in %v", p, s, b.MinSize(), win)
	}
	return ""
}

// TestButtonsShowWholeWordsOnLaptop: at 1280×720 and 100 % text the
// calendar's import, the waiting list's decline and the contacts' export
// show their whole label inside the window, and the board's search hint
// is not cut off.
func TestButtonsShowWholeWordsOnLaptop(t *testing.T) {
	u := onLaptop(t, 100)
	for _, c := range []struct{ tab, button string }{
		{"Kalender", "Importér kalender…"},
		{"Venteliste", "Afvis henvisning…"},
		{"Kontakter", "Eksportér kalender…"},
	} {
		selectTab(t, u, c.tab)
		b := buttonIn(u.win.Content(), c.button)
		if b == nil {
			t.Errorf("%s: no button %q", c.tab, c.button)
			continue
		}
		if why := wholeInWindow(u, b); why != "" {
			t.Errorf("%s: %q is cut: %s", c.tab, c.button, why)
		}
	}
	selectTab(t, u, "Tavlen")
	hint := u.board.search.PlaceHolder
	need := fyne.MeasureText(hint, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	if have := u.board.search.Size().Width; have < need {
		t.Errorf("the search hint %q needs %.0f, the field is %.0f wide", hint, need, have)
	}
	if u.board.keysHint == nil || !u.board.keysHint.Visible() {
		t.Error("the keys left out of the search hint (N, F11) are not shown")
	}
}

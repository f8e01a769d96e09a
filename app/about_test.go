package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestAboutShowsVersionAndFile(t *testing.T) {
	u := newTestUI(t)
	u.cfg.Version = "9.8.7"
	var info *widget.Button
	for _, o := range objectsIn(u.win.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Icon == theme.InfoIcon() {
			info = b
		}
	}
	if info == nil {
		t.Fatal("no About button in the header")
	}
	test.Tap(info)
	texts := textsIn(topOverlay(u))
	for _, want := range []string{"Om Tavlen", "9.8.7", u.store.Path(), "Luk"} {
		if !strings.Contains(texts, want) {
			t.Errorf("About box lacks %q:\n%s", want, texts)
		}
	}
}

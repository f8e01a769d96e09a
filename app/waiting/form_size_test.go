package waiting

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
)

// TestReferralFormRoomyAtLargeText: at 150 % text on a 1920×1080 screen
// the referral form's entries are wide enough for their hints (they were
// ~230 px at a fixed 640), and on a 1280×720 laptop the form still fits.
func TestReferralFormRoomyAtLargeText(t *testing.T) {
	for _, c := range []struct {
		size     fyne.Size
		minEntry float32
	}{{fyne.NewSize(1920, 1080), 400}, {fyne.NewSize(1280, 720), 300}} {
		t.Run(fmt.Sprint(c.size), func(t *testing.T) {
			a := testApp(t, 150)
			db := demoFile(t)
			cs := referred(t, db, []string{"Test Testesen"}, []int{1})
			sc, w := openScreen(t, a, db, c.size, Config{})
			sc.editReferral(cs["Test Testesen"])
			f := sc.lastForm
			for name, e := range map[string]fyne.CanvasObject{"referrer's name": f.by, "consent covers": f.consentScope, "reason": f.reason} {
				if got := e.Size().Width; got < c.minEntry {
					t.Errorf("%s entry is %.0f wide, want at least %.0f", name, got, c.minEntry)
				}
			}
			d := w.Canvas().Overlays().Top()
			if s := d.MinSize(); !fits(s, c.size) {
				t.Errorf("the form needs %v on %v", s, c.size)
			}
		})
	}
}

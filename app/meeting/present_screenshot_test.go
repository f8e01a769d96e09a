package meeting

import (
	"bytes"
	"fmt"
	"image/png"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestPresentScreenshot draws the wall while the citizen takes part, at
// 1366×768 and 1920×1080, for docs/ with -update-docs; the card must fit
// without the window growing.
func TestPresentScreenshot(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		t.Run(fmt.Sprint(size.Width), func(t *testing.T) {
			a := testApp(t)
			c := newClock(meetingStart)
			db, _ := demoFile(t, c)
			v := startTest(t, a, db, c)
			a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
			v.startPresent()
			v.pres = newPresentation() // built again in the light theme
			v.pres.mode = v.present
			w := test.NewTempWindow(t, v.pres.content)
			w.SetPadded(false)
			w.Resize(size)
			v.pres.show(v.card, v.x)
			if s := v.pres.content.MinSize(); s.Width > size.Width || s.Height > size.Height {
				t.Errorf("the citizen's view needs %v on %v", s, size)
			}
			img := w.Canvas().Capture()
			var buf bytes.Buffer
			if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			out := fmt.Sprintf("%s/meeting-citizen-%.0f.png", t.TempDir(), size.Width)
			if *updateDocs {
				out = fmt.Sprintf("../../docs/meeting-citizen-%.0f.png", size.Width)
			}
			writeFile(t, out, buf.Bytes())
		})
	}
}

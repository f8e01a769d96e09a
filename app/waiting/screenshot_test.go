package waiting

import (
	"bytes"
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
)

var updateDocs = flag.Bool("update-docs", false, "write docs/waiting-*.png")

// lightTheme forces the light variant, the usual one on the team's PCs.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// TestScreenshot draws the demo's waiting list at 1366×768 and 1920×1080,
// for docs/ with -update-docs.
func TestScreenshot(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		a := testApp(t, 100)
		a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
		db := demoFile(t)
		referred(t, db, []string{"Karl Ventetid"}, []int{23})
		_, w := openScreen(t, a, db, size, Config{BookIntake: func(*board.Citizen, func()) {}})
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		out := fmt.Sprintf("%s/waiting-%.0f.png", t.TempDir(), size.Width)
		if *updateDocs {
			out = fmt.Sprintf("../../docs/waiting-%.0f.png", size.Width)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

package yearwheel

import (
	"bytes"
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
)

var updateDocs = flag.Bool("update-docs", false, "write docs/yearwheel-*.png")

// lightTheme forces the light variant, the usual one on the team's PCs.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// TestScreenshot draws the year wheel with a year of themes at a laptop's
// 1366×768 and a 1920×1080 screen, for docs/ with -update-docs.
func TestScreenshot(t *testing.T) {
	titles := []string{"Kommunens socialpsykiatri", "Botilbud og bostøtte", "Kommunens misbrugsbehandling", "Jobcentret og ressourceforløb",
		"Medicin og diabetes", "Ungeområdet", "", "Sommer: ingen tema", "Psykiatriens akutteam", "Pårørendeinddragelse", "Kriseplaner", "Juleafslutning"}
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		a := testApp(t, 100)
		a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
		db := demoFile(t)
		clearThemes(t, db, 2026)
		for i, title := range titles {
			if title == "" {
				continue
			}
			if err := db.CreateTheme(t.Context(), &board.Theme{Year: 2026, Month: time.Month(i + 1), Title: title, Minutes: 15}); err != nil {
				t.Fatal(err)
			}
		}
		_, w := openScreen(t, a, db, size)
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		out := fmt.Sprintf("%s/yearwheel-%.0f.png", t.TempDir(), size.Width)
		if *updateDocs {
			out = fmt.Sprintf("../../docs/yearwheel-%.0f.png", size.Width)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

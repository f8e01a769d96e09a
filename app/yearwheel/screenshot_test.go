package yearwheel

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
	"tavlen/internal/screentest"
)

// TestScreenshot draws the year wheel with a year of themes at a laptop's
// 1366×768 and a 1920×1080 screen, for docs/ with -update-docs.
func TestScreenshot(t *testing.T) {
	titles := []string{"Kommunens socialpsykiatri", "Botilbud og bostøtte", "Kommunens misbrugsbehandling", "Jobcentret og ressourceforløb",
		"Medicin og diabetes", "Ungeområdet", "", "Sommer: ingen tema", "Psykiatriens akutteam", "Pårørendeinddragelse", "Kriseplaner", "Juleafslutning"}
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		a := testApp(t, 100)
		a.Settings().SetTheme(screentest.LightTheme{Theme: theme.DefaultTheme()})
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
		screentest.DocShot(t, w.Canvas(), fmt.Sprintf("yearwheel-%.0f", size.Width))
	}
}

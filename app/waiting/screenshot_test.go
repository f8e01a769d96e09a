package waiting

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
	"tavlen/internal/screentest"
)

// TestScreenshot draws the demo's waiting list at 1366×768 and 1920×1080,
// for docs/ with -update-docs.
func TestScreenshot(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1920, Height: 1080}} {
		a := testApp(t, 100)
		a.Settings().SetTheme(screentest.LightTheme{Theme: theme.DefaultTheme()})
		db := demoFile(t)
		referred(t, db, []string{"Karl Ventetid"}, []int{23})
		_, w := openScreen(t, a, db, size, Config{BookIntake: func(*board.Citizen, func()) {}})
		screentest.DocShot(t, w.Canvas(), fmt.Sprintf("waiting-%.0f", size.Width))
	}
}

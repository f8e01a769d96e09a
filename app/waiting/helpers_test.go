package waiting

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/calendar"
	"tavlen/internal/screentest"
	"tavlen/storage/sqlite"
)

// today is a Thursday in November 2026.
var today = time.Date(2026, 11, 26, 9, 0, 0, 0, calendar.Copenhagen)

// demoFile is the demo team in a temp file, made once and copied.
func demoFile(t testing.TB) *sqlite.DB { return screentest.DemoFile(t, today) }

func TestMain(m *testing.M) { screentest.Main(m) }

// testApp is a headless app in Danish at scale per cent text.
func testApp(t testing.TB, scale int) fyne.App { return screentest.App(t, scale) }

// openScreen shows the waiting list of db in a window of size.
func openScreen(t testing.TB, a fyne.App, db *sqlite.DB, size fyne.Size, cfg Config) (*Screen, fyne.Window) {
	t.Helper()
	w := a.NewWindow("Venteliste")
	cfg.Now = func() time.Time { return today }
	cfg.Window = func() fyne.Window { return w }
	sc := New(db, cfg)
	w.SetContent(sc.Content())
	w.Resize(size)
	sc.Reload()
	return sc, w
}

func joined(o fyne.CanvasObject) string { return screentest.Joined(o) }

// tapButton taps the button with text under o.
func tapButton(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	screentest.TapButton(t, o, text)
}

// fits reports whether s fits in size.
func fits(s, size fyne.Size) bool { return screentest.Fits(s, size) }

package waiting

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/calendar"
	"tavlen/demo"
	"tavlen/storage/sqlite"
)

// today is a Thursday in November 2026.
var today = time.Date(2026, 11, 26, 9, 0, 0, 0, calendar.Copenhagen)

var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
)

// demoFile is the demo team in a temp file, made once and copied.
func demoFile(t testing.TB) *sqlite.DB {
	t.Helper()
	templateOnce.Do(func() {
		dir, err := os.MkdirTemp("", "waiting-demo")
		if err != nil {
			templateErr = err
			return
		}
		templatePath = filepath.Join(dir, "demo.tavlen")
		db, err := demo.Create(templatePath, today)
		if err == nil {
			err = db.Close()
		}
		templateErr = err
	})
	if templateErr != nil {
		t.Fatal(templateErr)
	}
	data, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "team.tavlen")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(path, sqlite.Options{Now: func() time.Time { return today }, Member: demo.FirstMember().Initials})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestMain(m *testing.M) {
	code := m.Run()
	if templatePath != "" {
		os.RemoveAll(filepath.Dir(templatePath))
	}
	os.Exit(code)
}

// testApp is a headless app in Danish at scale per cent text.
func testApp(t testing.TB, scale int) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	if scale != 100 {
		a.Settings().SetTheme(kit.NewTheme(scale, ""))
	}
	kit.SetLanguage("da")
	return a
}

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

// allTexts collects the text of every label, canvas text, entry and button
// under o.
func allTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *canvas.Text:
			out = append(out, w.Text)
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, w.Text)
		case *widget.Entry:
			out = append(out, w.Text)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, c := range c.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func joined(o fyne.CanvasObject) string { return strings.Join(allTexts(o), "\n") }

// tapButton taps the button with text under o.
func tapButton(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, c := range c.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q in:\n%s", text, joined(o))
	}
	test.Tap(found)
}

// fits reports whether s fits in size.
func fits(s, size fyne.Size) bool { return s.Width <= size.Width+0.5 && s.Height <= size.Height+0.5 }

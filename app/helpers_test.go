package app

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/calendar"
	"tavlen/demo"
)

// testNow is the fixed "now" of every test: a Tuesday morning.
var testNow = time.Date(2026, 11, 24, 10, 0, 0, 0, calendar.Copenhagen)

var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
)

// processTemp is the temp folder as the test process started: tests that
// point TMPDIR at their own folder must not take the shared template along.
var processTemp = os.TempDir()

// demoTemplate makes the demo team file once; each test gets a copy, as
// filling it takes longer than copying.
func demoTemplate(t testing.TB) string {
	templateOnce.Do(func() {
		dir, err := os.MkdirTemp(processTemp, "tavlen-app-test")
		if err != nil {
			templateErr = err
			return
		}
		templatePath = filepath.Join(dir, "demo.tavle")
		db, err := demo.Create(templatePath, testNow)
		if err != nil {
			templateErr = err
			return
		}
		templateErr = db.Close()
	})
	if templateErr != nil {
		t.Fatalf("demo file: %v", templateErr)
	}
	return templatePath
}

// copyDemo copies the demo file into the test's temp dir.
func copyDemo(t testing.TB) string {
	data, err := os.ReadFile(demoTemplate(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "team.tavle")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// newTestUI opens a copy of the demo team as its first member, in
// Danish, on a headless window of 1600×1000.
func newTestUI(t testing.TB) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langDanish)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1600, 1000))
	u := newUI(a, w, Config{Now: func() time.Time { return testNow }})
	path := copyDemo(t)
	a.Preferences().SetString(prefMember+path, demo.FirstMember().Initials)
	u.openPath(path)
	if u.store == nil {
		t.Fatalf("demo file did not open: %s", test.RenderToMarkup(w.Canvas()))
	}
	t.Cleanup(u.closeStore)
	return u
}

// capture writes the window as PNG when TAVLEN_SHOTS names a folder, so
// a person can look at the screens.
func capture(t testing.TB, u *UI, name string) {
	dir := os.Getenv("TAVLEN_SHOTS")
	if dir == "" {
		return
	}
	img := u.win.Canvas().Capture()
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// objectsIn returns every object in o's tree, widgets' rendered parts
// included, in drawing order.
func objectsIn(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, objectsIn(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, objectsIn(c)...)
		}
	}
	return out
}

// entriesIn returns the app's entries inside o, in order.
func entriesIn(o fyne.CanvasObject) []*kit.Entry {
	var out []*kit.Entry
	for _, x := range objectsIn(o) {
		if e, ok := x.(*kit.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// buttonIn finds the visible button with the given text inside o.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	for _, x := range objectsIn(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	return nil
}

// topOverlay returns the dialog on top of the window, or nil.
func topOverlay(u *UI) fyne.CanvasObject {
	return u.win.Canvas().Overlays().Top()
}

// textsIn returns all the texts drawn inside o, for asserting on what a
// person would read.
func textsIn(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range objectsIn(o) {
		switch t := x.(type) {
		case *canvas.Text:
			if t.Visible() {
				b.WriteString(t.Text)
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// TestMain runs every test in Danish, the first language, whatever the
// machine's locale is.
func TestMain(m *testing.M) {
	if err := applyLanguage(langDanish); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// Package screentest is what the screens' headless tests share: the demo
// team in a temp file (made once per test binary, copied per test), a
// Danish test app at a text size, and walking a canvas for its words and
// buttons. Only tests import it.
package screentest

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
	"tavlen/demo"
	"tavlen/storage/sqlite"
)

var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
)

// DemoFile is the demo team made at now, in a temp file of its own for
// this test, opened as the demo's first member.
func DemoFile(t testing.TB, now time.Time) *sqlite.DB {
	t.Helper()
	templateOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tavlen-screen-demo")
		if err != nil {
			templateErr = err
			return
		}
		templatePath = filepath.Join(dir, "demo.tavlen")
		db, err := demo.Create(templatePath, now)
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
	db, err := sqlite.Open(path, sqlite.Options{Now: func() time.Time { return now }, Member: demo.FirstMember().Initials})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Main runs the tests and removes the demo template after them.
func Main(m *testing.M) {
	code := m.Run()
	if templatePath != "" {
		os.RemoveAll(filepath.Dir(templatePath))
	}
	os.Exit(code)
}

// App is a headless app in Danish at scale per cent text.
func App(t testing.TB, scale int) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	if scale != 100 {
		a.Settings().SetTheme(kit.NewTheme(scale, ""))
	}
	kit.SetLanguage("da")
	return a
}

// walk visits o and everything under it: containers' objects and
// widgets' rendered objects.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if !visit(o) {
		return
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, c := range c.Objects {
			walk(c, visit)
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			walk(c, visit)
		}
	}
}

// Texts collects the text of every label, canvas text, entry and button
// under o.
func Texts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) bool {
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
		return true
	})
	return out
}

// Joined is Texts one a line.
func Joined(o fyne.CanvasObject) string { return strings.Join(Texts(o), "\n") }

// TapButton taps the first button with text under o.
func TapButton(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	walk(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
			return false
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no button %q in:\n%s", text, Joined(o))
	}
	test.Tap(found)
}

// Fits reports whether s fits in size.
func Fits(s, size fyne.Size) bool { return s.Width <= size.Width+0.5 && s.Height <= size.Height+0.5 }

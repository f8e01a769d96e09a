package meeting

import (
	"flag"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/demo"
	"tavlen/storage/sqlite"
)

// meetingStart is a Thursday morning: the team's usual meeting time.
var meetingStart = time.Date(2026, 11, 26, 9, 0, 0, 0, calendar.Copenhagen)

// clock is a hand-moved clock for the session and the views.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock(t time.Time) *clock    { return &clock{t: t} }
func testApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	if err := AddTranslations("da"); err != nil {
		t.Fatal(err)
	}
	return a
}

// demoFile makes the demo team in a temp file and returns it open.
// Reopened on the test clock, so the history's times match the meeting's.
// The demo team is made once and copied for each test.
func demoFile(t testing.TB, c *clock) (*sqlite.DB, string) {
	t.Helper()
	templateOnce.Do(func() {
		dir, err := os.MkdirTemp("", "meeting-demo")
		if err != nil {
			templateErr = err
			return
		}
		templatePath = filepath.Join(dir, "demo.tavlen")
		db, err := demo.Create(templatePath, meetingStart)
		if err == nil {
			err = db.Close()
		}
		templateErr = err
	})
	if templateErr != nil {
		t.Fatalf("demo: %v", templateErr)
	}
	data, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "team.tavlen")
	writeFile(t, path, data)
	db, err := sqlite.Open(path, sqlite.Options{Now: c.now, Member: demo.FirstMember().Initials})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// Without the demo's year wheel the meeting starts on the first
	// citizen; the theme has its own tests (theme_day_test.go).
	ths, err := db.FindThemes(t.Context(), meetingStart.Year())
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range ths {
		if err := db.DeleteTheme(t.Context(), th.ID, th.Version); err != nil {
			t.Fatal(err)
		}
	}
	return db, path
}

// firstMember returns the demo's first member, the facilitator.
func firstMember(t testing.TB, s Store) *board.Member {
	t.Helper()
	ms, err := s.FindMembers(t.Context(), board.MemberFilter{Initials: demo.FirstMember().Initials})
	if err != nil || len(ms) != 1 {
		t.Fatalf("first member: %v %v", ms, err)
	}
	return ms[0]
}

// openTest opens meeting mode on one screen with a hand clock.
func openTest(t testing.TB, a fyne.App, s Store, c *clock, onEnd func(*board.Meeting)) *view {
	t.Helper()
	me := firstMember(t, s)
	v := open(a, s, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1}, onEnd)
	v.win.Resize(fyne.NewSize(1920, 1080))
	return v
}

// startTest opens and starts a meeting with the proposed agenda.
func startTest(t testing.TB, a fyne.App, s Store, c *clock) *view {
	t.Helper()
	v := openTest(t, a, s, c, nil)
	if v.x != nil {
		t.Fatal("a meeting was already running")
	}
	v.start(newAgendaSetup(v.plan, v.cfg.Me))
	if v.x == nil {
		t.Fatalf("meeting did not start: %s", v.status.Text)
	}
	// A save timer left running would redraw from its own goroutine
	// while the next test draws.
	t.Cleanup(func() {
		if v.saveTimer != nil {
			v.saveTimer.Stop()
		}
	})
	return v
}

// texts collects the text of every label and canvas text under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
			return
		case *widget.Button:
			out = append(out, w.Text)
			return
		}
		if t, ok := o.(interface{ Objects() []fyne.CanvasObject }); ok {
			for _, c := range t.Objects() {
				walk(c)
			}
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, c := range c.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			r := test.WidgetRenderer(w)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func joined(o fyne.CanvasObject) string { return strings.Join(texts(o), "\n") }

// writePNG is used by the screenshot test.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
)

var updateDocs = flag.Bool("update-docs", false, "write docs/meeting.png")

// lightTheme forces the light variant, the usual one on the team's PCs.
type lightTheme struct{ fyne.Theme }

func (l lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// findList finds the first list under o.
func findList(o fyne.CanvasObject) *widget.List {
	var found *widget.List
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil {
			return
		}
		if l, ok := o.(*widget.List); ok {
			found = l
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
	return found
}

// tapButton taps the button with the text under o.
func tapButton(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, c := range c.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			if _, isB := o.(*widget.Button); !isB {
				for _, c := range test.WidgetRenderer(w).Objects() {
					walk(c)
				}
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

func TestMain(m *testing.M) {
	code := m.Run()
	if templatePath != "" {
		os.RemoveAll(filepath.Dir(templatePath))
	}
	os.Exit(code)
}

package record

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/demo"
	"tavlen/text"
)

// testNow is the fixed "now" of the record's tests: a Tuesday morning.
var testNow = time.Date(2026, 11, 24, 10, 0, 0, 0, calendar.Copenhagen)

// useLanguage shows every word in code for the length of a test, as the
// app does once the person chose it; English comes back after.
func useLanguage(t *testing.T, code string) {
	t.Helper()
	use := func(code string) {
		data, err := text.FyneJSON(code)
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{text.English, text.Danish, lang.SystemLocale().LanguageString()} {
			if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
				t.Fatal(err)
			}
		}
		kit.SetLanguage(code)
	}
	use(code)
	t.Cleanup(func() { use(text.English) })
}

// openDemoPage opens, in Danish, the record of the first citizen on the
// board of a new demo team file.
func openDemoPage(t *testing.T) (*Page, Store) {
	t.Helper()
	test.NewTempApp(t)
	useLanguage(t, text.Danish)
	db, err := demo.Create(filepath.Join(t.TempDir(), "demo.tavle"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	ctx := context.Background()
	cs, err := db.FindCitizens(ctx, board.CitizenFilter{OnBoard: true})
	if err != nil || len(cs) == 0 {
		t.Fatalf("no citizen on the board: %v", err)
	}
	w := test.NewTempWindow(t, nil)
	env := Env{Ctx: ctx, Store: func() Store { return db }, Now: func() time.Time { return testNow },
		Dialogs: &dialog.Host{Win: w}}
	p, err := Open(env, cs[0].ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.SetContent(p.Root)
	return p, db
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

// objectsIn is o and everything drawn inside it.
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

// textsIn is every visible text drawn inside o, one a line.
func textsIn(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range objectsIn(o) {
		if t, ok := x.(*canvas.Text); ok && t.Visible() {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// topDialog is the dialog on top of the record's window, or nil.
func topDialog(p *Page) fyne.CanvasObject { return p.env.Dialogs.Win.Canvas().Overlays().Top() }

package yearwheel

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// boldRows are the titles of the themes whose row the list draws in bold.
func boldRows(sc *Screen, titles []string) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok && t.TextStyle.Bold {
			for _, title := range titles {
				if strings.Contains(t.Text, title) {
					out = append(out, title)
				}
			}
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
	walk(sc.list)
	return out
}

// The bold row is today's theme (November) however the rows move when a
// theme is added or deleted.
func TestBoldRowFollowsTodaysTheme(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	clearThemes(t, db, 2026)
	titles := []string{"Oktobertema", "Novembertema", "Decembertema", "SLET MIG"}
	for i, m := range []time.Month{time.October, time.November, time.December} {
		if err := db.CreateTheme(t.Context(), &board.Theme{Year: 2026, Month: m, Title: titles[i]}); err != nil {
			t.Fatal(err)
		}
	}
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768))
	check := func(when string) {
		t.Helper()
		if got := strings.Join(boldRows(sc, titles), ", "); got != "Novembertema" {
			t.Errorf("%s: bold rows %q, want Novembertema", when, got)
		}
	}
	check("opened")
	sc.editTheme(nil, time.March)
	sc.lastForm.title.SetText("SLET MIG")
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	check("after adding a theme in March")
	for _, th := range sc.themes {
		if th.Title == "SLET MIG" {
			sc.confirmDelete(th)
		}
	}
	tapButton(t, w.Canvas().Overlays().Top(), "Slet tema")
	check("after deleting it")
}

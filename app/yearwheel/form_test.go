package yearwheel

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// saveNew fills a new theme in November with title, then edit, and taps
// Gem; it returns the form and whether it is still open.
func saveNew(t *testing.T, edit func(f *themeForm)) (*Screen, *themeForm, bool) {
	t.Helper()
	a := testApp(t, 100)
	db := demoFile(t)
	clearThemes(t, db, 2026)
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768))
	sc.editTheme(nil, time.November)
	f := sc.lastForm
	f.title.SetText("Samarbejde med jobcenteret")
	edit(f)
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	return sc, f, w.Canvas().Overlays().Top() != nil
}

// "0" minutes is refused like "-5" and "abc", not saved as the default.
func TestZeroMinutesRefused(t *testing.T) {
	sc, f, open := saveNew(t, func(f *themeForm) { f.minutes.SetText("0") })
	if !open || !strings.Contains(f.problem.Text, "skriv et tal fra 1 til 45") || f.minutes.Text != "0" {
		t.Errorf("0 minutes: open %v, problem %q", open, f.problem.Text)
	}
	if len(sc.themes) != 0 {
		t.Errorf("0 minutes was saved: %+v", sc.themes[0])
	}
}

// A meeting date outside the chosen month (or year) is refused; the month
// is not changed behind the user's back.
func TestMeetingDateOutsideMonthRefused(t *testing.T) {
	for _, typed := range []string{"10.02.2026", "10.11.2027"} {
		sc, f, open := saveNew(t, func(f *themeForm) { f.date.SetText(typed) })
		if !open || !strings.Contains(f.problem.Text, "ligger ikke i november 2026") || f.date.Text != typed || f.month.Selected != "november" {
			t.Errorf("%s: open %v, problem %q, month %q", typed, open, f.problem.Text, f.month.Selected)
		}
		if len(sc.themes) != 0 {
			t.Errorf("%s was saved as %+v", typed, sc.themes[0])
		}
	}
	sc, f, open := saveNew(t, func(f *themeForm) { f.date.SetText("12.11.2026") })
	if open || len(sc.themes) != 1 {
		t.Errorf("a date in the month was not saved: %q", f.problem.Text)
	}
}

// A CPR number is refused naming the field that holds it.
func TestCPRRefusalNamesTheField(t *testing.T) {
	for _, tt := range []struct {
		field string
		edit  func(f *themeForm)
	}{
		{"Noter", func(f *themeForm) { f.notes.SetText("Noter med cpr 0101901234 her") }},
		{"Titel", func(f *themeForm) { f.title.SetText("Tema 010190-1234") }},
	} {
		sc, f, open := saveNew(t, tt.edit)
		if !open || !strings.HasPrefix(f.problem.Text, tt.field+": ") || !strings.Contains(f.problem.Text, "CPR") {
			t.Errorf("%s: open %v, problem %q", tt.field, open, f.problem.Text)
		}
		if len(sc.themes) != 0 {
			t.Errorf("%s: the CPR number was saved", tt.field)
		}
	}
}

package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
)

// useHistoryWords registers the history's words of text/translations for
// the length of a test, under every tag applyLanguage uses; until the
// text package loads them, the app shows the English fallbacks.
func useHistoryWords(t *testing.T, code string) {
	t.Helper()
	add := func(code string) {
		data, err := os.ReadFile(filepath.Join("..", "text", "translations", code, "history.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{langEnglish, langDanish, lang.SystemLocale().LanguageString()} {
			if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(code)
	t.Cleanup(func() { add(langEnglish) })
}

// historyTables are the tables of the SQLite adapter, from its migrations.
func historyTables(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "storage", "sqlite", "migrations", "*.sql"))
	re := regexp.MustCompile(`(?i)CREATE TABLE (?:IF NOT EXISTS )?(\w+)`)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			out = append(out, m[1])
		}
	}
	if len(out) < 10 {
		t.Fatalf("found only the tables %v", out)
	}
	return out
}

func TestHistoryTabReadsInTheUsersWords(t *testing.T) {
	useHistoryWords(t, langDanish)
	u := newTestUI(t)
	r := openRecord(t, u)
	c := r.C

	plan, err := u.store.FindPlan(u.ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	crisis := plan.Crisis
	if crisis == nil {
		crisis = &board.CrisisPlan{CitizenID: c.ID}
	}
	oldCall := crisis.WhomToCall
	crisis.WhomToCall = "Søster Lis 20 30 40 50"
	if err := u.store.SaveCrisisPlan(u.ctx, crisis); err != nil {
		t.Fatal(err)
	}
	due := board.DateOf(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC))
	if err := u.store.CreateAction(u.ctx, &board.Action{CitizenID: c.ID, Text: "Ring til egen læge", Due: due, Status: board.ActionOpen}); err != nil {
		t.Fatal(err)
	}
	if err := u.store.LogAccess(u.ctx, c.ID, board.AuditPrint, board.AccessPlanPrinted); err != nil {
		t.Fatal(err)
	}

	r.Tabs.SelectIndex(record.TabHistory)
	r.History.Reload()
	shown := textsIn(r.History.Root)

	// No table or column names, no ISO dates, no UTC.
	for _, table := range historyTables(t) {
		if regexp.MustCompile(`\b` + table + `\b`).MatchString(shown) {
			t.Errorf("the history shows the table name %q:\n%s", table, shown)
		}
	}
	for _, raw := range []string{"whom to call", "warning signs", "due:", "UTC", "oprettede", "ændrede"} {
		if strings.Contains(shown, raw) {
			t.Errorf("the history shows %q:\n%s", raw, shown)
		}
	}
	if iso := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`).FindString(shown); iso != "" {
		t.Errorf("the history shows the date %q the ISO way:\n%s", iso, shown)
	}
	if strings.ContainsRune(shown, '\uFFFD') {
		t.Errorf("the history shows a broken character:\n%s", shown)
	}

	// Who, when in Danish local time, what kind, and before → after.
	me := u.me
	when := testNow.Format("02.01.2006 kl. 15:04")
	wants := []string{
		when + " · " + me.Name + " (" + me.Initials + ")",
		"Kriseplan ændret",
		"Kriseplan – hvem ringes til: fra " + oldCall + " til Søster Lis 20 30 40 50",
		"Handling oprettet",
		"Handling – frist: 04.12.2026",
		"Handling – status: " + kit.ActionStatusLabel(board.ActionOpen),
		"Planen blev udskrevet",
	}
	if oldCall == "" {
		wants[2] = "Kriseplan – hvem ringes til: Søster Lis 20 30 40 50"
		wants[1] = "Kriseplan oprettet"
	}
	for _, want := range wants {
		if !strings.Contains(shown, want) {
			t.Errorf("the history does not say %q:\n%s", want, shown)
		}
	}
	capture(t, u, "citizen_history")
}

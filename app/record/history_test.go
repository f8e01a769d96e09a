package record

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

// useHistoryWords registers the history's words of text/translations for
// the length of a test, under every tag applyLanguage uses; until the
// text package loads them, the app shows the English fallbacks.
func useHistoryWords(t *testing.T, code string) {
	t.Helper()
	add := func(code string) {
		data, err := os.ReadFile(filepath.Join("..", "..", "text", "translations", code, "history.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{text.English, text.Danish, lang.SystemLocale().LanguageString()} {
			if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(code)
	t.Cleanup(func() { add(text.English) })
}

// TestHistoryWordsInBothLanguages: every word of the history has a Danish
// and an English text.
func TestHistoryWordsInBothLanguages(t *testing.T) {
	read := func(code string) map[string]string {
		b, err := os.ReadFile(filepath.Join("..", "..", "text", "translations", code, "history.json"))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	da, en := read(text.Danish), read(text.English)
	src, err := os.ReadFile("history_text.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, m := range regexp.MustCompile(`T\("(history\.[a-z_.]*[a-z_])"`).FindAllStringSubmatch(string(src), -1) {
		keys[m[1]] = true
	}
	for k := range historyFields {
		keys["history.field."+k] = true
	}
	for k := range keys {
		if da[k] == "" || en[k] == "" {
			t.Errorf("%s: Danish %q, English %q", k, da[k], en[k])
		}
	}
	for k := range da {
		if !keys[k] {
			t.Errorf("%s is in da/history.json but not used", k)
		}
	}
}

func TestHistoryWordsAnOccurrence(t *testing.T) {
	useHistoryWords(t, text.Danish)
	e := &board.AuditEntry{At: time.Date(2026, 11, 24, 10, 0, 0, 0, calendar.Copenhagen), Member: "ZZ", Action: board.AuditUpdate, Kind: board.RecordAppointment,
		Fields: []board.FieldChange{{Field: board.FieldOccurrence, Of: "2026-12-01 10:00",
			Before: "planned", After: "held, moved to 2026-12-02 11:00–12:00; notes: gik fint"}}}
	got := HistoryEntryOf(nil, e).Text()
	want := "Aftale – gangen 01.12.2026 kl. 10:00: fra " + kit.ApptStatusLabel(calendar.StatusPlanned) + " til " +
		kit.ApptStatusLabel(calendar.StatusHeld) + ", flyttet til 02.12.2026 kl. 11:00–12:00; bemærkning: gik fint"
	if !strings.Contains(got, want) || !strings.Contains(got, "ZZ · Aftale ændret") {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestHistorySaysYesAndNoInWordsForEveryFlag: every yes/no field of the
// records, the WHO-5's and the meeting's new ones too, says ja/nej.
func TestHistorySaysYesAndNoInWordsForEveryFlag(t *testing.T) {
	useHistoryWords(t, text.Danish)
	for _, field := range []string{"citizen.on_board", "wellbeing.self_reported", "meeting_item.citizen_present", "meeting_item.discussed"} {
		e := &board.AuditEntry{At: time.Date(2026, 11, 24, 10, 0, 0, 0, calendar.Copenhagen), Action: board.AuditUpdate,
			Kind: board.RecordWellbeing, Fields: []board.FieldChange{{Field: field, Before: "no", After: "yes"}}}
		if got := HistoryEntryOf(nil, e).Text(); !strings.Contains(got, ": fra nej til ja") {
			t.Errorf("%s: %s", field, got)
		}
	}
}

// TestHistoryLeavesOutTheAgendaOrder: an agenda item's place in the order
// is the program's number, not a reader's.
func TestHistoryLeavesOutTheAgendaOrder(t *testing.T) {
	useHistoryWords(t, text.Danish)
	e := &board.AuditEntry{At: time.Date(2026, 11, 24, 10, 0, 0, 0, calendar.Copenhagen), Action: board.AuditInsert,
		Kind: board.RecordMeetingItem, Fields: []board.FieldChange{{Field: "meeting_item.position", After: "29"},
			{Field: "meeting_item.discussed", After: "yes"}}}
	got := HistoryEntryOf(nil, e).Text()
	if strings.Contains(got, "29") || !strings.Contains(got, "ja") {
		t.Errorf("history of an agenda item:\n%s", got)
	}
}

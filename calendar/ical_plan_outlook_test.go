package calendar

import (
	"strings"
	"testing"
	"time"
)

// outlookEvent is an Outlook export of one plain appointment: SEQUENCE
// stays 0 however often it changes; LAST-MODIFIED moves.
func outlookEvent(title, start, end, lastModified string) string {
	return strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
		"BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000", "SEQUENCE:0",
		"DTSTAMP:20261125T120000Z", "LAST-MODIFIED:" + lastModified,
		"DTSTART;TZID=Europe/Copenhagen:" + start, "DTEND;TZID=Europe/Copenhagen:" + end,
		"SUMMARY:" + title, "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
}

// TestReimportOfOutlookChangeIsNotLost: the first import stored the
// appointment, a second (changed) one updated it and so raised Tavlen's
// SEQUENCE to 1. A third export from Outlook, the time moved and
// "AFLYST" in the title, still says SEQUENCE:0: it must update, not pass
// as unchanged; and when Tavlen saved the appointment after the file's
// change, it is a conflict for the person, not a silent choice.
func TestReimportOfOutlookChangeIsNotLost(t *testing.T) {
	first := decodeString(t, outlookEvent("Samtale", "20261201T100000", "20261201T110000", "20261120T080000Z"), ImportOptions{})
	stored := first.Appointments[0]
	stored.ID, stored.Version, stored.Sequence = 5, 2, 1
	stored.UpdatedAt = time.Date(2026, 11, 20, 9, 0, 0, 123, time.UTC) // the second import's save
	existing := map[string]*Appointment{stored.UID: stored}

	changed := decodeString(t, outlookEvent("AFLYST: Samtale", "20261201T130000", "20261201T140000", "20261122T081500Z"), ImportOptions{})
	p := PlanImportFile(existing, changed)
	if len(p.Update) != 1 || p.Unchanged != 0 || len(p.Conflicts) != 0 {
		t.Fatalf("update %d, unchanged %d, conflicts %d; want the change as an update", len(p.Update), p.Unchanged, len(p.Conflicts))
	}
	if u := p.Update[0]; u.Title != "AFLYST: Samtale" || !u.Start.Equal(cph(2026, 12, 1, 13, 0)) || u.ID != 5 || u.Version != 2 {
		t.Errorf("update %q at %v (ID %d, version %d)", u.Title, u.Start, u.ID, u.Version)
	}

	// The same file once more, after the update was saved: nothing to do.
	saved := *p.Update[0]
	saved.Version, saved.Sequence, saved.UpdatedAt = 3, 2, time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	if p := PlanImportFile(map[string]*Appointment{saved.UID: &saved}, changed); p.Unchanged != 1 {
		t.Errorf("a repeated import: %+v", p)
	}

	// Changed in Tavlen after the file's change: a conflict, nothing updated.
	inTavlen := *stored
	inTavlen.Place, inTavlen.UpdatedAt = "Lokale 2.14", time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	p = PlanImportFile(map[string]*Appointment{stored.UID: &inTavlen}, changed)
	if len(p.Update) != 0 || len(p.Conflicts) != 1 {
		t.Fatalf("update %d, conflicts %d; want one conflict", len(p.Update), len(p.Conflicts))
	}
	if c := p.Conflicts[0]; c.Stored.Place != "Lokale 2.14" || c.File.Title != "AFLYST: Samtale" || c.File.ID != 5 {
		t.Errorf("conflict %+v", c)
	}

	// Without LAST-MODIFIED, DTSTAMP says when.
	noLM := strings.Replace(outlookEvent("AFLYST: Samtale", "20261201T130000", "20261201T140000", "x"), "LAST-MODIFIED:x\r\n", "", 1)
	if p := PlanImportFile(existing, decodeString(t, noLM, ImportOptions{})); len(p.Update) != 1 {
		t.Errorf("by DTSTAMP: %+v", p)
	}
}

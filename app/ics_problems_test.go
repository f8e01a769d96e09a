package app

import (
	"strings"
	"testing"

	"tavlen/calendar"
)

// TestProblemLinesWriteDanishDates: a problem that names a day says it
// the way the rest of the screen does (29.03.2026), not as the file's ISO
// date, and an untitled event is "(uden titel)", never "untitled".
func TestProblemLinesWriteDanishDates(t *testing.T) {
	newTestUI(t) // Danish words
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
		"BEGIN:VEVENT", "UID:gap-1", "DTSTAMP:20260301T080000Z",
		"DTSTART;TZID=Europe/Copenhagen:20260329T023000", "DTEND;TZID=Europe/Copenhagen:20260329T033000",
		"END:VEVENT",
		"BEGIN:VTODO", "UID:todo-1", "END:VTODO",
		"END:VCALENDAR", ""}, "\r\n")
	imp, err := calendar.Decode(strings.NewReader(ics), calendar.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(problemLines(imp.Problems), "\n")
	for _, want := range []string{"29.03.2026", "(uden titel)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the problems lack %q:\n%s", want, text)
		}
	}
	for _, not := range []string{"2026-03-29", "untitled"} {
		if strings.Contains(text, not) {
			t.Errorf("the problems still say %q:\n%s", not, text)
		}
	}
}

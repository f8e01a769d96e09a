package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportPreviewSaysProblemsInDanish: what the file holds that Tavlen
// leaves out is said in the user's language, with the event's title as
// written in the file.
func TestImportPreviewSaysProblemsInDanish(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, _ := citizenWithNotedAppointment(t, u)
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
		"BEGIN:VTODO", "UID:todo-1", "SUMMARY:Ring til bostøtten", "END:VTODO",
		"BEGIN:VEVENT", "UID:ev-1", "DTSTAMP:20260301T080000Z", "DTSTART:20260310T080000Z", "DTEND:20260310T090000Z",
		"SUMMARY:Depotinjektion", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	f.open = filepath.Join(f.dir, "problems.ics")
	if err := os.WriteFile(f.open, []byte(ics), 0o644); err != nil {
		t.Fatal(err)
	}
	u.openCitizen(c.ID)
	tap(t, u.page.content(), "Importér kalender…")
	tap(t, topOverlay(u), "Vis hvad der ændres…")
	text := textsIn(topOverlay(u))
	for _, want := range []string{"Understøttes ikke – udeladt eller ændret", "Opgaven „Ring til bostøtten“ (VTODO) blev ikke importeret", "„Depotinjektion“: påmindelser (VALARM)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview lacks %q:\n%s", want, text)
		}
	}
	for _, english := range []string{"in English", "på engelsk", "was not imported", "reminders"} {
		if strings.Contains(text, english) {
			t.Errorf("the preview still says %q:\n%s", english, text)
		}
	}
}

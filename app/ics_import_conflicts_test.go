package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestImportConflictIsShownAndChosen: a file's version older than
// Tavlen's last save (Outlook's SEQUENCE:0 says nothing) is neither
// applied nor dropped in silence: the preview shows it, Tavlen's version
// is kept, and a tick takes the file's.
func TestImportConflictIsShownAndChosen(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, existing := citizenWithNotedAppointment(t, u)
	lastModified := existing.UpdatedAt.AddDate(0, 0, -1).UTC().Format("20060102T150405Z")
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
		"BEGIN:VEVENT", "UID:" + existing.UID, "SEQUENCE:0", "DTSTAMP:" + lastModified, "LAST-MODIFIED:" + lastModified,
		"DTSTART:" + existing.Start.UTC().Format("20060102T150405Z"), "DTEND:" + existing.End.UTC().Format("20060102T150405Z"),
		"SUMMARY:AFLYST: " + existing.Title, "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	f.open = filepath.Join(f.dir, "outlook.ics")
	if err := os.WriteFile(f.open, []byte(ics), 0o644); err != nil {
		t.Fatal(err)
	}
	u.openCitizen(c.ID)
	preview := func() string {
		tap(t, u.page.content(), "Importér kalender…")
		tap(t, topOverlay(u), "Vis hvad der ændres…")
		return textsIn(topOverlay(u))
	}
	text := preview()
	if !strings.Contains(text, "Ændret i Tavlen efter filens udgave") || !strings.Contains(text, "AFLYST: "+existing.Title) {
		t.Fatalf("the conflict is not shown:\n%s", text)
	}
	tap(t, topOverlay(u), "Importér")
	u.bg.Wait() // the import runs beside the window
	if a, _ := u.store.FindAppointmentByID(u.ctx, existing.ID); a.Title != existing.Title {
		t.Fatalf("an unchosen conflict was applied: %q", a.Title)
	}

	preview()
	d := topOverlay(u)
	var ticked bool
	for _, x := range objectsIn(d) {
		if box, ok := x.(*widget.Check); ok && strings.Contains(box.Text, "AFLYST") {
			test.Tap(box)
			ticked = true
		}
	}
	if !ticked {
		t.Fatal("no choice for the conflict")
	}
	test.Tap(buttonIn(d, "Importér"))
	u.bg.Wait()
	if a, _ := u.store.FindAppointmentByID(u.ctx, existing.ID); a.Title != "AFLYST: "+existing.Title {
		t.Errorf("the chosen file version was not imported: %q", a.Title)
	}
}

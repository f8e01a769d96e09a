package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"tavlen/calendar"
)

// slowImporter is a store whose chunked import stops half-way until the
// test lets it go on.
type slowImporter struct {
	Store
	halfway, goOn chan struct{}
}

func (s *slowImporter) ImportAppointments(ctx context.Context, create, update []*calendar.Appointment, progress func(done, total int)) (int, error) {
	progress(1, 2)
	close(s.halfway)
	<-s.goOn
	n, err := s.Store.(importer).ImportAppointments(ctx, create, update, nil)
	progress(2, 2)
	return n, err
}

// TestImportShowsProgressAndKeepsTheWindow: a big import runs beside the
// window with a progress bar; Import and Cancel wait until it is done.
func TestImportShowsProgressAndKeepsTheWindow(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	c, existing := citizenWithNotedAppointment(t, u)
	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
		"BEGIN:VEVENT", "UID:progress-1@test", "DTSTAMP:20261101T080000Z",
		"DTSTART:" + existing.Start.Add(48*time.Hour).UTC().Format("20060102T150405Z"),
		"DTEND:" + existing.End.Add(48*time.Hour).UTC().Format("20060102T150405Z"),
		"SUMMARY:Ny samtale", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	f.open = filepath.Join(f.dir, "ny.ics")
	if err := os.WriteFile(f.open, []byte(ics), 0o644); err != nil {
		t.Fatal(err)
	}
	slow := &slowImporter{Store: u.store, halfway: make(chan struct{}), goOn: make(chan struct{})}
	u.store = slow
	u.openCitizen(c.ID)
	tap(t, u.page.content(), "Importér kalender…")
	tap(t, topOverlay(u), "Vis hvad der ændres…")
	d := topOverlay(u)
	run := buttonIn(d, "Importér")
	tap(t, d, "Importér")
	select {
	case <-slow.halfway:
	case <-time.After(10 * time.Second):
		t.Fatal("the import did not start")
	}
	var bar *widget.ProgressBar
	for _, x := range objectsIn(d) {
		if b, ok := x.(*widget.ProgressBar); ok {
			bar = b
		}
	}
	if bar == nil || !bar.Visible() || bar.Value != 0.5 {
		t.Fatalf("no progress shown half-way: %+v", bar)
	}
	if !run.Disabled() || !buttonIn(d, "Annuller").Disabled() {
		t.Error("Import and Cancel can be pressed while the import runs")
	}
	close(slow.goOn)
	u.bg.Wait()
	after, _ := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})
	found := false
	for _, a := range after {
		found = found || a.Title == "Ny samtale"
	}
	if !found {
		t.Error("the imported appointment is not in the file")
	}
}

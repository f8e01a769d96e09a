package calendar

import (
	"strings"
	"testing"
)

// TestTeamExportIsPrivateByDefault: a team or member file holds no
// internal notes and names no citizen unless the person exporting chose
// them.
func TestTeamExportIsPrivateByDefault(t *testing.T) {
	apps := sampleAppointments()
	apps[0].Notes = "Intern: husk at spørge til søvn."
	opt := sampleExportOptions()
	opt.WithNotes = false
	text := encodeSample(t, apps, opt)
	for _, leak := range []string{"DESCRIPTION", "Intern: husk", "Fik sprøjten", propCitizen} {
		if strings.Contains(text, leak) {
			t.Errorf("a default team export holds %q", leak)
		}
	}
	for _, want := range []string{"SUMMARY:Hjemmebesøg hos Søren", "LOCATION:Østergade 5", "CATEGORIES:", "ATTENDEE;", "DTSTART;TZID="} {
		if !strings.Contains(text, want) {
			t.Errorf("a default team export lacks %q", want)
		}
	}

	opt.WithNotes = true
	if text := encodeSample(t, apps, opt); !strings.Contains(text, "Intern: husk at spørge til søvn.") || !strings.Contains(text, "Fik sprøjten") {
		t.Error("the notes the person chose are not in the file")
	}
}

func TestExportWithCitizenInitials(t *testing.T) {
	apps := sampleAppointments()
	team := &Appointment{ID: 9, UID: "team@tavlen", Title: "Tavlemøde", Kind: KindMeeting, Start: cph(2026, 3, 18, 9, 0), End: cph(2026, 3, 18, 10, 0)}
	apps = append(apps, team)
	opt := sampleExportOptions()
	opt.WithNotes = false
	opt.CitizenName = func(id int64) string { return map[int64]string{7: "Åse ørum", 8: " Bo  \"B\" Berg"}[id] }
	text := encodeSample(t, apps, opt)
	for _, want := range []string{"SUMMARY:Hjemmebesøg hos Søren\\; kaffe\\, kage (ÅØ)", "SUMMARY:Depotinjektion (BBB)", "SUMMARY:Tavlemøde\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %q", want)
		}
	}
	if opt.CitizenView = true; strings.Contains(encodeSample(t, apps, opt), "(ÅØ)") {
		t.Error("a citizen's own file carries initials")
	}

	// Tavlen's own file imports with the titles as they were.
	imp := decodeString(t, text, sampleImportOptions())
	titles := map[string]string{}
	for _, a := range apps {
		titles[a.UID] = a.Title
	}
	for _, a := range imp.Appointments {
		if a.Title != titles[a.UID] {
			t.Errorf("imported title %q, want %q", a.Title, titles[a.UID])
		}
	}
}

package sqlite

import (
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// TestEveryStoredTextIsCheckedForCPR saves a CPR number, written as people
// write it, in text fields the old check did not look at: an imported
// UID, a place, an occurrence's notes, a member, the team's name.
func TestEveryStoredTextIsCheckedForCPR(t *testing.T) {
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Åse Ørum"})
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, calendar.Copenhagen)
	appt := func() *calendar.Appointment {
		return &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: start, End: start.Add(time.Hour)}
	}
	withUID := appt()
	withUID.UID = "010190-1234"
	withPlace := appt()
	withPlace.Place = "Hos borger 01.01.90‑1234"
	withException := appt()
	withException.Recurrence.Freq = calendar.FreqWeekly
	withException.Exceptions = []calendar.Exception{{Original: start.AddDate(0, 0, 7), Notes: "tlf 12345678 0101901234"}}
	for what, a := range map[string]*calendar.Appointment{"UID": withUID, "place": withPlace, "occurrence notes": withException} {
		if err := db.CreateAppointment(ctx, a); !isCPRRefusal(err) {
			t.Errorf("appointment with a CPR number in its %s: %v", what, err)
		}
	}
	if err := db.CreateMember(ctx, &board.Member{Name: "Bo", Initials: "BO", Sector: board.SectorKommune, Phone: "010190 1234"}); !isCPRRefusal(err) {
		t.Errorf("member with a CPR number: %v", err)
	}
	team, err := db.FindTeam(ctx)
	if err != nil {
		t.Fatal(err)
	}
	team.Name = "Team 010190-1234"
	if err := db.UpdateTeam(ctx, team); !isCPRRefusal(err) {
		t.Errorf("team name with a CPR number: %v", err)
	}
	if list, _ := db.FindAppointments(ctx, calendar.Filter{CitizenID: c.ID}); len(list) != 0 {
		t.Errorf("a refused save wrote %d appointments", len(list))
	}

	// An update keeps the stored UID, so a stored one is not re-judged.
	a := appt()
	if err := db.CreateAppointment(ctx, a); err != nil {
		t.Fatal(err)
	}
	a.Notes = "Ring 22 33 44 55"
	if err := db.UpdateAppointment(ctx, a); err != nil {
		t.Errorf("an update without a CPR number was refused: %v", err)
	}
}

func isCPRRefusal(err error) bool {
	e := board.AsError(err)
	return e != nil && e.Code == board.EInvalid && e.Message == board.ErrCPRMessage
}

package meeting

import (
	"strings"
	"testing"
)

// An appointment made in the meeting for another year than the meeting's
// is written with its year: "ons 4.12." alone reads as this year's.
func TestNewAppointmentInAnotherYearShowsTheYear(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	cid := v.card.Citizen.ID
	for _, day := range []string{"04.12.2027", "1/12"} {
		ap := newAppointmentForm(v)
		ap.kind.SetSelectedIndex(0)
		ap.day.SetText(day)
		ap.clock.SetText("10:00")
		if err := v.submit(ap.submit); err != nil {
			t.Fatalf("%s: %v", day, err)
		}
	}
	saved, err := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	got := saved.Item(cid).Decisions
	if !strings.Contains(got, "Ny aftale: Hjemmebesøg lør 04.12.2027 10:00 (") {
		t.Errorf("next year's appointment lacks its year:\n%s", got)
	}
	// This year's appointment stays short.
	if !strings.Contains(got, "Ny aftale: Hjemmebesøg tir 1.12. 10:00 (") {
		t.Errorf("this year's appointment:\n%s", got)
	}
}

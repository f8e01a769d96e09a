package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// TestDemoHasAYearWheelAndAWaitingList: a year of themes from different
// sectors, the next meetings' themes, referrals waiting (some past the
// goal) and a declined referral with its reason.
func TestDemoHasAYearWheelAndAWaitingList(t *testing.T) {
	now := time.Date(2026, 3, 25, 10, 0, 0, 0, calendar.Copenhagen)
	db, err := Create(filepath.Join(t.TempDir(), "demo.tavle"), now)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	today := board.DateOf(now)

	themes, err := db.FindThemes(ctx, 2026)
	if err != nil || len(themes) < 12 {
		t.Fatalf("themes: %d %v", len(themes), err)
	}
	members, _ := db.FindMembers(ctx, board.MemberFilter{})
	idx := board.IndexMembers(members)
	sectors := map[board.Sector]bool{}
	for _, th := range themes {
		if p := idx[th.PresenterID]; p != nil {
			sectors[p.Sector] = true
		}
	}
	if len(sectors) < 4 {
		t.Errorf("presenters from %d sectors, want all four", len(sectors))
	}
	if th := board.ThemeOfDay(themes, today); th == nil || th.Title != "Kommunens misbrugsbehandling" {
		t.Errorf("theme of today: %+v", th)
	}
	if th := board.ThemeOfDay(themes, today.AddDays(14)); th == nil || th.MeetingDate.IsZero() {
		t.Errorf("theme of the meeting in two weeks: %+v", th)
	}
	past, _ := db.FindMeetings(ctx, board.MeetingFilter{Limit: 1})
	if len(past) != 1 || !past[0].Theme.Set() {
		t.Errorf("the last meeting has no theme: %+v", past)
	}

	all, _ := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	waiting := board.WaitingList(all, today, board.DefaultIntakeGoalDays)
	pastGoal, declined := 0, 0
	for _, e := range waiting {
		if e.PastGoal {
			pastGoal++
		}
		if e.Citizen.ReferrerKind == "" || e.Citizen.ReferralReason == "" {
			t.Errorf("%s: referral without kind or reason", e.Citizen.Name)
		}
	}
	for _, c := range all {
		if c.Declined() && c.DeclinedReason != "" {
			declined++
		}
	}
	if len(waiting) < 4 || pastGoal != 2 || declined != 1 {
		t.Fatalf("waiting %d, past the goal %d, declined %d", len(waiting), pastGoal, declined)
	}
}

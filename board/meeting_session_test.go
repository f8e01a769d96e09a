package board

import (
	"testing"
	"time"
)

func TestBudgetState(t *testing.T) {
	b := 4 * time.Minute
	for _, tt := range []struct {
		spent time.Duration
		want  TimeState
	}{{0, TimeOK}, {3*time.Minute + 59*time.Second, TimeOK}, {4 * time.Minute, TimeAmber}, {5*time.Minute + 59*time.Second, TimeAmber}, {6 * time.Minute, TimeRed}} {
		if got := BudgetState(tt.spent, b); got != tt.want {
			t.Errorf("spent %v: got %v, want %v", tt.spent, got, tt.want)
		}
	}
	if got := PerCitizenBudget(time.Hour, 14); got != 4*time.Minute {
		t.Errorf("budget for 14: %v", got)
	}
	if got := PerCitizenBudget(time.Minute, 10); got != time.Minute {
		t.Errorf("minimum budget: %v", got)
	}
}

func sessionFixture(now time.Time) *MeetingSession {
	var agenda []AgendaEntry
	for id := int64(1); id <= 4; id++ {
		agenda = append(agenda, AgendaEntry{Citizen: &Citizen{ID: id}})
	}
	return NewMeetingSession(DateOf(now), 9, []int64{9, 10}, agenda, now)
}

func TestMeetingSessionWalk(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	if s.CitizenBudget() != 15*time.Minute {
		t.Fatalf("budget %v, want 15m for 4 citizens", s.CitizenBudget())
	}
	s.Skip(1)
	if s.CitizenBudget() != 20*time.Minute {
		t.Fatalf("budget %v after a skip, want 20m", s.CitizenBudget())
	}
	s.Item().Notes = "Fortsætter på tavlen."
	if !s.Next(t0.Add(5 * time.Minute)) {
		t.Fatal("Next at the start reported the end")
	}
	if s.Item().CitizenID != 3 {
		t.Fatalf("skipped item not skipped: on %d", s.Item().CitizenID)
	}
	if st, _ := s.State(t0.Add(5*time.Minute + 21*time.Minute)); st != TimeAmber {
		t.Errorf("21 min on one citizen with a 20 min budget: %v", st)
	}
	s.Prev(t0.Add(26 * time.Minute))
	s.Next(t0.Add(27 * time.Minute))
	s.Next(t0.Add(30 * time.Minute))
	if s.Next(t0.Add(40 * time.Minute)) {
		t.Fatal("Next past the end")
	}
	s.End(t0.Add(40 * time.Minute))
	m := s.Meeting
	want := []struct {
		discussed, skipped bool
		seconds            int
	}{{true, false, 360}, {false, true, 0}, {false, false, 1440}, {false, false, 600}} // only the one with a note was discussed
	for i, w := range want {
		it := m.Items[i]
		if it.WasDiscussed() != w.discussed || it.Skipped != w.skipped || it.Seconds != w.seconds {
			t.Errorf("item %d: %+v, want %+v", i, it, w)
		}
	}
	if m.Items[0].Notes != "Fortsætter på tavlen." || m.EndedAt.IsZero() || m.Running() {
		t.Errorf("minutes lost: %+v", m)
	}
}

func TestMeetingSessionMoveAddResume(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	s.Go(1, t0.Add(time.Minute)) // citizen 2 current
	s.Move(3, 0)                 // citizen 4 first
	if got := []int64{s.Meeting.Items[0].CitizenID, s.Meeting.Items[1].CitizenID, s.Meeting.Items[2].CitizenID}; got[0] != 4 || got[1] != 1 || got[2] != 2 {
		t.Fatalf("order after move: %v", got)
	}
	if s.Item().CitizenID != 2 {
		t.Fatalf("current moved away to %d", s.Item().CitizenID)
	}
	s.Add(2)
	s.Add(7)
	if len(s.Meeting.Items) != 5 || s.Meeting.Items[4].CitizenID != 7 {
		t.Fatalf("add: %+v", s.Meeting.Items)
	}
	// Resume after a crash: on the first item neither discussed nor skipped.
	s.Meeting.Items[0].Discussed = true
	s.Meeting.Items[1].Skipped = true
	r := ResumeMeetingSession(s.Meeting, t0.Add(30*time.Minute))
	if r.Item().CitizenID != 2 {
		t.Errorf("resumed on %d, want 2", r.Item().CitizenID)
	}
	if r.Left(t0.Add(30*time.Minute)) != 30*time.Minute {
		t.Errorf("clock after resume: %v left", r.Left(t0.Add(30*time.Minute)))
	}
}

func TestMeetingSessionMarkUndoesAStep(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	s := NewMeetingSession(MustDate("2026-11-26"), 1, nil, []AgendaEntry{{Citizen: &Citizen{ID: 7}}, {Citizen: &Citizen{ID: 8}}}, t0)
	s.Meeting.Items[0].Notes = "typed"
	undo := s.Mark()
	s.Next(t0.Add(time.Minute))
	s.Meeting.Items[1].Notes = "elsewhere"
	s.End(t0.Add(2 * time.Minute))
	undo()
	if s.Current != 0 || s.Meeting.Items[0].Seconds != 0 || s.Meeting.Items[1].Notes != "" || !s.Meeting.EndedAt.IsZero() {
		t.Fatalf("after undo: current %d, items %+v, ended %v", s.Current, s.Meeting.Items, s.Meeting.EndedAt)
	}
	if s.Meeting.Items[0].Notes != "typed" || s.Spent(t0.Add(3*time.Minute)) != 3*time.Minute {
		t.Errorf("undo lost the typed text or reset the clock: %+v, spent %v", s.Meeting.Items[0], s.Spent(t0.Add(3*time.Minute)))
	}
}

package board

import (
	"testing"
	"time"
)

func TestThemeOfDayMeetingDateWinsOverMonth(t *testing.T) {
	themes := []*Theme{
		{ID: 1, Year: 2026, Month: time.March, Title: "Kommunens misbrugsbehandling"},
		{ID: 2, Year: 2026, Month: time.March, MeetingDate: MustDate("2026-03-25"), Title: "Kriseplaner"},
		{ID: 3, Year: 2025, Month: time.March, Title: "Sidste år"},
		{ID: 4, Year: 2026, Month: time.May, Title: "Medicin og diabetes"},
		nil,
	}
	for _, tt := range []struct {
		day  string
		want int64
	}{{"2026-03-25", 2}, {"2026-03-18", 1}, {"2026-05-06", 4}, {"2025-03-04", 3}, {"2026-04-01", 0}} {
		got := ThemeOfDay(themes, MustDate(tt.day))
		if (got == nil && tt.want != 0) || (got != nil && got.ID != tt.want) {
			t.Errorf("%s: got %+v, want theme %d", tt.day, got, tt.want)
		}
	}
}

func TestThemeValidate(t *testing.T) {
	th := &Theme{MeetingDate: MustDate("2026-09-09"), Title: "  Beskæftigelse  "}
	if err := th.Validate(); err != nil {
		t.Fatal(err)
	}
	if th.Year != 2026 || th.Month != time.September || th.Title != "Beskæftigelse" || th.Budget() != DefaultThemeMinutes*time.Minute {
		t.Fatalf("validated: %+v", th)
	}
	for what, bad := range map[string]*Theme{
		"no title":    {Year: 2026, Month: 1},
		"no month":    {Year: 2026, Title: "x"},
		"no year":     {Month: 1, Title: "x"},
		"long budget": {Year: 2026, Month: 1, Title: "x", Minutes: 61},
		"cpr":         {Year: 2026, Month: 1, Title: "x", Notes: "010190-1234"},
	} {
		if ErrorCode(bad.Validate()) != EInvalid {
			t.Errorf("%s: accepted", what)
		}
	}
}

func TestSortThemesMonthBeforeItsMeetings(t *testing.T) {
	list := []*Theme{
		{ID: 5, Year: 2026, Month: 3, MeetingDate: MustDate("2026-03-25")},
		{ID: 4, Year: 2026, Month: 3, MeetingDate: MustDate("2026-03-11")},
		{ID: 9, Year: 2026, Month: 3},
		{ID: 1, Year: 2026, Month: 4},
		{ID: 2, Year: 2026, Month: 1},
	}
	SortThemes(list)
	var got []int64
	for _, th := range list {
		got = append(got, th.ID)
	}
	if want := []int64{2, 9, 4, 5, 1}; !equalIDs(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestThemeIsTheFirstAgendaItem: the day's theme comes before the first
// citizen, with its own budget, which the hour's per-citizen budget leaves
// out; going back from the first citizen reaches it again.
func TestThemeIsTheFirstAgendaItem(t *testing.T) {
	t0 := time.Date(2026, 3, 25, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	s.SetTheme(&Theme{ID: 7, Year: 2026, Month: 3, Title: "Kommunens misbrugsbehandling", PresenterID: 10, Minutes: 20}, t0)
	if !s.OnTheme() || s.Item() != nil || s.ItemBudget() != 20*time.Minute {
		t.Fatalf("on start: theme %v, item %+v, budget %v", s.OnTheme(), s.Item(), s.ItemBudget())
	}
	if s.CitizenBudget() != 10*time.Minute {
		t.Fatalf("per citizen %v, want (60-20)/4 = 10m", s.CitizenBudget())
	}
	if st, _ := s.State(t0.Add(21 * time.Minute)); st != TimeAmber {
		t.Errorf("21 min on a 20 min theme: %v", st)
	}
	if !s.Next(t0.Add(18*time.Minute)) || s.Item().CitizenID != 1 {
		t.Fatalf("Next from the theme: on %+v", s.Item())
	}
	if s.Meeting.Theme.Seconds != 18*60 {
		t.Fatalf("theme time %d s", s.Meeting.Theme.Seconds)
	}
	if !s.Prev(t0.Add(19*time.Minute)) || !s.OnTheme() {
		t.Fatal("Prev from the first citizen did not reach the theme")
	}
	if s.Prev(t0.Add(19 * time.Minute)) {
		t.Fatal("Prev before the theme")
	}
	s.Move(0, 3) // reordering citizens leaves the theme on screen
	if !s.OnTheme() {
		t.Fatal("Move left the theme")
	}
	s.Go(2, t0.Add(20*time.Minute))
	if s.Meeting.Theme.Seconds != 19*60 || s.Item() == nil {
		t.Fatalf("theme time %d s after a second visit", s.Meeting.Theme.Seconds)
	}
	if s.Meeting.Theme.ThemeID != 7 || s.Meeting.Theme.PresenterID != 10 {
		t.Fatalf("theme copied: %+v", s.Meeting.Theme)
	}
}

func TestResumeOnThemeUntilACitizenIsBegun(t *testing.T) {
	t0 := time.Date(2026, 3, 25, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	s.SetTheme(&Theme{Year: 2026, Month: 3, Title: "Pårørende"}, t0)
	if r := ResumeMeetingSession(s.Meeting, t0.Add(time.Minute)); !r.OnTheme() {
		t.Fatalf("resumed on %d, want the theme", r.Current)
	}
	s.Next(t0.Add(10 * time.Minute))
	s.Next(t0.Add(15 * time.Minute))
	if r := ResumeMeetingSession(s.Meeting, t0.Add(16*time.Minute)); r.OnTheme() || r.Item().CitizenID != 2 {
		t.Fatalf("resumed on %d, want the second citizen", r.Current)
	}
	// Without a theme nothing changes: the first citizen.
	plain := sessionFixture(t0)
	if r := ResumeMeetingSession(plain.Meeting, t0); r.OnTheme() || r.Current != 0 {
		t.Fatalf("resumed without theme on %d", r.Current)
	}
}

func TestCitizenPresentInSessionAndMinutes(t *testing.T) {
	t0 := time.Date(2026, 3, 25, 9, 0, 0, 0, cph)
	s := sessionFixture(t0)
	s.SetCitizenPresent(true)
	if !s.Meeting.Items[0].CitizenPresent || s.Meeting.Items[1].CitizenPresent {
		t.Fatalf("items: %+v", s.Meeting.Items)
	}
	if ErrorCode(s.Meeting.SetCitizenPresent(2, true)) != EInvalid {
		t.Fatal("minutes of a running meeting edited")
	}
	s.End(t0.Add(time.Hour))
	if err := s.Meeting.SetCitizenPresent(2, true); err != nil || !s.Meeting.Items[1].CitizenPresent {
		t.Fatalf("set present: %v", err)
	}
	stored := *s.Meeting
	stored.Items = append([]MeetingItem(nil), s.Meeting.Items...)
	if err := stored.Approve(9, t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	changed := stored
	changed.Items = append([]MeetingItem(nil), stored.Items...)
	changed.Items[0].CitizenPresent = false
	if CheckLockedChange(&stored, &changed) == nil {
		t.Fatal("approved minutes: citizen present changed")
	}
	changed = stored
	changed.Theme.Notes = "x"
	if CheckLockedChange(&stored, &changed) == nil {
		t.Fatal("approved minutes: theme changed")
	}
}

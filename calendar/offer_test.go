package calendar

import (
	"testing"
	"time"
)

func TestOfferSlotsFromNextWorkingDaySpread(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, Copenhagen) }
	busy := &Appointment{ID: 1, Participants: []int64{1}, Start: at(25, 9), End: at(25, 13), Status: StatusPlanned}
	occs := Expand([]*Appointment{busy}, at(20, 0), at(30, 0))
	offer := SlotOffer{Length: 2 * time.Hour, FirstStart: 9, DayEnd: 16, Days: 21, Limit: 6}

	// Friday 27.11 at 15:50: the next working day is Monday 30.11.
	got := OfferSlots([]int64{1}, occs, at(27, 15).Add(50*time.Minute), offer)
	if len(got) != 6 || !got[0].Equal(at(30, 9)) || !got[1].Equal(at(30, 12)) {
		t.Fatalf("from Friday afternoon: %v", got)
	}
	// Tuesday 24.11 at 8:00: nothing today; Wednesday is busy 9–13, so
	// its only offers start at 13 (not five slots on one day).
	got = OfferSlots([]int64{1}, occs, at(24, 8), offer)
	perDay := map[int]int{}
	for _, s := range got {
		if s.Before(at(25, 0)) {
			t.Errorf("offered %v on the day the referral came", s)
		}
		if h := s.Hour(); h < 9 || s.Add(offer.Length).After(time.Date(s.Year(), s.Month(), s.Day(), 16, 0, 0, 0, Copenhagen)) {
			t.Errorf("offered %v outside 9–16", s)
		}
		if wd := s.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("offered %v on a weekend", s)
		}
		perDay[s.Day()]++
	}
	if len(got) != 6 || !got[0].Equal(at(25, 13)) || perDay[25] != 1 {
		t.Errorf("from Tuesday morning: %v", got)
	}
	for d, n := range perDay {
		if n > 2 {
			t.Errorf("%d offers on %d.11", n, d)
		}
	}
	if len(perDay) < 3 {
		t.Errorf("offers on %d days, want them spread: %v", len(perDay), got)
	}
}

func TestNextWorkingDay(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-24T08:00:00+01:00": "2026-11-25", // Tue → Wed
		"2026-11-27T23:30:00+01:00": "2026-11-30", // Fri → Mon
		"2026-11-28T10:00:00+01:00": "2026-11-30", // Sat → Mon
	} {
		tm, _ := time.Parse(time.RFC3339, in)
		if got := NextWorkingDay(tm).Format("2006-01-02"); got != want {
			t.Errorf("NextWorkingDay(%s) = %s, want %s", in, got, want)
		}
	}
}

package calendar

import "time"

// SlotOffer is how times for a meeting are offered (an intake): of Length,
// starting on the hour between FirstStart and the latest start that ends
// by DayEnd, on weekdays over Days calendar days, at most Limit in all.
type SlotOffer struct {
	Length             time.Duration
	FirstStart, DayEnd int // hours of the day in Copenhagen, e.g. 9 and 16
	Days, Limit        int
}

// OfferSlots returns the times to offer from now on when all of members
// are free in occs: never today, so never minutes from now, but from the
// next working day; and spread over the days, at most one before noon and
// one from noon on each day, so six offers reach three days at least.
func OfferSlots(members []int64, occs []Occurrence, now time.Time, o SlotOffer) []time.Time {
	var out []time.Time
	day := NextWorkingDay(now)
	end := day.AddDate(0, 0, o.Days)
	for ; day.Before(end) && len(out) < o.Limit; day = NextWorkingDay(day) {
		y, m, d := day.Date()
		noon := time.Date(y, m, d, 12, 0, 0, 0, Copenhagen)
		free := FreeSlots(members, occs, day, day.AddDate(0, 0, 1), o.Length, o.FirstStart, o.DayEnd, time.Hour, 24)
		morning, afternoon := false, false
		for _, s := range free {
			if len(out) == o.Limit {
				break
			}
			if s.Before(noon) && !morning {
				out, morning = append(out, s), true
			} else if !s.Before(noon) && !afternoon {
				out, afternoon = append(out, s), true
			}
		}
	}
	return out
}

// NextWorkingDay returns midnight in Copenhagen of the first weekday after
// t's day.
func NextWorkingDay(t time.Time) time.Time {
	y, m, d := t.In(Copenhagen).Date()
	for n := 1; ; n++ {
		day := time.Date(y, m, d+n, 0, 0, 0, 0, Copenhagen)
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			return day
		}
	}
}

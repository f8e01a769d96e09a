package calendar

import (
	"sort"
	"time"
)

// Occurrence is one happening of an appointment: the appointment itself
// for a single one, or the n-th repeat of a recurring one.
type Occurrence struct {
	Appointment *Appointment
	Start, End  time.Time
	Index       int // 0 for the first
}

// maxOccurrences bounds expansion of a rule without end.
const maxOccurrences = 5000

// Occurrences returns a's occurrences that overlap [from, to), in order.
// Repeats keep the wall-clock time in Copenhagen across daylight saving
// changes; a monthly repeat on the 31st skips months without one.
func Occurrences(a *Appointment, from, to time.Time) []Occurrence {
	dur := a.End.Sub(a.Start)
	if a.Recurrence.Freq == FreqNone {
		if a.Start.Before(to) && a.End.After(from) {
			return []Occurrence{{a, a.Start, a.End, 0}}
		}
		return nil
	}
	start := a.Start.In(Copenhagen)
	var until time.Time
	if !a.Recurrence.Until.IsZero() {
		u := a.Recurrence.Until.In(Copenhagen)
		until = time.Date(u.Year(), u.Month(), u.Day()+1, 0, 0, 0, 0, Copenhagen)
	}
	var out []Occurrence
	// Jump close to from instead of walking from the first occurrence.
	first := 0
	if step := stepDays(a.Recurrence.Freq); step > 0 && from.After(start) {
		first = int(from.Sub(start).Hours()/24)/step - 1
		if first < 0 {
			first = 0
		}
	} else if a.Recurrence.Freq == FreqMonthly && from.After(start) {
		f := from.In(Copenhagen)
		first = (f.Year()-start.Year())*12 + int(f.Month()) - int(start.Month()) - 1
		if first < 0 {
			first = 0
		}
	}
	for i := first; i < first+maxOccurrences; i++ {
		s, ok := nth(start, a.Recurrence.Freq, i)
		if !ok {
			continue
		}
		if !until.IsZero() && !s.Before(until) {
			break
		}
		if !s.Before(to) {
			break
		}
		e := s.Add(dur)
		if e.After(from) {
			out = append(out, Occurrence{a, s, e, i})
		}
	}
	return out
}

func stepDays(f Freq) int {
	switch f {
	case FreqWeekly:
		return 7
	case FreqBiweekly:
		return 14
	}
	return 0
}

// nth returns the start of occurrence i; false when that month has no such
// day (monthly on the 29th–31st).
func nth(start time.Time, f Freq, i int) (time.Time, bool) {
	h, m, s := start.Clock()
	if f == FreqMonthly {
		t := time.Date(start.Year(), start.Month()+time.Month(i), start.Day(), h, m, s, start.Nanosecond(), Copenhagen)
		return t, t.Day() == start.Day()
	}
	return time.Date(start.Year(), start.Month(), start.Day()+i*stepDays(f), h, m, s, start.Nanosecond(), Copenhagen), true
}

// Expand returns the occurrences of all appointments overlapping [from, to),
// sorted by start.
func Expand(apps []*Appointment, from, to time.Time) []Occurrence {
	var out []Occurrence
	for _, a := range apps {
		out = append(out, Occurrences(a, from, to)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].Appointment.ID < out[j].Appointment.ID
	})
	return out
}

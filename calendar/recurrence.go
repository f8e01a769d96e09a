package calendar

import (
	"sort"
	"time"
)

// Occurrence is one happening of an appointment: the appointment itself
// for a single one, or the n-th repeat of a recurring one, with its
// exception (if any) applied.
type Occurrence struct {
	Appointment *Appointment
	Start, End  time.Time // effective: moved times when it was moved
	Index       int       // its number in the rule, 0 for the first
	// Status is the effective status: the exception's, else the series'.
	Status Status
	// Original is the start the rule gives it: its identity, which stays
	// when it is moved (iCalendar's RECURRENCE-ID).
	Original time.Time
	Notes    string // the exception's notes about this occurrence only
}

// Moved reports whether the occurrence was moved from its rule's time.
func (o Occurrence) Moved() bool {
	return !o.Original.IsZero() && (!o.Start.Equal(o.Original) || !o.End.Equal(o.Original.Add(o.Appointment.Duration())))
}

// EffectiveStatus is o.Status, or the appointment's for an Occurrence
// made by hand without one.
func (o Occurrence) EffectiveStatus() Status {
	if o.Status != "" {
		return o.Status
	}
	if o.Appointment != nil {
		return o.Appointment.Status
	}
	return ""
}

// maxOccurrences bounds expansion of a rule without end.
const maxOccurrences = 5000

// Occurrences returns a's occurrences that overlap [from, to), ordered by
// start, with their exceptions applied: each has its own status, a moved
// one is where it was moved to (also when that is inside the window and
// its rule's time is not, or the other way round), and a cancelled one is
// kept with StatusCancelled. Repeats keep the wall-clock time in Copenhagen
// across daylight saving changes; a monthly repeat on the 31st skips
// months without one.
func Occurrences(a *Appointment, from, to time.Time) []Occurrence {
	out := ruleOccurrences(a, from, to)
	if len(a.Exceptions) == 0 || a.Recurrence.Freq == FreqNone {
		return out
	}
	kept := out[:0]
	for _, o := range out {
		if ex := a.exceptionAt(o.Original); ex != nil {
			o.apply(ex)
			if !(o.Start.Before(to) && o.End.After(from)) {
				continue // moved out of the window
			}
		}
		kept = append(kept, o)
	}
	out = kept
	for i := range a.Exceptions {
		ex := &a.Exceptions[i]
		if !ex.Moved() || !(ex.Start.Before(to) && ex.End.After(from)) {
			continue
		}
		if ex.Original.Before(to) && ex.Original.Add(a.Duration()).After(from) {
			continue // its rule's time is in the window: handled above
		}
		idx, ok := a.ruleIndex(ex.Original)
		if !ok {
			continue // an exception the rule no longer has
		}
		o := Occurrence{Appointment: a, Index: idx, Status: a.Status, Original: ex.Original}
		o.apply(ex)
		out = append(out, o)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].Index < out[j].Index
	})
	return out
}

// ruleOccurrences expands a's rule alone, without its exceptions.
func ruleOccurrences(a *Appointment, from, to time.Time) []Occurrence {
	dur := a.End.Sub(a.Start)
	if a.Recurrence.Freq == FreqNone {
		if a.Start.Before(to) && a.End.After(from) {
			return []Occurrence{{Appointment: a, Start: a.Start, End: a.End, Status: a.Status, Original: a.Start}}
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
			out = append(out, Occurrence{Appointment: a, Start: s, End: e, Index: i, Status: a.Status, Original: s})
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
		if out[i].Appointment.ID != out[j].Appointment.ID {
			return out[i].Appointment.ID < out[j].Appointment.ID
		}
		return out[i].Index < out[j].Index
	})
	return out
}

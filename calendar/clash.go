package calendar

import "time"

// Clash is a member booked for two occurrences that overlap in time.
type Clash struct {
	MemberID int64
	A, B     Occurrence
}

// DoubleBookings returns the pairs of overlapping occurrences that share a
// participant. Cancelled occurrences never clash: the effective status
// counts, so one cancelled occurrence of a series frees its slot, and a
// moved one clashes where it was moved to. occs need not be sorted.
func DoubleBookings(occs []Occurrence) []Clash {
	var out []Clash
	byMember := map[int64][]Occurrence{}
	for _, o := range occs {
		if o.EffectiveStatus() == StatusCancelled {
			continue
		}
		for i, m := range o.Appointment.Participants {
			if !listedBefore(o.Appointment.Participants, i) {
				byMember[m] = append(byMember[m], o)
			}
		}
	}
	for m, list := range byMember {
		sortOccurrences(list)
		for i := range list {
			for j := i + 1; j < len(list) && list[j].Start.Before(list[i].End); j++ {
				if sameOccurrence(list[i], list[j]) {
					continue
				}
				out = append(out, Clash{m, list[i], list[j]})
			}
		}
	}
	sortClashes(out)
	return out
}

// listedBefore reports whether ids[i] also appears earlier in ids, so a
// member entered twice on one appointment is counted once.
func listedBefore(ids []int64, i int) bool {
	for _, id := range ids[:i] {
		if id == ids[i] {
			return true
		}
	}
	return false
}

// sameOccurrence reports whether x and y are one occurrence (listed twice).
func sameOccurrence(x, y Occurrence) bool {
	return x.Appointment == y.Appointment && x.Index == y.Index && x.Original.Equal(y.Original)
}

// ClashesWith returns the occurrences in occs that would double-book one of
// a's participants at [start, end). Used to warn before saving. A cancelled
// a clashes with nothing, and a never clashes with its own occurrences.
// Cancelled occurrences in occs (by their effective status) clash with
// nothing.
func ClashesWith(a *Appointment, start, end time.Time, occs []Occurrence) []Clash {
	if a.Status == StatusCancelled {
		return nil
	}
	return clashes(Occurrence{Appointment: a, Start: start, End: end, Status: a.Status, Original: start}, occs,
		func(o Occurrence) bool { return o.Appointment == a || o.Appointment.ID == a.ID && a.ID != 0 })
}

// OccurrenceClashes returns the occurrences in occs that double-book one of
// the participants of occurrence o where it is (its effective times), for
// a warning before one occurrence is moved: set o.Start and o.End to the
// new times. A cancelled o clashes with nothing; o never clashes with
// itself, but may with another occurrence of its own series.
func OccurrenceClashes(o Occurrence, occs []Occurrence) []Clash {
	if o.EffectiveStatus() == StatusCancelled {
		return nil
	}
	a := o.Appointment
	return clashes(o, occs, func(x Occurrence) bool {
		return (x.Appointment == a || x.Appointment.ID == a.ID && a.ID != 0) && x.Index == o.Index
	})
}

func clashes(o Occurrence, occs []Occurrence, own func(Occurrence) bool) []Clash {
	var out []Clash
	parts := o.Appointment.Participants
	for _, x := range occs {
		if own(x) || x.EffectiveStatus() == StatusCancelled {
			continue
		}
		if !(x.Start.Before(o.End) && x.End.After(o.Start)) {
			continue
		}
		for i, m := range parts {
			if !listedBefore(parts, i) && x.Appointment.HasParticipant(m) {
				out = append(out, Clash{m, o, x})
			}
		}
	}
	return out
}

// FreeSlots returns up to limit starts of slots of length d that lie within
// [from, to), on weekdays between dayStart and dayEnd o'clock in Copenhagen,
// on the given step from dayStart, where none of members is busy in occs.
// Used to book an intake. Day hours are wall-clock times made with
// time.Date, so a day with a daylight saving change still opens at dayStart.
func FreeSlots(members []int64, occs []Occurrence, from, to time.Time, d time.Duration, dayStart, dayEnd int, step time.Duration, limit int) []time.Time {
	if d <= 0 || limit <= 0 || !from.Before(to) {
		return nil
	}
	if step <= 0 {
		step = d
	}
	// Only the members' own, not cancelled, occurrences can make them busy.
	var theirs []Occurrence
	for _, o := range occs {
		if o.EffectiveStatus() == StatusCancelled {
			continue
		}
		for _, m := range members {
			if o.Appointment.HasParticipant(m) {
				theirs = append(theirs, o)
				break
			}
		}
	}
	busy := func(s, e time.Time) bool {
		for _, o := range theirs {
			if o.Start.Before(e) && o.End.After(s) {
				return true
			}
		}
		return false
	}
	var out []time.Time
	y, m, first := from.In(Copenhagen).Date()
	for n := first; len(out) < limit; n++ {
		day := time.Date(y, m, n, 0, 0, 0, 0, Copenhagen)
		if !day.Before(to) {
			break
		}
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		open := time.Date(y, m, n, dayStart, 0, 0, 0, Copenhagen)
		closing := time.Date(y, m, n, dayEnd, 0, 0, 0, Copenhagen)
		for s := open; len(out) < limit; s = s.Add(step) {
			e := s.Add(d)
			if e.After(closing) || e.After(to) {
				break
			}
			if !s.Before(from) && !busy(s, e) {
				out = append(out, s)
			}
		}
	}
	return out
}

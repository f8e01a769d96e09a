package calendar

import "time"

// Clash is a member booked for two occurrences that overlap in time.
type Clash struct {
	MemberID int64
	A, B     Occurrence
}

// DoubleBookings returns the pairs of overlapping occurrences that share a
// participant. Cancelled appointments never clash. occs need not be sorted.
func DoubleBookings(occs []Occurrence) []Clash {
	var out []Clash
	byMember := map[int64][]Occurrence{}
	for _, o := range occs {
		if o.Appointment.Status == StatusCancelled {
			continue
		}
		for _, m := range o.Appointment.Participants {
			byMember[m] = append(byMember[m], o)
		}
	}
	for m, list := range byMember {
		sortOccurrences(list)
		for i := range list {
			for j := i + 1; j < len(list) && list[j].Start.Before(list[i].End); j++ {
				if list[i].Appointment == list[j].Appointment && list[i].Index == list[j].Index {
					continue
				}
				out = append(out, Clash{m, list[i], list[j]})
			}
		}
	}
	sortClashes(out)
	return out
}

// ClashesWith returns the occurrences in occs that would double-book one of
// a's participants at [start, end). Used to warn before saving.
func ClashesWith(a *Appointment, start, end time.Time, occs []Occurrence) []Clash {
	var out []Clash
	for _, o := range occs {
		if o.Appointment.ID == a.ID && a.ID != 0 || o.Appointment.Status == StatusCancelled {
			continue
		}
		if !(o.Start.Before(end) && o.End.After(start)) {
			continue
		}
		for _, m := range a.Participants {
			if o.Appointment.HasParticipant(m) {
				out = append(out, Clash{m, Occurrence{a, start, end, 0}, o})
			}
		}
	}
	return out
}

// FreeSlots returns starts of slots of length d between from and to, on
// weekdays between dayStart and dayEnd hours in Copenhagen, on the given
// step, where none of members is busy in occs. Used to book an intake.
func FreeSlots(members []int64, occs []Occurrence, from, to time.Time, d time.Duration, dayStart, dayEnd int, step time.Duration, limit int) []time.Time {
	var out []time.Time
	busy := func(s, e time.Time) bool {
		for _, o := range occs {
			if o.Appointment.Status == StatusCancelled || !(o.Start.Before(e) && o.End.After(s)) {
				continue
			}
			for _, m := range members {
				if o.Appointment.HasParticipant(m) {
					return true
				}
			}
		}
		return false
	}
	f := from.In(Copenhagen)
	for day := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, Copenhagen); day.Before(to) && len(out) < limit; day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, Copenhagen) {
		if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		for s := day.Add(time.Duration(dayStart) * time.Hour); !s.Add(d).After(day.Add(time.Duration(dayEnd) * time.Hour)); s = s.Add(step) {
			if s.Before(from) {
				continue
			}
			if !busy(s, s.Add(d)) {
				out = append(out, s)
				if len(out) >= limit {
					break
				}
			}
		}
	}
	return out
}

package calendar

import (
	"slices"
	"time"
)

// PlanImport sorts imported appointments (from Decode) against the stored
// ones, keyed by UID: unknown UIDs are to be created; known ones whose
// content differs are to be updated, as copies of the stored appointment
// (ID, Version and citizen kept) carrying the file's content. An import
// never duplicates an appointment, and an unchanged one is left alone.
//
// What a file may not carry does not erase what is stored: empty Notes (a
// citizen's file has none), no participants, an unknown Kind or Status
// keep the stored value. Changed single occurrences follow the same rule
// (see mergeExceptions). A file whose SEQUENCE is below the stored one is
// older than what Tavlen has and is left out. An update's Sequence is the
// higher of the two; UpdateAppointment then raises it, so calendar
// programs see the change.
func PlanImport(existing map[string]*Appointment, imported []*Appointment) (create, update []*Appointment) {
	for _, in := range imported {
		old, ok := existing[in.UID]
		if !ok || old == nil {
			create = append(create, in)
			continue
		}
		if in.Sequence < old.Sequence {
			continue
		}
		merged := merge(old, in)
		if sameContent(old, merged) {
			continue
		}
		update = append(update, merged)
	}
	return create, update
}

// merge returns a copy of old with in's content.
func merge(old, in *Appointment) *Appointment {
	m := *old
	m.Title = in.Title
	m.Start, m.End = in.Start, in.End
	m.Place = in.Place
	m.Recurrence = in.Recurrence
	m.Sequence = max(old.Sequence, in.Sequence)
	m.Participants = slices.Clone(old.Participants)
	if len(in.Participants) > 0 {
		m.Participants = slices.Clone(in.Participants)
	}
	if in.Notes != "" {
		m.Notes = in.Notes
	}
	if in.Kind != "" {
		m.Kind = in.Kind
	}
	switch {
	case in.Status != "":
		m.Status = in.Status
	case old.Status == StatusCancelled:
		m.Status = StatusPlanned // the file no longer says cancelled
	}
	m.Exceptions = mergeExceptions(old, in, &m)
	return &m
}

// mergeExceptions combines the changed occurrences of the stored
// appointment and the file. The file decides where an occurrence is and
// whether it is cancelled; what a file may not carry (our held and no-show
// in a citizen's file, notes) is kept from the stored one when the file
// does not say. Changes to occurrences the merged rule no longer has are
// dropped.
func mergeExceptions(old, in, m *Appointment) []Exception {
	var out []Exception
	for _, ex := range old.Exceptions {
		if slices.ContainsFunc(in.Exceptions, func(e Exception) bool { return e.Original.Equal(ex.Original) }) {
			continue
		}
		// Not in the file: at its usual time there, and not cancelled.
		ex.Start, ex.End = time.Time{}, time.Time{}
		if ex.Status == StatusCancelled {
			ex.Status = ""
		}
		if !ex.empty() {
			out = append(out, ex)
		}
	}
	for _, ex := range in.Exceptions {
		if st := old.Exception(ex.Original); st.Status != "" || st.Notes != "" {
			if ex.Status == "" && st.Status != StatusCancelled {
				ex.Status = st.Status
			}
			if ex.Notes == "" {
				ex.Notes = st.Notes
			}
		}
		out = append(out, ex)
	}
	if len(out) == 0 {
		return nil
	}
	probe := *m
	probe.Exceptions = out
	probe.PruneExceptions()
	sortExceptions(probe.Exceptions)
	return probe.Exceptions
}

func sameContent(a, b *Appointment) bool {
	return a.Title == b.Title && a.Kind == b.Kind && a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Place == b.Place && a.Status == b.Status && a.Notes == b.Notes && a.CitizenID == b.CitizenID &&
		a.Recurrence.Freq == b.Recurrence.Freq && sameDay(a.Recurrence.Until, b.Recurrence.Until) &&
		sameMembers(a.Participants, b.Participants) && sameExceptions(a.Exceptions, b.Exceptions)
}

func sameExceptions(a, b []Exception) bool {
	return slices.EqualFunc(a, b, func(x, y Exception) bool {
		return x.Original.Equal(y.Original) && x.Status == y.Status && x.Start.Equal(y.Start) && x.End.Equal(y.End) && x.Notes == y.Notes
	})
}

func sameDay(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() == b.IsZero()
	}
	return midnight(a).Equal(midnight(b))
}

func sameMembers(a, b []int64) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

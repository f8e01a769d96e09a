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
// keep the stored value. A file whose SEQUENCE is below the stored one is
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
	return &m
}

func sameContent(a, b *Appointment) bool {
	return a.Title == b.Title && a.Kind == b.Kind && a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Place == b.Place && a.Status == b.Status && a.Notes == b.Notes && a.CitizenID == b.CitizenID &&
		a.Recurrence.Freq == b.Recurrence.Freq && sameDay(a.Recurrence.Until, b.Recurrence.Until) &&
		sameMembers(a.Participants, b.Participants)
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

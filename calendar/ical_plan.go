package calendar

import (
	"slices"
	"time"
)

// ImportPlan is what an import would do, sorted against the stored
// appointments by UID.
type ImportPlan struct {
	Create []*Appointment // unknown UIDs
	// Update are stored appointments the file changed, as copies of the
	// stored one (ID, Version and citizen kept) carrying the file's
	// content, ready for UpdateAppointment.
	Update []*Appointment
	// Conflicts were saved in Tavlen after the file's version was: the
	// person importing decides. Nothing is written for them unless chosen.
	Conflicts []ImportConflict
	Unchanged int
}

// ImportConflict is an appointment changed both in the file and in Tavlen.
type ImportConflict struct {
	Stored *Appointment // as Tavlen has it
	File   *Appointment // the stored one with the file's content, as Update holds them
}

// PlanImportFile sorts the appointments of a decoded file against the
// stored ones (keyed by UID). An import never duplicates an appointment,
// and an unchanged one is left alone.
//
// Whether the file's changed content is newer than Tavlen's is decided on
// the content and the file's LAST-MODIFIED (or DTSTAMP), not on SEQUENCE
// alone: Outlook keeps SEQUENCE:0 on plain appointments however often they
// change, while Tavlen raises it on every save. A changed appointment is
// updated when the file's SEQUENCE is higher, or when the file says it was
// changed after Tavlen's last save; with neither time known, an equal
// SEQUENCE updates too. Otherwise Tavlen's version was saved after the
// file's, and the change is a conflict for the person to decide.
//
// What a file may not carry does not erase what is stored: empty Notes (a
// citizen's file has none), no participants, an unknown Kind or Status
// keep the stored value. Changed single occurrences follow the same rule
// (see mergeExceptions). An update's Sequence is the higher of the two;
// UpdateAppointment then raises it, so calendar programs see the change.
func PlanImportFile(existing map[string]*Appointment, imp *Import) *ImportPlan {
	p := &ImportPlan{}
	for _, in := range imp.Appointments {
		old, ok := existing[in.UID]
		if !ok || old == nil {
			p.Create = append(p.Create, in)
			continue
		}
		merged := merge(old, in)
		switch {
		case sameContent(old, merged):
			p.Unchanged++
		case fileIsNewer(old, in, imp.Modified[in.UID]):
			p.Update = append(p.Update, merged)
		default:
			p.Conflicts = append(p.Conflicts, ImportConflict{Stored: old, File: merged})
		}
	}
	return p
}

// fileIsNewer reports whether the file's version of an appointment whose
// content differs from the stored one is the newer: by SEQUENCE when the
// file's is higher, else by the time the file says it was changed.
func fileIsNewer(stored, in *Appointment, modified time.Time) bool {
	if in.Sequence > stored.Sequence {
		return true
	}
	if modified.IsZero() || stored.UpdatedAt.IsZero() {
		return in.Sequence == stored.Sequence
	}
	// Files carry whole seconds.
	return modified.After(stored.UpdatedAt.Truncate(time.Second))
}

// PlanImport is PlanImportFile for appointments without the file's
// change times; conflicts are left out (Tavlen's version is kept).
func PlanImport(existing map[string]*Appointment, imported []*Appointment) (create, update []*Appointment) {
	p := PlanImportFile(existing, &Import{Appointments: imported})
	return p.Create, p.Update
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

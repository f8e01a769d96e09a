package app

import (
	"context"
	"slices"
	"time"

	"tavlen/calendar"
)

// Changes to single occurrences merge occurrence by occurrence: when I
// mark Tuesday's visit held while another PC cancels Thursday's, both stay.
// Only the same occurrence changed differently on both PCs is a conflict,
// and then "apply mine on top" takes my change to that occurrence and
// keeps every other one of theirs.

// apptMerge is the save of mine, an edit of appointment a, merged with
// another PC's save of it meanwhile.
func (u *UI) apptMerge(a, mine *calendar.Appointment) mergeEdit[*calendar.Appointment] {
	base := a.Clone() // load below adjusts it; the caller's a stays as shown
	sameAs(base, mine)
	return mergeEdit[*calendar.Appointment]{base: base, mine: mine, save: u.store.UpdateAppointment, fields: apptField,
		load: func(ctx context.Context) (*calendar.Appointment, error) {
			theirs, err := u.store.FindAppointmentByID(ctx, a.ID)
			if err == nil {
				mergeExceptionsInto(base, mine, theirs)
			}
			return theirs, err
		}}
}

// mergeExceptionsInto prepares base and mine for the field-by-field merge
// with theirs: mine gets the exceptions merged occurrence by occurrence
// (mine winning where both changed the same one), and when no occurrence
// was changed differently on both sides base gets theirs, so the merge
// takes the merged list without a question.
func mergeExceptionsInto(base, mine, theirs *calendar.Appointment) {
	if len(base.Exceptions) == 0 && len(mine.Exceptions) == 0 && len(theirs.Exceptions) == 0 {
		return
	}
	// The rule the merged appointment will have: mine when I changed it.
	target := theirs
	if !sameRule(base, mine) {
		target = mine
	}
	b, m, t := inRuleOf(base, target), inRuleOf(mine, target), inRuleOf(theirs, target)
	merged, conflict := mergeExceptions(b, m, t)
	mine.Exceptions = merged
	if !conflict {
		base.Exceptions = slices.Clone(theirs.Exceptions)
	}
}

// sameRule reports whether a and b repeat at the same times.
func sameRule(a, b *calendar.Appointment) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Recurrence.Freq == b.Recurrence.Freq &&
		a.Recurrence.Until.Equal(b.Recurrence.Until)
}

// inRuleOf returns a's exceptions moved onto target's rule, each kept on
// the occurrence with the same number in the series.
func inRuleOf(a, target *calendar.Appointment) []calendar.Exception {
	if sameRule(a, target) {
		return a.Exceptions
	}
	c := a.Clone()
	if !c.Start.Equal(target.Start) || !c.End.Equal(target.End) {
		c.Reschedule(target.Start, target.End)
	}
	c.Recurrence = target.Recurrence
	c.PruneExceptions()
	return c.Exceptions
}

// mergeExceptions merges three versions of the exception list by
// occurrence; conflict reports an occurrence both changed differently
// (mine is taken for it).
func mergeExceptions(base, mine, theirs []calendar.Exception) (merged []calendar.Exception, conflict bool) {
	find := func(list []calendar.Exception, t time.Time) *calendar.Exception {
		for i := range list {
			if list[i].Original.Equal(t) {
				return &list[i]
			}
		}
		return nil
	}
	var originals []time.Time
	for _, list := range [][]calendar.Exception{base, mine, theirs} {
		for _, ex := range list {
			if !slices.ContainsFunc(originals, ex.Original.Equal) {
				originals = append(originals, ex.Original)
			}
		}
	}
	slices.SortFunc(originals, time.Time.Compare)
	for _, t := range originals {
		b, m, th := find(base, t), find(mine, t), find(theirs, t)
		pick := m
		switch {
		case sameException(m, b):
			pick = th
		case sameException(th, b), sameException(m, th):
		default:
			conflict = true
		}
		if pick != nil {
			merged = append(merged, *pick)
		}
	}
	return merged, conflict
}

// sameException reports whether a and b change an occurrence the same
// way; nil is no change.
func sameException(a, b *calendar.Exception) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Original.Equal(b.Original) && a.Status == b.Status && a.Start.Equal(b.Start) &&
		a.End.Equal(b.End) && a.Notes == b.Notes
}

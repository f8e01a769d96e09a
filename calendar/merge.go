package calendar

import (
	"slices"
	"time"
)

// Changes to single occurrences merge occurrence by occurrence: when I
// mark Tuesday's visit held while another PC cancels Thursday's, both
// stay. Only the same occurrence changed differently on both PCs is a
// conflict (of the field Exceptions); then "apply mine on top" takes my
// change to that occurrence and keeps every other one of theirs. When one
// side moved the series, the other side's changes move with it, each kept
// on the occurrence with the same number in the series.

// MergeParts prepares base and a (mine) for board.Merge3 against theirs
// (it makes *Appointment a board.PartMerger): mine gets the exceptions
// merged occurrence by occurrence (mine winning where both changed the
// same one), and when no occurrence was changed differently on both sides
// base gets theirs, so the merge takes the merged list without a question.
// None of the three is modified.
func (a *Appointment) MergeParts(base, theirs *Appointment) (newBase, newMine *Appointment) {
	b, mine := base.Clone(), a.Clone()
	mine.AlignTo(b)
	if len(b.Exceptions) == 0 && len(mine.Exceptions) == 0 && len(theirs.Exceptions) == 0 {
		return b, mine
	}
	// The rule the merged appointment will have: mine when I changed it.
	target := theirs
	if !sameRule(b, mine) {
		target = mine
	}
	merged, conflict := mergeByOccurrence(inRuleOf(b, target), inRuleOf(mine, target), inRuleOf(theirs, target))
	if sameExceptions(merged, theirs.Exceptions) { // (ical_plan.go)
		merged = theirs.Exceptions // the same list, so the merge sees no change
	}
	mine.Exceptions = merged
	if !conflict {
		b.Exceptions = slices.Clone(theirs.Exceptions)
	}
	return b, mine
}

// AlignTo gives a base's representation of every time and list that means
// the same (an equal instant in another location, an empty list for none,
// the members in another order), so the field-by-field merge sees only
// real changes.
func (a *Appointment) AlignTo(base *Appointment) {
	if a.Start.Equal(base.Start) {
		a.Start = base.Start
	}
	if a.End.Equal(base.End) {
		a.End = base.End
	}
	if a.Recurrence.Freq == base.Recurrence.Freq && a.Recurrence.Until.Equal(base.Recurrence.Until) {
		a.Recurrence = base.Recurrence
	}
	if sameMembers(a.Participants, base.Participants) {
		a.Participants = base.Participants
	}
	if len(a.Exceptions) == 0 && len(base.Exceptions) == 0 {
		a.Exceptions = base.Exceptions
	}
}

// sameRule reports whether a and b repeat at the same times.
func sameRule(a, b *Appointment) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Recurrence.Freq == b.Recurrence.Freq &&
		a.Recurrence.Until.Equal(b.Recurrence.Until)
}

// inRuleOf returns a's exceptions moved onto target's rule, each kept on
// the occurrence with the same number in the series.
func inRuleOf(a, target *Appointment) []Exception {
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

// mergeByOccurrence merges three versions of the exception list by
// occurrence; conflict reports an occurrence both changed differently
// (mine is taken for it).
func mergeByOccurrence(base, mine, theirs []Exception) (merged []Exception, conflict bool) {
	find := func(list []Exception, t time.Time) *Exception {
		for i := range list {
			if list[i].Original.Equal(t) {
				return &list[i]
			}
		}
		return nil
	}
	var originals []time.Time
	for _, list := range [][]Exception{base, mine, theirs} {
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
func sameException(a, b *Exception) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Original.Equal(b.Original) && a.Status == b.Status && a.Start.Equal(b.Start) &&
		a.End.Equal(b.End) && a.Notes == b.Notes
}

package sqlite

import (
	"slices"

	"tavlen/calendar"
)

// The changes to single occurrences of a repeating appointment are one
// field of it (Exceptions), but two PCs marking different occurrences (this
// week's visit held here, next week's call cancelled there) have not
// changed the same thing. byOccurrence merges them occurrence by
// occurrence before the field-by-field merge, so such saves merge without
// a question; the same occurrence changed differently on both sides stays
// a conflict of Exceptions (or, with mineWins, takes mine).

// byOccurrence returns base and mine prepared for board.Merge3 against
// theirs: for appointments whose rule (start, end, recurrence) all three
// share, base gets their exceptions and mine the per-occurrence merge.
// Anything else comes back unchanged; base and mine are never modified.
func byOccurrence[T any](base, mine, theirs T, mineWins bool) (T, T) {
	b, ok1 := any(base).(*calendar.Appointment)
	m, ok2 := any(mine).(*calendar.Appointment)
	t, ok3 := any(theirs).(*calendar.Appointment)
	if !ok1 || !ok2 || !ok3 || b == nil || m == nil || t == nil || !sameRule(b, m) || !sameRule(b, t) {
		return base, mine
	}
	exc, ok := mergeExceptions(b.Exceptions, m.Exceptions, t.Exceptions, mineWins)
	if !ok {
		return base, mine
	}
	nb, nm := *b, *m
	nb.Exceptions, nm.Exceptions = t.Exceptions, exc
	if sameExceptions(exc, t.Exceptions) {
		nm.Exceptions = t.Exceptions
	}
	return any(&nb).(T), any(&nm).(T)
}

// sameRule reports whether a and b give the same occurrences, so their
// exceptions name the same ones.
func sameRule(a, b *calendar.Appointment) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Recurrence.Freq == b.Recurrence.Freq && a.Recurrence.Until.Equal(b.Recurrence.Until)
}

// mergeExceptions merges three versions of a series' exceptions by
// occurrence (Original). ok is false when one occurrence was changed
// differently on both sides and mine does not win.
func mergeExceptions(base, mine, theirs []calendar.Exception, mineWins bool) (out []calendar.Exception, ok bool) {
	find := func(list []calendar.Exception, ex calendar.Exception) *calendar.Exception {
		for i := range list {
			if list[i].Original.Equal(ex.Original) {
				return &list[i]
			}
		}
		return nil
	}
	var all []calendar.Exception // one entry per occurrence named anywhere
	for _, list := range [][]calendar.Exception{base, mine, theirs} {
		for _, ex := range list {
			if find(all, ex) == nil {
				all = append(all, ex)
			}
		}
	}
	for _, key := range all {
		b, m, t := find(base, key), find(mine, key), find(theirs, key)
		var keep *calendar.Exception
		switch {
		case sameException(b, m):
			keep = t
		case sameException(b, t), sameException(m, t), mineWins:
			keep = m
		default:
			return nil, false
		}
		if keep != nil {
			out = append(out, *keep)
		}
	}
	slices.SortFunc(out, func(a, b calendar.Exception) int { return a.Original.Compare(b.Original) })
	return out, true
}

// sameException compares two exceptions of one occurrence (nil: none).
func sameException(a, b *calendar.Exception) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Original.Equal(b.Original) && a.Status == b.Status && a.Notes == b.Notes &&
		a.Start.Equal(b.Start) && a.End.Equal(b.End)
}

func sameExceptions(a, b []calendar.Exception) bool {
	return slices.EqualFunc(a, b, func(x, y calendar.Exception) bool { return sameException(&x, &y) })
}

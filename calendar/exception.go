package calendar

import (
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"tavlen/board"
)

// Exception changes one occurrence of a repeating appointment: this week's
// injection was held, Tuesday's call is cancelled, Thursday's visit moves
// to Friday. Original, the start the rule gives the occurrence, is its
// identity (iCalendar's RECURRENCE-ID) and stays the same when it moves.
type Exception struct {
	Original time.Time
	// Status is the occurrence's own status; "" keeps the series' status.
	Status Status
	// Start and End are the occurrence's new times when it is moved; both
	// zero when it keeps the rule's times.
	Start, End time.Time
	Notes      string // internal, about this occurrence only
}

// Moved reports whether the exception gives the occurrence new times.
func (e *Exception) Moved() bool { return !e.Start.IsZero() }

// empty reports whether the exception changes nothing.
func (e *Exception) empty() bool { return e.Status == "" && !e.Moved() && e.Notes == "" }

// exceptionAt returns the exception for the occurrence that starts at
// original by the rule, or nil.
func (a *Appointment) exceptionAt(original time.Time) *Exception {
	for i := range a.Exceptions {
		if a.Exceptions[i].Original.Equal(original) {
			return &a.Exceptions[i]
		}
	}
	return nil
}

// ruleIndex returns the index of the rule's occurrence that starts at t,
// and false when the rule has none there.
func (a *Appointment) ruleIndex(t time.Time) (int, bool) {
	if t.IsZero() {
		return 0, false
	}
	for _, o := range ruleOccurrences(a, t, t.Add(time.Nanosecond)) {
		if o.Start.Equal(t) {
			return o.Index, true
		}
	}
	return 0, false
}

// IsOccurrence reports whether the rule has an occurrence starting at t
// (its unmoved start).
func (a *Appointment) IsOccurrence(t time.Time) bool {
	_, ok := a.ruleIndex(t)
	return ok
}

// OccurrenceAt returns the occurrence whose unmoved start is original, with
// its exception applied; false when the rule has no occurrence there.
func (a *Appointment) OccurrenceAt(original time.Time) (Occurrence, bool) {
	i, ok := a.ruleIndex(original)
	if !ok {
		return Occurrence{}, false
	}
	o := Occurrence{Appointment: a, Start: original, End: original.Add(a.Duration()), Index: i, Status: a.Status, Original: original}
	if ex := a.exceptionAt(original); ex != nil {
		o.apply(ex)
	}
	return o, true
}

// apply puts an exception's changes on the occurrence.
func (o *Occurrence) apply(ex *Exception) {
	if ex.Status != "" {
		o.Status = ex.Status
	}
	if ex.Moved() {
		o.Start, o.End = ex.Start, ex.End
	}
	o.Notes = ex.Notes
}

// Exception returns a copy of the exception of the occurrence at original,
// or one that changes nothing.
func (a *Appointment) Exception(original time.Time) Exception {
	if ex := a.exceptionAt(original); ex != nil {
		return *ex
	}
	return Exception{Original: original}
}

// SetOccurrence sets the change to the occurrence whose unmoved start is
// original, replacing any earlier one. An exception that changes nothing
// (no status, not moved, no notes) removes it; a move to the rule's own
// times is no move. Errors wrap ErrInvalid.
func (a *Appointment) SetOccurrence(original time.Time, ex Exception) error {
	if a.Recurrence.Freq == FreqNone {
		return invalid("invalid.occ_single", "Only a repeating appointment has single occurrences to change.")
	}
	if !a.IsOccurrence(original) {
		return invalidAt("invalid.occ_none", "The series has no occurrence at %s.", original)
	}
	ex.Original = original
	if ex.Moved() && ex.Start.Equal(original) && ex.End.Equal(original.Add(a.Duration())) {
		ex.Start, ex.End = time.Time{}, time.Time{}
	}
	if err := a.checkException(&ex); err != nil {
		return err
	}
	a.Exceptions = slices.DeleteFunc(a.Exceptions, func(e Exception) bool { return e.Original.Equal(original) })
	if !ex.empty() {
		a.Exceptions = append(a.Exceptions, ex)
		sortExceptions(a.Exceptions)
	}
	return nil
}

// MarkOccurrence sets the status of one occurrence (held, no-show,
// cancelled, or planned again), keeping its other changes.
func (a *Appointment) MarkOccurrence(original time.Time, s Status) error {
	ex := a.Exception(original)
	ex.Status = s
	return a.SetOccurrence(original, ex)
}

// MoveOccurrence gives one occurrence new times, keeping its other
// changes. Moving it back to its rule's times undoes the move.
func (a *Appointment) MoveOccurrence(original, start, end time.Time) error {
	ex := a.Exception(original)
	ex.Start, ex.End = start, end
	return a.SetOccurrence(original, ex)
}

// checkException checks one exception's own fields.
func (a *Appointment) checkException(ex *Exception) error {
	if ex.Status != "" && !validStatus(ex.Status) {
		return invalid("invalid.occ_status", "Unknown status of an occurrence.")
	}
	if ex.Start.IsZero() != ex.End.IsZero() {
		return invalid("invalid.occ_times", "A moved occurrence needs both a start and an end.")
	}
	if ex.Moved() {
		if !ex.End.After(ex.Start) {
			return invalid("invalid.occ_end", "A moved occurrence must end after it starts.")
		}
		if d := ex.End.Sub(ex.Start); d > 24*time.Hour && !ex.End.Equal(dayAfter(ex.Start)) {
			return invalid("invalid.occ_long", "An occurrence can last at most 24 hours.")
		}
	}
	return nil
}

// validateExceptions checks the exceptions against the rule and sorts
// them by original start. Called by Validate.
func (a *Appointment) validateExceptions() error {
	if len(a.Exceptions) == 0 {
		return nil
	}
	if a.Recurrence.Freq == FreqNone {
		return invalid("invalid.occ_single", "Only a repeating appointment has single occurrences to change.")
	}
	sortExceptions(a.Exceptions)
	for i := range a.Exceptions {
		ex := &a.Exceptions[i]
		if i > 0 && ex.Original.Equal(a.Exceptions[i-1].Original) {
			return invalidAt("invalid.occ_twice", "The occurrence at %s is changed twice.", ex.Original)
		}
		if err := a.checkException(ex); err != nil {
			return err
		}
		if !a.IsOccurrence(ex.Original) {
			return invalidAt("invalid.occ_misfit", "The change to the single occurrence of %s no longer fits the series' days and times.", ex.Original)
		}
	}
	return nil
}

func sortExceptions(list []Exception) {
	slices.SortFunc(list, func(a, b Exception) int { return a.Original.Compare(b.Original) })
}

func occurrenceText(t time.Time) string { return t.In(Copenhagen).Format("2006-01-02 15:04") }

// PruneExceptions removes the exceptions whose occurrence the rule no
// longer has (after the series was shortened or its rule changed) and
// returns them, so the caller can tell the user what was dropped.
func (a *Appointment) PruneExceptions() []Exception {
	var dropped []Exception
	kept := a.Exceptions[:0]
	for _, ex := range a.Exceptions {
		if a.Recurrence.Freq != FreqNone && a.IsOccurrence(ex.Original) {
			kept = append(kept, ex)
		} else {
			dropped = append(dropped, ex)
		}
	}
	clear(a.Exceptions[len(kept):])
	a.Exceptions = kept
	if len(a.Exceptions) == 0 {
		a.Exceptions = nil
	}
	return dropped
}

// Reschedule moves the whole series to start at start and end at end (its
// first occurrence), keeping each exception on the occurrence with the
// same number in the series: when the weekly visit moves from Tuesday
// 10:00 to Wednesday 11:00, last week's "held" stays on last week's visit.
// Exceptions whose occurrence the new rule lacks (a monthly repeat moved
// to the 31st) are removed and returned. Moved occurrences keep their
// moved times. Call it instead of setting Start and End, and after a
// change of the rule's frequency or end call PruneExceptions: Validate
// refuses exceptions the rule no longer has.
func (a *Appointment) Reschedule(start, end time.Time) []Exception {
	type numbered struct {
		ex Exception
		i  int
	}
	var keep []numbered
	var dropped []Exception
	for _, ex := range a.Exceptions {
		if i, ok := a.ruleIndex(ex.Original); ok {
			keep = append(keep, numbered{ex, i})
		} else {
			dropped = append(dropped, ex)
		}
	}
	a.Start, a.End = start, end
	a.Exceptions = nil
	if a.Recurrence.Freq == FreqNone {
		for _, k := range keep {
			dropped = append(dropped, k.ex)
		}
		return dropped
	}
	first := start.In(Copenhagen)
	for _, k := range keep {
		t, ok := nth(first, a.Recurrence.Freq, k.i)
		if !ok || !a.IsOccurrence(t) {
			dropped = append(dropped, k.ex)
			continue
		}
		k.ex.Original = t
		a.Exceptions = append(a.Exceptions, k.ex)
	}
	sortExceptions(a.Exceptions)
	return dropped
}

// SplitAt ends the series the day before the occurrence whose unmoved
// start is original and returns the two parts, for "change this and the
// following occurrences": before is a copy of a (same ID, UID and Version)
// that now ends the day before, with the exceptions before the split; after
// is a new appointment (ID 0, a new UID) whose first occurrence is the one
// at original, with the same rule and end and the exceptions from original
// on. before is nil when original is the series' first occurrence: then
// the whole series changes. a itself is not changed.
func (a *Appointment) SplitAt(original time.Time) (before, after *Appointment, err error) {
	if a.Recurrence.Freq == FreqNone {
		return nil, nil, invalid("invalid.occ_split", "Only a repeating appointment can be split.")
	}
	if !a.IsOccurrence(original) {
		return nil, nil, invalidAt("invalid.occ_none", "The series has no occurrence at %s.", original)
	}
	after = a.clone()
	after.ID, after.UID, after.Version, after.Sequence = 0, NewUID(), 0, 0
	after.UpdatedAt, after.UpdatedBy = time.Time{}, ""
	after.Start, after.End = original, original.Add(a.Duration())
	after.Exceptions = nil
	for _, ex := range a.Exceptions {
		if !ex.Original.Before(original) {
			after.Exceptions = append(after.Exceptions, ex)
		}
	}
	if !original.After(a.Start) {
		return nil, after, nil
	}
	before = a.clone()
	o := original.In(Copenhagen)
	before.Recurrence.Until = time.Date(o.Year(), o.Month(), o.Day()-1, 0, 0, 0, 0, Copenhagen)
	before.Exceptions = nil
	for _, ex := range a.Exceptions {
		if ex.Original.Before(original) {
			before.Exceptions = append(before.Exceptions, ex)
		}
	}
	return before, after, nil
}

// clone returns a deep copy of a.
func (a *Appointment) clone() *Appointment {
	c := *a
	c.Participants = slices.Clone(a.Participants)
	c.Exceptions = slices.Clone(a.Exceptions)
	return &c
}

// Clone returns a copy of a that shares no slices with it.
func (a *Appointment) Clone() *Appointment { return a.clone() }

// NewUID makes a globally unique iCalendar UID.
func NewUID() string {
	b := make([]byte, 16)
	for {
		_, _ = rand.Read(b)
		// About one random hex UID in 800 holds ten digits that read as a
		// CPR number, which no save accepts.
		if uid := hex.EncodeToString(b) + "@tavlen"; !board.ContainsCPR(uid) {
			return uid
		}
	}
}

// describe is the occurrence's effective state in words, for the history:
// "held", "planned, moved to 2026-12-02 11:00–12:00; notes: …".
func (e *Exception) describe(seriesStatus Status) string {
	s := e.Status
	if s == "" {
		s = seriesStatus
	}
	var b strings.Builder
	b.WriteString(string(s))
	if e.Moved() {
		b.WriteString(", moved to " + occurrenceText(e.Start) + "–" + e.End.In(Copenhagen).Format("15:04"))
		if midnight(e.End) != midnight(e.Start) && !e.End.Equal(dayAfter(e.Start)) {
			b.WriteString(" (" + e.End.In(Copenhagen).Format("2006-01-02") + ")")
		}
	}
	if e.Notes != "" {
		b.WriteString("; notes: " + e.Notes)
	}
	return b.String()
}

// OccurrenceChange is one occurrence's state as the history writes it.
type OccurrenceChange struct {
	Original time.Time
	Label    string // "occurrence 2026-12-01 10:00"
	Value    string // "held", "planned, moved to 2026-12-02 11:00–12:00"
}

// OccurrenceChanges lists, in order, the state of each occurrence that has
// an exception in a or in old (nil for a new appointment), so a history
// shows "occurrence 2026-12-01 10:00: planned → held". An occurrence
// without an exception has its series' status.
func OccurrenceChanges(old, a *Appointment) (before, after []OccurrenceChange) {
	var originals []time.Time
	add := func(list []Exception) {
		for _, ex := range list {
			if !slices.ContainsFunc(originals, ex.Original.Equal) {
				originals = append(originals, ex.Original)
			}
		}
	}
	if old != nil {
		add(old.Exceptions)
	}
	add(a.Exceptions)
	slices.SortFunc(originals, time.Time.Compare)
	state := func(x *Appointment, t time.Time) OccurrenceChange {
		ex := x.Exception(t)
		return OccurrenceChange{Original: t, Label: "occurrence " + occurrenceText(t), Value: ex.describe(x.Status)}
	}
	for _, t := range originals {
		if old != nil {
			before = append(before, state(old, t))
		}
		after = append(after, state(a, t))
	}
	return before, after
}

package calendar

import "tavlen/board"

var _ board.TextRecord = (*Appointment)(nil)

// StoredTexts lists every string an appointment stores, for the one CPR
// check (board.RefuseCPR): its UID, title, place and notes, its codes, and
// the notes and statuses of its changed occurrences. A test fails when
// the appointment gains a string field that is not listed here.
func (a *Appointment) StoredTexts() []string {
	out := []string{a.UID, a.Title, string(a.Kind), a.Place, string(a.Status), string(a.Recurrence.Freq), a.Notes, a.UpdatedBy}
	for _, ex := range a.Exceptions {
		out = append(out, string(ex.Status), ex.Notes)
	}
	return out
}

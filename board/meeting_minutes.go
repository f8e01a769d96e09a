package board

import (
	"strings"
	"time"
)

// The minutes are a record the team signs off. These rules say what an
// agenda item's outcome is, and how minutes are edited, approved and
// corrected: until approval the facilitator may edit them; approved
// minutes are locked, and a correction is a new dated entry, as with
// progress notes.

// ItemOutcome is what became of a citizen on the agenda.
type ItemOutcome int

const (
	// OutcomeNotReached: on the agenda, neither discussed nor skipped.
	OutcomeNotReached ItemOutcome = iota
	// OutcomeDiscussed: a note, a decision, a board change or an explicit tick.
	OutcomeDiscussed
	// OutcomeSkipped: skipped on purpose by the facilitator.
	OutcomeSkipped
)

// Written reports whether anything was written for the citizen: notes,
// decisions (actions and appointments made in the meeting land there) or
// a board change.
func (it *MeetingItem) Written() bool {
	return strings.TrimSpace(it.Notes) != "" || strings.TrimSpace(it.Decisions) != "" || strings.TrimSpace(it.BoardChange) != ""
}

// WasDiscussed reports whether the citizen counts as discussed: ticked, or
// something written. Looking at a citizen's card is not discussing them.
func (it *MeetingItem) WasDiscussed() bool { return it.Discussed || it.Written() }

// Outcome returns the item's outcome; what was written wins over a skip.
func (it *MeetingItem) Outcome() ItemOutcome {
	switch {
	case it.WasDiscussed():
		return OutcomeDiscussed
	case it.Skipped:
		return OutcomeSkipped
	}
	return OutcomeNotReached
}

// Progress counts the citizens discussed and the citizens on the agenda
// not skipped.
func (m *Meeting) Progress() (done, total int) {
	for i := range m.Items {
		switch m.Items[i].Outcome() {
		case OutcomeDiscussed:
			done++
			total++
		case OutcomeNotReached:
			total++
		}
	}
	return done, total
}

// AgendaWindow returns the rows [first, end) of an agenda of n items that a
// strip of rows rows shows around the current item, from two before it.
func AgendaWindow(n, current, rows int) (first, end int) {
	first = current - 2
	if first > n-rows {
		first = n - rows
	}
	if first < 0 {
		first = 0
	}
	end = first + rows
	if end > n {
		end = n
	}
	return first, end
}

// LeftAfter counts the items from index end on that are still to be
// discussed: what "+ N more" under a strip means.
func (m *Meeting) LeftAfter(end int) int {
	n := 0
	for i := end; i < len(m.Items); i++ {
		if i >= 0 && m.Items[i].Outcome() == OutcomeNotReached {
			n++
		}
	}
	return n
}

// MinutesCorrection is a dated entry added to approved minutes. Like a
// progress note it is never changed nor deleted.
type MinutesCorrection struct {
	ID        int64
	At        time.Time
	By        int64 // member ID
	CitizenID int64 // the citizen it is about, or 0 for the meeting
	Text      string
}

// Approved reports whether the minutes are approved, and so locked.
func (m *Meeting) Approved() bool { return !m.ApprovedAt.IsZero() }

// CanEditMinutes reports why the minutes cannot be edited, or nil.
func (m *Meeting) CanEditMinutes() error {
	switch {
	case m.EndedAt.IsZero():
		return Invalid("meeting.invalid.not_ended", "The meeting has not ended yet.")
	case m.Approved():
		return Invalid("meeting.invalid.locked", "The minutes are approved and locked; add a correction instead.")
	}
	return nil
}

// EditItem changes what the minutes say about a citizen before approval.
func (m *Meeting) EditItem(citizenID int64, notes, decisions string, discussed bool) error {
	if err := m.CanEditMinutes(); err != nil {
		return err
	}
	it := m.Item(citizenID)
	if it == nil {
		return Invalid("meeting.invalid.not_on_agenda", "The citizen is not on this meeting's agenda.")
	}
	if err := refuseCPR(notes, decisions); err != nil {
		return err
	}
	it.Notes, it.Decisions, it.Discussed = strings.TrimSpace(notes), strings.TrimSpace(decisions), discussed
	return nil
}

// Approve approves the minutes: from now on they are locked.
func (m *Meeting) Approve(by int64, now time.Time) error {
	if err := m.CanEditMinutes(); err != nil {
		return err
	}
	if by == 0 {
		return Invalid("meeting.invalid.who", "Choose who you are before approving or correcting the minutes.")
	}
	m.ApprovedAt, m.ApprovedBy = now, by
	return nil
}

// AddCorrection appends a correction to approved minutes.
func (m *Meeting) AddCorrection(by, citizenID int64, text string, now time.Time) error {
	if !m.Approved() {
		return Invalid("meeting.invalid.not_approved", "Minutes not yet approved are edited, not corrected.")
	}
	if by == 0 {
		return Invalid("meeting.invalid.who", "Choose who you are before approving or correcting the minutes.")
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return Invalid("meeting.invalid.correction_empty", "The correction is empty.")
	}
	if citizenID != 0 && m.Item(citizenID) == nil {
		return Invalid("meeting.invalid.not_on_agenda", "The citizen is not on this meeting's agenda.")
	}
	if err := refuseCPR(text); err != nil {
		return err
	}
	m.Corrections = append(m.Corrections, MinutesCorrection{At: now, By: by, CitizenID: citizenID, Text: text})
	return nil
}

// CheckLockedChange refuses a save of m over stored when the stored
// minutes are approved and m changes anything but new corrections
// appended. Storage calls it, so no path can rewrite approved minutes.
func CheckLockedChange(stored, m *Meeting) error {
	if stored == nil || !stored.Approved() {
		return nil
	}
	locked := Invalid("meeting.invalid.locked", "The minutes are approved and locked; add a correction instead.")
	if !m.ApprovedAt.Equal(stored.ApprovedAt) || m.ApprovedBy != stored.ApprovedBy || !m.EndedAt.Equal(stored.EndedAt) ||
		!m.StartedAt.Equal(stored.StartedAt) || m.Date != stored.Date || m.FacilitatorID != stored.FacilitatorID || m.Theme != stored.Theme ||
		len(m.Items) != len(stored.Items) || len(m.Attendees) != len(stored.Attendees) || len(m.Corrections) < len(stored.Corrections) {
		return locked
	}
	for i := range m.Items {
		if settled(m.Items[i]) != settled(stored.Items[i]) {
			return locked
		}
	}
	present := map[int64]bool{}
	for _, id := range stored.Attendees {
		present[id] = true
	}
	for _, id := range m.Attendees { // the file keeps them by ID, not in the order ticked
		if !present[id] {
			return locked
		}
	}
	for i, c := range stored.Corrections {
		n := m.Corrections[i]
		if n.ID != c.ID || n.Text != c.Text || n.By != c.By || n.CitizenID != c.CitizenID || !n.At.Equal(c.At) {
			return locked
		}
	}
	return nil
}

// settled is the item as the minutes read it: a tick on a citizen with
// something written changes nothing the minutes say.
func settled(it MeetingItem) MeetingItem {
	it.Discussed = it.WasDiscussed()
	return it
}

package board

import (
	"slices"
	"time"
)

// MeetingSession is a meeting in progress: the agenda the facilitator walks
// through, the clock, and what is captured per citizen. It wraps the Meeting
// that is saved after every step, so a crash resumes where it was.
type MeetingSession struct {
	Meeting *Meeting
	// Current is the index in Meeting.Items of the citizen on screen, or
	// ThemeItem while the day's theme is.
	Current int
	// Budget per citizen; zero means "the hour divided by the agenda".
	Budget time.Duration
	// enteredAt is when the current item came on screen.
	enteredAt time.Time
}

// NewMeetingSession starts a meeting at now with the agenda's citizens in
// order.
func NewMeetingSession(date Date, facilitator int64, attendees []int64, agenda []AgendaEntry, now time.Time) *MeetingSession {
	m := &Meeting{Date: date, StartedAt: now, FacilitatorID: facilitator, Attendees: attendees}
	for i, e := range agenda {
		m.Items = append(m.Items, MeetingItem{CitizenID: e.Citizen.ID, Position: i})
	}
	return &MeetingSession{Meeting: m, enteredAt: now}
}

// ResumeMeetingSession continues a running meeting read back from the file
// where it was: on the furthest citizen discussed, or after the furthest
// one the team spent time on and moved on from; on a fresh meeting, on the
// first citizen not skipped.
func ResumeMeetingSession(m *Meeting, now time.Time) *MeetingSession {
	s := &MeetingSession{Meeting: m, enteredAt: now, Current: resumeAt(m.Items)}
	if m.Theme.Set() && !s.begun() {
		s.Current = ThemeItem
	}
	return s
}

// ThemeItem is MeetingSession.Current while the day's theme is on screen:
// the theme comes before the first citizen.
const ThemeItem = -1

// SetTheme makes t the day's theme (nil: none) and, when the meeting has
// not moved past its start, puts it on screen as the first item.
func (s *MeetingSession) SetTheme(t *Theme, now time.Time) {
	s.leave(now)
	s.Meeting.Theme = MeetingThemeOf(t)
	switch {
	case s.Meeting.Theme.Set() && !s.begun():
		s.Current = ThemeItem
	case !s.Meeting.Theme.Set() && s.Current == ThemeItem:
		s.Current = resumeAt(s.Meeting.Items)
	}
}

// OnTheme reports whether the day's theme is on screen.
func (s *MeetingSession) OnTheme() bool { return s.Current == ThemeItem && s.Meeting.Theme.Set() }

// begun reports whether time was spent on or anything noted for a citizen.
func (s *MeetingSession) begun() bool {
	for i := range s.Meeting.Items {
		if s.Meeting.Items[i].Seconds > 0 || s.Meeting.Items[i].WasDiscussed() {
			return true
		}
	}
	return false
}

func resumeAt(items []MeetingItem) int {
	at := -1
	for i := range items {
		if items[i].Seconds > 0 || items[i].WasDiscussed() {
			at = i
		}
	}
	if at >= 0 && items[at].WasDiscussed() {
		return at
	}
	for i := at + 1; i < len(items); i++ {
		if !items[i].Skipped {
			return i
		}
	}
	for i := min(at, len(items)-1); i >= 0; i-- {
		if !items[i].Skipped {
			return i
		}
	}
	return 0
}

// Item returns the current agenda item, or nil on an empty agenda.
func (s *MeetingSession) Item() *MeetingItem {
	if s.Current < 0 || s.Current >= len(s.Meeting.Items) {
		return nil
	}
	return &s.Meeting.Items[s.Current]
}

// Elapsed and Left tell the clock of the hour.
func (s *MeetingSession) Elapsed(now time.Time) time.Duration { return now.Sub(s.Meeting.StartedAt) }

// Left returns what is left of the hour (negative when over time).
func (s *MeetingSession) Left(now time.Time) time.Duration {
	return MeetingLength - s.Elapsed(now)
}

// Spent returns the time spent on the current citizen (or the theme),
// including earlier visits to the same item.
func (s *MeetingSession) Spent(now time.Time) time.Duration {
	if s.OnTheme() {
		return time.Duration(s.Meeting.Theme.Seconds)*time.Second + now.Sub(s.enteredAt)
	}
	it := s.Item()
	if it == nil {
		return 0
	}
	return time.Duration(it.Seconds)*time.Second + now.Sub(s.enteredAt)
}

// ItemBudget returns the budget of what is on screen: the theme's own, or
// the budget per citizen.
func (s *MeetingSession) ItemBudget() time.Duration {
	if s.OnTheme() {
		return s.Meeting.Theme.Budget()
	}
	return s.CitizenBudget()
}

// CitizenBudget returns the budget per citizen: the set one, or what the
// day's theme leaves of the hour divided by the number of agenda items.
func (s *MeetingSession) CitizenBudget() time.Duration {
	if s.Budget > 0 {
		return s.Budget
	}
	n := 0
	for _, it := range s.Meeting.Items {
		if !it.Skipped {
			n++
		}
	}
	return PerCitizenBudget(MeetingLength-s.Meeting.Theme.Budget(), n)
}

// State returns the budget state of the current citizen and of the hour.
func (s *MeetingSession) State(now time.Time) (citizen, hour TimeState) {
	return BudgetState(s.Spent(now), s.ItemBudget()), BudgetState(s.Elapsed(now), MeetingLength)
}

// leave books the time spent on the current item.
func (s *MeetingSession) leave(now time.Time) {
	if s.OnTheme() {
		s.Meeting.Theme.Seconds += int(now.Sub(s.enteredAt).Round(time.Second) / time.Second)
	} else if it := s.Item(); it != nil {
		it.Seconds += int(now.Sub(s.enteredAt).Round(time.Second) / time.Second)
	}
	s.enteredAt = now
}

// Go moves to item i (ThemeItem: the day's theme), booking the time spent
// on the current one.
func (s *MeetingSession) Go(i int, now time.Time) {
	if i == ThemeItem && s.Meeting.Theme.Set() && s.Current != ThemeItem {
		s.leave(now)
		s.Current = i
		return
	}
	if i < 0 || i >= len(s.Meeting.Items) || i == s.Current {
		return
	}
	s.leave(now)
	s.Current = i
}

// Next moves to the next citizen not skipped. It does not mark the
// current one discussed: paging past a citizen is not discussing them
// (see MeetingItem.WasDiscussed). It reports false at the end of the agenda.
func (s *MeetingSession) Next(now time.Time) bool {
	for i := s.Current + 1; i < len(s.Meeting.Items); i++ {
		if !s.Meeting.Items[i].Skipped {
			s.Go(i, now)
			return true
		}
	}
	s.leave(now)
	return false
}

// Prev moves back to the previous item not skipped; before the first
// citizen comes the day's theme.
func (s *MeetingSession) Prev(now time.Time) bool {
	for i := min(s.Current, len(s.Meeting.Items)) - 1; i >= 0; i-- {
		if !s.Meeting.Items[i].Skipped {
			s.Go(i, now)
			return true
		}
	}
	if s.Meeting.Theme.Set() && s.Current != ThemeItem {
		s.Go(ThemeItem, now)
		return true
	}
	return false
}

// ToggleDiscussed ticks the current citizen discussed, or not again. A
// citizen with something written stays discussed.
func (s *MeetingSession) ToggleDiscussed() {
	if it := s.Item(); it != nil {
		it.Discussed = !it.Discussed
	}
}

// SetCitizenPresent marks that the citizen on screen takes part in their
// slot, or not; the minutes record it.
func (s *MeetingSession) SetCitizenPresent(present bool) {
	if it := s.Item(); it != nil {
		it.CitizenPresent = present
	}
}

// Skip toggles skipping item i.
func (s *MeetingSession) Skip(i int) {
	if i >= 0 && i < len(s.Meeting.Items) {
		s.Meeting.Items[i].Skipped = !s.Meeting.Items[i].Skipped
	}
}

// Move moves item from to position to, keeping the current citizen current.
func (s *MeetingSession) Move(from, to int) {
	items := s.Meeting.Items
	if from < 0 || from >= len(items) || to < 0 || to >= len(items) || from == to {
		return
	}
	cur := int64(0)
	if s.Current >= 0 && s.Current < len(items) {
		cur = items[s.Current].CitizenID
	}
	it := items[from]
	items = append(items[:from], items[from+1:]...)
	items = append(items[:to], append([]MeetingItem{it}, items[to:]...)...)
	for i := range items {
		items[i].Position = i
		if cur != 0 && items[i].CitizenID == cur {
			s.Current = i
		}
	}
	s.Meeting.Items = items
}

// Add puts a citizen at the end of the agenda, unless already on it.
func (s *MeetingSession) Add(citizenID int64) {
	if s.Meeting.Item(citizenID) != nil {
		return
	}
	s.Meeting.Items = append(s.Meeting.Items, MeetingItem{CitizenID: citizenID, Position: len(s.Meeting.Items)})
}

// Mark returns undo, which puts the session back where it stands now:
// the agenda position, the clock of the item on screen and the meeting's
// content. A step whose save is refused is undone with it, so the agenda
// does not move on, no time is booked and later typing goes to the item
// on screen.
func (s *MeetingSession) Mark() (undo func()) {
	m := *s.Meeting
	m.Attendees = slices.Clone(m.Attendees)
	m.Items = slices.Clone(m.Items)
	m.Corrections = slices.Clone(m.Corrections)
	current, entered := s.Current, s.enteredAt
	return func() {
		kept := m
		s.Meeting, s.Current, s.enteredAt = &kept, current, entered
	}
}

// End closes the meeting at now; the Meeting is then the minutes.
func (s *MeetingSession) End(now time.Time) {
	s.leave(now)
	s.Meeting.EndedAt = now
}

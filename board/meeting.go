package board

import (
	"context"
	"time"
)

// Meeting is a weekly team meeting and its minutes.
type Meeting struct {
	ID            int64
	Date          Date
	StartedAt     time.Time
	EndedAt       time.Time // zero while the meeting is running
	FacilitatorID int64
	Attendees     []int64 // member IDs
	Items         []MeetingItem
	// Theme is the day's theme from the year wheel, the first agenda
	// item; zero when the meeting has none.
	Theme MeetingTheme
	// ApprovedAt and ApprovedBy are set when the minutes are approved;
	// from then on they are locked and changed only by Corrections.
	ApprovedAt  time.Time
	ApprovedBy  int64
	Corrections []MinutesCorrection // oldest first, append-only
	Stamp
}

// MeetingItem is one citizen on a meeting's agenda and what was said.
type MeetingItem struct {
	CitizenID int64
	Position  int
	// Discussed is the facilitator's explicit tick; WasDiscussed also
	// counts what was written. Paging past a citizen is neither.
	Discussed bool
	Skipped   bool // skipped on purpose during the meeting
	Notes     string
	Decisions string
	// BoardChange records "put on the board" / "taken off the board" with
	// its reason, as shown in the minutes.
	BoardChange string
	Seconds     int // time spent on the citizen
	// CitizenPresent: the citizen took part in their slot ("Borgeren
	// deltog"), as the minutes record.
	CitizenPresent bool
}

// Running reports whether the meeting has started and not ended.
func (m *Meeting) Running() bool { return !m.StartedAt.IsZero() && m.EndedAt.IsZero() }

// Item returns the agenda item for a citizen, or nil.
func (m *Meeting) Item(citizenID int64) *MeetingItem {
	for i := range m.Items {
		if m.Items[i].CitizenID == citizenID {
			return &m.Items[i]
		}
	}
	return nil
}

// MeetingFilter selects meetings. Zero fields do not filter.
type MeetingFilter struct {
	ID          int64
	RunningOnly bool
	CitizenID   int64 // meetings that had the citizen on the agenda
	Limit       int
}

// MeetingService reads and writes meetings and their minutes.
type MeetingService interface {
	FindMeetingByID(ctx context.Context, id int64) (*Meeting, error)
	// FindMeetings returns meetings newest first.
	FindMeetings(ctx context.Context, filter MeetingFilter) ([]*Meeting, error)
	CreateMeeting(ctx context.Context, m *Meeting) error
	UpdateMeeting(ctx context.Context, m *Meeting) error
}

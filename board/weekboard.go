package board

import (
	"context"
	"time"
)

// BoardGroup is a band of rows on the board, in the order shown.
type BoardGroup int

const (
	GroupOnBoard BoardGroup = iota // intensive, shared caseload
	GroupActive
	GroupIntake // intake and referred
	GroupPaused
	GroupClosed
)

// GroupOf returns the band a citizen is shown in.
func GroupOf(c *Citizen) BoardGroup {
	switch {
	case c.Status == StatusClosed:
		return GroupClosed
	case c.OnBoard:
		return GroupOnBoard
	case c.Status == StatusActive:
		return GroupActive
	case c.Status == StatusReferred || c.Status == StatusIntake:
		return GroupIntake
	default:
		return GroupPaused
	}
}

// DayEntry is an appointment chip on the board: one occurrence of an
// appointment within the week.
type DayEntry struct {
	AppointmentID int64
	// Original is the occurrence's start as its series' rule gives it (its
	// identity, even when moved); equal to Start for a single appointment.
	Original   time.Time
	Start, End time.Time
	Title      string
	Kind       AppointmentKind   // one of calendar's kinds
	Status     AppointmentStatus // one of calendar's statuses
	Initials   []string
}

// BoardRow is one citizen's row on the week board.
type BoardRow struct {
	Citizen     *Citizen
	Responsible []*Member // in the order of Citizen.Responsible
	Entries     []DayEntry
	NextAction  *Action
	// LastDiscussed is the date of the latest meeting that discussed the
	// citizen, with that meeting's notes and decisions.
	LastDiscussed   Date
	LastMeetingNote string
	LatestNote      *Note
	Facts           Facts
	Attention       []Attention
}

// WeekBoard is the board for the week [From, To).
type WeekBoard struct {
	From, To time.Time
	Rows     []*BoardRow
	Members  MemberIndex
}

// BoardService builds the week board in a handful of queries.
type BoardService interface {
	// WeekBoard returns every citizen that is not closed, grouped and
	// ordered, with the week's appointments, and attention markers as of
	// today.
	WeekBoard(ctx context.Context, from, to time.Time, today Date) (*WeekBoard, error)
}

// AppointmentKind is what sort of appointment a chip shows; the calendar
// package names the kinds (calendar.Kind is this type).
type AppointmentKind string

// AppointmentStatus is what became of an appointment; the calendar package
// names the statuses (calendar.Status is this type).
type AppointmentStatus string

package calendar

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"tavlen/board"
)

// Kind is what sort of appointment it is. It is the board's type, so the
// week board's chips carry it typed.
type Kind = board.AppointmentKind

const (
	KindHomeVisit    Kind = "home_visit"
	KindConsultation Kind = "consultation"
	KindPhone        Kind = "phone"
	KindMeeting      Kind = "meeting"
	KindMedication   Kind = "medication"
	KindOther        Kind = "other"
)

// Kinds lists the kinds in the order forms offer them.
var Kinds = []Kind{KindHomeVisit, KindConsultation, KindPhone, KindMeeting, KindMedication, KindOther}

// Status is what became of an appointment (the board's type, as Kind).
type Status = board.AppointmentStatus

const (
	StatusPlanned   Status = "planned"
	StatusHeld      Status = "held"
	StatusCancelled Status = "cancelled"
	StatusNoShow    Status = "no_show"
)

// Statuses lists the statuses.
var Statuses = []Status{StatusPlanned, StatusHeld, StatusCancelled, StatusNoShow}

// Freq is how often an appointment repeats.
type Freq string

const (
	FreqNone     Freq = ""
	FreqWeekly   Freq = "weekly"
	FreqBiweekly Freq = "biweekly" // every second week
	FreqMonthly  Freq = "monthly"  // same day of the month
)

// Recurrence is a simple repeat rule. Until is the last day an occurrence
// may start on (inclusive, in Copenhagen); zero means no end.
type Recurrence struct {
	Freq  Freq
	Until time.Time
}

// Appointment is a calendar entry: a home visit, a consultation, a team
// meeting. CitizenID is 0 for team events.
type Appointment struct {
	ID           int64
	UID          string // stable across exports, so re-imports update
	CitizenID    int64
	Title        string
	Kind         Kind
	Start, End   time.Time
	Place        string
	Participants []int64 // member IDs
	Status       Status
	Recurrence   Recurrence
	Notes        string // internal; never exported to the citizen
	Sequence     int    // iCalendar SEQUENCE: raised on every change
	// Exceptions change single occurrences of a repeating appointment
	// (see exception.go), ordered by Original. Status above is the
	// series' status; an exception's status overrides it for its
	// occurrence.
	Exceptions []Exception

	board.Stamp
}

// RecordID is the appointment's ID (board.Versioned).
func (a *Appointment) RecordID() int64 { return a.ID }

// Duration is the length of one occurrence.
func (a *Appointment) Duration() time.Duration { return a.End.Sub(a.Start) }

// HasParticipant reports whether member id takes part.
func (a *Appointment) HasParticipant(id int64) bool {
	for _, p := range a.Participants {
		if p == id {
			return true
		}
	}
	return false
}

// ErrInvalid is wrapped by validation errors of appointments. The storage
// and the app map it to the board's EInvalid code.
var ErrInvalid = errors.New("invalid appointment")

// ValidationError explains what is wrong with an appointment. Message is
// plain English for logs and the command line; Key names the message in the
// catalogue of words (package text), Args fill its {{.Name}} holes (a
// time.Time argument is shown in the reader's date format).
type ValidationError struct {
	Message string
	Key     string
	Args    map[string]any
}

// invalid returns a ValidationError with a key and its English message.
func invalid(key, message string) *ValidationError {
	return &ValidationError{Message: message, Key: key}
}

// invalidAt is invalid for a message about the occurrence at t: message
// holds one %s for t, the key's text {{.When}}.
func invalidAt(key, message string, t time.Time) *ValidationError {
	return &ValidationError{Message: fmt.Sprintf(message, occurrenceText(t)), Key: key, Args: map[string]any{"When": t}}
}

func (e *ValidationError) Error() string { return e.Message }
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks the appointment and fills defaults.
func (a *Appointment) Validate() error {
	a.Title = strings.TrimSpace(a.Title)
	if a.Title == "" {
		return invalid("invalid.appt_title", "An appointment needs a title.")
	}
	if a.Start.IsZero() || a.End.IsZero() {
		return invalid("invalid.appt_times", "An appointment needs a start and an end.")
	}
	if !a.End.After(a.Start) {
		return invalid("invalid.appt_end", "The appointment must end after it starts.")
	}
	// A whole day is 25 hours when daylight saving time ends.
	if d := a.End.Sub(a.Start); d > 24*time.Hour && !a.End.Equal(dayAfter(a.Start)) {
		return invalid("invalid.appt_long", "An appointment can last at most 24 hours.")
	}
	if a.Kind == "" {
		a.Kind = KindOther
	}
	if !validKind(a.Kind) {
		return invalid("invalid.appt_kind", "Unknown kind of appointment.")
	}
	if a.Status == "" {
		a.Status = StatusPlanned
	}
	if !validStatus(a.Status) {
		return invalid("invalid.appt_status", "Unknown appointment status.")
	}
	switch a.Recurrence.Freq {
	case FreqNone, FreqWeekly, FreqBiweekly, FreqMonthly:
	default:
		return invalid("invalid.appt_freq", "Unknown recurrence.")
	}
	// Compare Copenhagen days: Truncate would cut at UTC midnight.
	if a.Recurrence.Freq != FreqNone && !a.Recurrence.Until.IsZero() && midnight(a.Recurrence.Until).Before(midnight(a.Start)) {
		return invalid("invalid.appt_until", "The recurrence ends before the first appointment.")
	}
	return a.validateExceptions()
}

func validKind(k Kind) bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

func validStatus(s Status) bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Filter selects appointments. Zero fields do not filter. From and To
// select appointments with an occurrence overlapping [From, To).
type Filter struct {
	ID        int64
	UID       string
	CitizenID int64
	MemberID  int64
	From, To  time.Time
	// TeamOnly selects appointments without a citizen.
	TeamOnly bool
}

// Service reads and writes appointments.
type Service interface {
	FindAppointmentByID(ctx context.Context, id int64) (*Appointment, error)
	FindAppointments(ctx context.Context, filter Filter) ([]*Appointment, error)
	// CreateAppointment stores a; a UID is made when a.UID is empty.
	CreateAppointment(ctx context.Context, a *Appointment) error
	// UpdateAppointment saves a if a.Version is still the stored version,
	// raising Version and Sequence.
	UpdateAppointment(ctx context.Context, a *Appointment) error
	DeleteAppointment(ctx context.Context, id, version int64) error
}

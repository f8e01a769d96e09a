package storagetest

import (
	"context"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Store is what a storage adapter offers: every domain service, the
// change sequence and presence of live sharing, and batches.
type Store interface {
	board.MemberService
	board.CitizenService
	board.NoteService
	board.PlanService
	board.ContactService
	board.MeetingService
	board.AuditService
	board.TeamService
	board.BoardService
	calendar.Service

	ReadOnly() bool
	Close() error
	SetMember(initials string)

	// ChangeSeq is the sequence number of the latest committed change;
	// ChangesSince lists the changes after seq, oldest first.
	ChangeSeq(ctx context.Context) (int64, error)
	ChangesSince(ctx context.Context, seq int64) ([]board.Change, error)

	// Beat, Present and Leave are presence: hints, never locks.
	Beat(ctx context.Context, editing *board.RecordRef) error
	Present(ctx context.Context) ([]board.Presence, error)
	Leave(ctx context.Context) error

	// Batch runs fn's saves in one all-or-nothing unit.
	Batch(ctx context.Context, fn func(ctx context.Context) error) error

	// VerifyAudit fails with ECorrupt when the history was altered.
	VerifyAudit(ctx context.Context) error
}

// Adapter makes the stores the contract runs on.
type Adapter struct {
	// Create makes a new team store "Testteam" whose one member is Anne
	// Bech (AB, region, active), saving as AB, with now as its clock. The
	// store is closed when the test ends.
	Create func(t *testing.T, now func() time.Time) Store
	// Open opens another session on s's data, as a second PC would,
	// saving as member; readOnly opens it for reading only. The caller
	// closes it.
	Open func(t *testing.T, s Store, now func() time.Time, member string, readOnly bool) (Store, error)
	// PresenceExpiry is how long a beat counts.
	PresenceExpiry time.Duration
	// Inspect, when set, runs the adapter's own checks at named steps of
	// the contract (how it keeps the data, which only it can see).
	Inspect func(t *testing.T, s Store, step Step)
}

// Step is a point in the contract where the adapter may look inside.
type Step struct {
	Name string // one of the Step* constants
	// For StepWeekBoard: the board the contract got, and its arguments.
	WeekBoard *board.WeekBoard
	From, To  time.Time
	Today     board.Date
}

// The steps Inspect is called at.
const (
	StepNotesWritten       = "notes written"       // the notes may no longer change
	StepAppointmentDeleted = "appointment deleted" // nothing of its occurrences is left
	StepWeekBoard          = "week board"          // the same board another way
)

// inspect calls the adapter's Inspect, if any.
func (a Adapter) inspect(t *testing.T, s Store, step Step) {
	t.Helper()
	if a.Inspect != nil {
		a.Inspect(t, s, step)
	}
}

// Run runs the contract on the adapter, one subtest per service.
func Run(t *testing.T, a Adapter) {
	for _, group := range []struct {
		name  string
		tests []func(*testing.T, Adapter)
	}{
		{"MemberService", []func(*testing.T, Adapter){testMembers, testTeam}},
		{"CitizenService", []func(*testing.T, Adapter){testCitizens, testSavesWithCPRNumbersAreRefused}},
		{"NoteService", []func(*testing.T, Adapter){testNotesAreAppendOnly}},
		{"PlanService", []func(*testing.T, Adapter){testPlan}},
		{"ContactService", []func(*testing.T, Adapter){testContacts}},
		{"MeetingService", []func(*testing.T, Adapter){testMeetings}},
		{"calendar.Service", []func(*testing.T, Adapter){testAppointments, testAppointmentExceptions, testSplitSeries}},
		{"BoardService", []func(*testing.T, Adapter){testWeekBoard, testFactsFromOccurrences}},
		{"AuditService", []func(*testing.T, Adapter){testAccessLog}},
		{"Conflicts", []func(*testing.T, Adapter){testConflictNamesWhoAndWhen}},
		{"Batch", []func(*testing.T, Adapter){testBatchCommitsTogetherAndSavepointsUndoFailedSaves}},
		{"Presence", []func(*testing.T, Adapter){testPresence, testPresenceOnReadOnlyStore}},
		{"ChangeSeq", []func(*testing.T, Adapter){testChangeLog}},
	} {
		t.Run(group.name, func(t *testing.T) {
			for _, test := range group.tests {
				test(t, a)
			}
		})
	}
}

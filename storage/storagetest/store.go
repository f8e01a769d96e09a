package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage"
)

// Store is the contract every storage adapter keeps (storage.Store).
type Store = storage.Store

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
		{"MeetingService", []func(*testing.T, Adapter){testMeetings, testMinutesApproval}},
		{"calendar.Service", []func(*testing.T, Adapter){testAppointments, testAppointmentExceptions, testSplitSeries}},
		{"BoardService", []func(*testing.T, Adapter){testWeekBoard, testFactsFromOccurrences}},
		{"AuditService", []func(*testing.T, Adapter){testAccessLog}},
		{"Conflicts", []func(*testing.T, Adapter){testConflictNamesWhoAndWhen}},
		{"Batch", []func(*testing.T, Adapter){testBatchCommitsTogetherAndSavepointsUndoFailedSaves}},
		{"Presence", []func(*testing.T, Adapter){testPresence, testPresenceOnReadOnlyStore}},
		{"ChangeSeq", []func(*testing.T, Adapter){testChangeLog}},
		{"ThemeService", []func(*testing.T, Adapter){testThemes, testReferrals, testMeetingTheme}},
	} {
		t.Run(group.name, func(t *testing.T) {
			for _, test := range group.tests {
				test(t, a)
			}
		})
	}
}

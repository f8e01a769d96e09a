// Package record is the citizen record: the page shown over the board and
// its tabs (overview, progress notes, goals, actions, crisis plan,
// contacts, appointments, history). It gets the small Env below from the
// shell instead of *UI, as meeting mode gets its Store and Config; what
// belongs to other screens (the appointment form, the calendar export and
// import, printing) it reaches through callbacks in Env.
package record

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// T is the app's one catalogue of words.
var T = kit.T

// Store is the part of the team file the record's tabs read and write.
type Store interface {
	board.NoteService
	board.AuditService
	board.PlanService
	board.ContactService
	FindCitizenByID(ctx context.Context, id int64) (*board.Citizen, error)
	UpdateCitizen(ctx context.Context, c *board.Citizen) error
	FindAppointments(ctx context.Context, filter calendar.Filter) ([]*calendar.Appointment, error)
}

// Env is what the record's tabs need from the shell.
type Env struct {
	Ctx context.Context
	// Store is the open team file, asked at each use.
	Store func() Store
	// Keeper keeps a save on this PC while the file is out of reach; nil
	// when there is nowhere to keep it.
	Keeper saving.Keeper
	Now    func() time.Time
	// Me is the member at the keyboard; it may return nil.
	Me func() *board.Member
	// Member and MemberByInitials look members up in the shell's index;
	// they return nil for one it does not know.
	Member           func(id int64) *board.Member
	MemberByInitials func(initials string) *board.Member
	ReadOnly         func() bool
	// Entries passes the app's shortcuts on from the tabs' text fields.
	Entries *kit.EntryHost
	Focus   func(fyne.Focusable)
	// Dialogs opens the window's form dialogs and questions.
	Dialogs *dialog.Host
	// Members is the team's active members, in team order.
	Members func() []*board.Member

	// What belongs to other screens, given by the shell; any may be nil
	// in a test.
	Screens Screens
}

// Screens are the shell's doors to other screens that the record opens.
type Screens struct {
	// Back closes the record (the "Board" button).
	Back func()
	// EditAppointment opens the appointment form for a; after runs once
	// it was saved.
	EditAppointment func(a *calendar.Appointment, after func())
	// OpenOccurrence opens one occurrence of an appointment.
	OpenOccurrence func(o calendar.Occurrence, after func())
	// PrintPlan prints the citizen's plan.
	PrintPlan func(citizenID int64) error
	// ExportCalendar and ImportCalendar open the calendar export and
	// import for the citizen.
	ExportCalendar func(c *board.Citizen)
	ImportCalendar func(citizenID int64)
	// ReadOnlyMet tells the shell a save found the file read-only, so its
	// banner says why.
	ReadOnlyMet func()
	// Wellbeing builds the citizen's WHO-5 tab (package wellbeing, which
	// the record may not import); nil leaves the tab empty.
	Wellbeing func(citizenID int64) *ExtraTab
}

// saver is what package dialog's saves need.
func (e Env) saver() dialog.Saver {
	return dialog.Saver{Ctx: e.Ctx, Keeper: e.Keeper, Dialogs: e.Dialogs}
}

// now is the time in Copenhagen, where the team works.
func (e Env) now() time.Time {
	if e.Now == nil {
		return time.Now().In(calendar.Copenhagen)
	}
	return e.Now().In(calendar.Copenhagen)
}

func (e Env) today() board.Date { return board.DateOf(e.now()) }

func (e Env) members() []*board.Member {
	if e.Members == nil {
		return nil
	}
	return e.Members()
}

func (e Env) focus(f fyne.Focusable) {
	if e.Focus != nil {
		e.Focus(f)
	}
}

// entry, multiLine and dateEntry are fields that pass the app's keys on.
func (e Env) entry() *kit.Entry     { return kit.NewEntry(e.Entries) }
func (e Env) multiLine() *kit.Entry { return kit.NewMultiLine(e.Entries) }
func (e Env) dateEntry(d board.Date) *kit.Entry {
	return kit.NewDateEntry(e.Entries, d)
}

// showError shows err in a dialog over the window.
func (e Env) showError(err error) {
	if e.Dialogs != nil {
		kit.ShowError(e.Dialogs.Win, err)
	}
}

func (e Env) me() *board.Member {
	if e.Me == nil {
		return nil
	}
	return e.Me()
}

func (e Env) member(id int64) *board.Member {
	if e.Member == nil {
		return nil
	}
	return e.Member(id)
}

func (e Env) readOnly() bool { return e.ReadOnly != nil && e.ReadOnly() }

// AddNote saves a progress note; when the file cannot be reached it is
// kept on this PC with the time it was written (the file would stamp the
// time it arrives).
func (e Env) AddNote(n *board.Note) error {
	err := saving.Recover(func() error { return e.Store().AddNote(e.Ctx, n) })
	if !saving.Gone(err) {
		return err
	}
	kept := *n
	if kept.At.IsZero() && e.Now != nil {
		kept.At = e.Now()
	}
	if saving.KeepCreate(e.Keeper, outbox.KindNote, err, &kept) {
		return nil
	}
	return err
}

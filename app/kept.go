package app

import (
	"context"
	"reflect"
	"time"

	"fyne.io/fyne/v2/dialog"

	"tavlen/board"
	"tavlen/storage/outbox"
	"tavlen/storage/sqlite"
)

// Saves that cannot reach the team file (its share or folder gone, or
// another PC's lock held beyond the timeout) are kept on this PC in the
// outbox and saved once the file is back. Every form goes through one of
// three paths: updates through saveEdit (merge_save.go), new records
// through saveNew, deletions through deleteOrKeep. So every form behaves
// alike: it counts as saved, the banner says the file cannot be reached,
// the status line counts the kept changes, and a replay that meets another
// PC's change of the same field opens the conflict dialog (resolveKept).

// keepWhenGone keeps a save that failed with err because the file could
// not be reached or stayed busy; it reports whether it was kept. pending
// makes the outbox edit (sqlite.PendingUpdate, PendingCreate or
// PendingDelete).
func (u *UI) keepWhenGone(err error, pending func(by string, at time.Time) (outbox.Edit, error)) bool {
	code := board.ErrorCode(err)
	if u.live == nil || (code != board.EUnavailable && code != board.EBusy) {
		return false
	}
	by := ""
	if u.me != nil {
		by = u.me.Initials
	}
	e, perr := pending(by, u.cfg.Now())
	if perr != nil {
		return false
	}
	return u.live.keepEdit(e) == nil
}

// keptText is what a form says after its save was kept on this PC.
func keptText() string {
	return T("live.kept_here", "The team file cannot be reached right now. Your changes are kept on this PC and saved as soon as it can be reached.")
}

// saveNew creates mine; when the file cannot be reached it is kept on
// this PC instead, and saveNew returns nil all the same.
func saveNew[R any](u *UI, mine R, create func(context.Context, R) error) error {
	err := create(u.ctx, mine)
	if err != nil && u.keepWhenGone(err, func(by string, at time.Time) (outbox.Edit, error) { return sqlite.PendingCreate(mine, by, at) }) {
		return nil
	}
	return err
}

// addNote saves a progress note; when the file cannot be reached it is
// kept on this PC with the time it was written.
func (u *UI) addNote(n *board.Note) error {
	err := u.store.AddNote(u.ctx, n)
	if err != nil && u.keepWhenGone(err, func(by string, at time.Time) (outbox.Edit, error) {
		kept := *n
		if kept.At.IsZero() {
			kept.At = at
		}
		return sqlite.PendingCreate(&kept, by, at)
	}) {
		return nil
	}
	return err
}

// deleteOrKeep deletes rec (as read) with del; when the file cannot be
// reached the deletion is kept on this PC instead, and it returns nil.
func deleteOrKeep[R any](u *UI, rec R, del func(ctx context.Context, id, version int64) error) error {
	err := del(u.ctx, versionID(rec), versionOf(rec))
	if err != nil && u.keepWhenGone(err, func(by string, at time.Time) (outbox.Edit, error) { return sqlite.PendingDelete(rec, by, at) }) {
		return nil
	}
	return err
}

// keepEdit puts a save that could not reach the file into the outbox and
// shows the banner and the count.
func (l *live) keepEdit(e outbox.Edit) error {
	if l.box == nil {
		return board.Errorf(board.EUnavailable, "no outbox")
	}
	if _, err := l.box.Add(e); err != nil {
		return err
	}
	l.gone = true
	l.show()
	return nil
}

// askHeld asks about the edits held for a person (kept.go's resolveKept).
func (l *live) askHeld() {
	if l.u.live != l || l.box == nil {
		return
	}
	for _, e := range l.box.Pending() {
		if e.Held != "" {
			l.u.resolveKept(e)
		}
	}
}

// keptFile reads single records for the kept edits a person decides on;
// *sqlite.DB has it.
type keptFile interface {
	FindGoalByID(ctx context.Context, id int64) (*board.Goal, error)
	FindActionByID(ctx context.Context, id int64) (*board.Action, error)
	FindContactByID(ctx context.Context, id int64) (*board.Contact, error)
	FindCrisisPlan(ctx context.Context, citizenID int64) (*board.CrisisPlan, error)
}

// resolveKept asks the person about a kept edit the replay could not save
// on its own: another PC changed the same fields (the conflict dialog),
// changed a record deleted here, or deleted a record changed here.
func (u *UI) resolveKept(e outbox.Edit) {
	l := u.live
	if l == nil || l.box == nil {
		return
	}
	f, _ := u.store.(keptFile)
	if f == nil {
		return
	}
	s := u.store
	switch e.Kind {
	case sqlite.PendingCitizen:
		resolveKeptOf(u, e, s.FindCitizenByID, s.UpdateCitizen, nil, citizenField)
	case sqlite.PendingGoal:
		resolveKeptOf(u, e, f.FindGoalByID, s.UpdateGoal, s.DeleteGoal, goalField)
	case sqlite.PendingAction:
		resolveKeptOf(u, e, f.FindActionByID, s.UpdateAction, s.DeleteAction, actionField)
	case sqlite.PendingCrisis:
		resolveKeptOf(u, e, f.FindCrisisPlan, s.SaveCrisisPlan, nil, crisisField)
	case sqlite.PendingContact:
		resolveKeptOf(u, e, f.FindContactByID, s.UpdateContact, s.DeleteContact, contactField)
	case sqlite.PendingMember:
		resolveKeptOf(u, e, s.FindMemberByID, s.UpdateMember, nil, memberField)
	case sqlite.PendingAppointment:
		resolveKeptOf(u, e, s.FindAppointmentByID, s.UpdateAppointment, s.DeleteAppointment, apptField)
	default:
		u.keptLost(e, nil)
	}
}

// resolveKeptOf shows one held edit of a record of type R.
func resolveKeptOf[R any](u *UI, e outbox.Edit, load func(context.Context, int64) (R, error), save func(context.Context, R) error,
	del func(ctx context.Context, id, version int64) error, fields func(*UI, string) conflictField[R]) {
	l := u.live
	base, mine, err := sqlite.KeptRecords[R](e)
	if err != nil {
		u.keptLost(e, err)
		return
	}
	theirs, err := load(u.ctx, e.RowID)
	if board.ErrorCode(err) == board.ENotFound {
		u.keptLost(e, err) // deleted on another PC: nothing to save on
		return
	}
	if err != nil {
		return // the file went again: asked at the next replay
	}
	done := func() {
		_ = l.box.Remove(e.ID)
		l.show()
		u.afterKept()
	}
	if e.Delete && del != nil {
		by, at := stampOf(theirs)
		dialog.ShowConfirm(T("live.conflict.title", "Changed on another PC"),
			T("live.kept.deleted_changed", "You deleted this while the team file could not be reached, but {{.By}} changed it at {{.At}}. Delete it anyway?",
				map[string]any{"By": by, "At": fmtDateTime(at)}),
			func(yes bool) {
				if yes {
					if err := del(u.ctx, e.RowID, versionOf(theirs)); err != nil && board.ErrorCode(err) != board.ENotFound {
						showError(u.win, err)
						return
					}
				}
				done()
			}, u.win)
		return
	}
	conflicts := sqlite.MergeConflicts(base, mine, theirs)
	by, _ := stampOf(theirs)
	showConflictOf(u, mergeEdit[R]{base: base, mine: mine, save: save, fields: fields,
		intro: T("live.kept.conflict_intro", "While the team file could not be reached, you changed this on this PC, and {{.By}} changed some of the same fields (in bold) on another PC. Nothing is lost yet: choose which version to keep.",
			map[string]any{"By": by})}, theirs, conflicts, func(R) { done() })
}

// keptLost tells the person a kept edit cannot be saved (its record was
// deleted on another PC, or it is damaged) and drops it.
func (u *UI) keptLost(e outbox.Edit, err error) {
	msg := T("live.kept.lost", "A change you made while the team file could not be reached cannot be saved: the record was deleted on another PC.")
	if board.ErrorCode(err) != board.ENotFound {
		msg = T("live.kept.damaged", "A change you made while the team file could not be reached cannot be saved: it is damaged.")
	}
	dialog.ShowInformation(T("live.conflict.title", "Changed on another PC"), msg, u.win)
	_ = u.live.box.Remove(e.ID)
	u.live.show()
}

// afterKept shows the file's state after a held edit was decided on.
func (u *UI) afterKept() {
	if r, ok := u.page.(*citizenRecord); ok && !r.dirty() {
		r.reloadAll()
	}
	if u.live != nil {
		u.live.onChange()
	}
}

// versionID is a record's ID.
func versionID(v any) int64 {
	f := reflect.Indirect(reflect.ValueOf(v)).FieldByName("ID")
	if !f.IsValid() || f.Kind() != reflect.Int64 {
		return 0
	}
	return f.Int()
}

// versionOf is the version a record was read at (its Stamp's, or its own
// Version field).
func versionOf(v any) int64 {
	f := reflect.Indirect(reflect.ValueOf(v)).FieldByName("Version")
	if !f.IsValid() || f.Kind() != reflect.Int64 {
		return 0
	}
	return f.Int()
}

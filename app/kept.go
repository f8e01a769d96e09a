package app

import (
	"context"

	"fyne.io/fyne/v2/dialog"

	appdialog "tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// Saves that cannot reach the team file (its share or folder gone, or
// another PC's lock held beyond the timeout) are kept on this PC in the
// outbox and saved once the file is back. Every form goes through one of
// three paths: updates through saveEdit (merge_save.go), new records
// through saveNew, deletions through deleteOrKeep, all three over the
// one save path of package saving. So every form behaves
// alike: it counts as saved, the banner says the file cannot be reached,
// the status line counts the kept changes, and a replay that meets another
// PC's change of the same field opens the conflict dialog (resolveKept).

// keeper is the app's outbox for the one save path (package saving).
func (u *UI) keeper() saving.Keeper { return keptHere{u} }

// keptHere keeps edits in the open file's outbox, stamped with this PC's
// member and the time.
type keptHere struct{ u *UI }

// Keep puts e into the outbox and shows the banner and the count; it
// fails when the file has no outbox (a test, or no cache folder).
func (k keptHere) Keep(es ...outbox.Edit) error {
	u := k.u
	if u.live == nil {
		return board.Errorf(board.EUnavailable, "no outbox")
	}
	for i := range es {
		if u.me != nil {
			es[i].By = u.me.Initials
		}
		if es[i].At.IsZero() {
			es[i].At = u.cfg.Now()
		}
	}
	return u.live.keepEdit(es...)
}

// saveNew creates mine; when the file cannot be reached it is kept on
// this PC instead, and saveNew returns nil all the same.
func saveNew[R any](u *UI, kind outbox.Kind[R], mine R, create func(context.Context, R) error) error {
	return appdialog.SaveNew(u.saver(), kind, mine, create)
}

// deleteOrKeep deletes rec (as read) with del; when the file cannot be
// reached the deletion is kept on this PC instead, and it returns nil.
func deleteOrKeep[R board.Versioned](u *UI, kind outbox.Kind[R], rec R, del func(ctx context.Context, id, version int64) error) error {
	return appdialog.DeleteOrKeep(u.saver(), kind, rec, del)
}

// keepEdit puts a save that could not reach the file into the outbox and
// shows the banner and the count.
func (l *live) keepEdit(es ...outbox.Edit) error {
	if l.box == nil {
		return board.Errorf(board.EUnavailable, "no outbox")
	}
	if _, err := l.box.AddAll(es...); err != nil {
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
	case outbox.KindCitizen.Name:
		resolveKeptOf(u, e, outbox.KindCitizen, s.FindCitizenByID, s.UpdateCitizen, nil, citizenField)
	case outbox.KindGoal.Name:
		resolveKeptOf(u, e, outbox.KindGoal, f.FindGoalByID, s.UpdateGoal, s.DeleteGoal, goalField)
	case outbox.KindAction.Name:
		resolveKeptOf(u, e, outbox.KindAction, f.FindActionByID, s.UpdateAction, s.DeleteAction, actionField)
	case outbox.KindCrisis.Name:
		resolveKeptOf(u, e, outbox.KindCrisis, f.FindCrisisPlan, s.SaveCrisisPlan, nil, crisisField)
	case outbox.KindContact.Name:
		resolveKeptOf(u, e, outbox.KindContact, f.FindContactByID, s.UpdateContact, s.DeleteContact, contactField)
	case outbox.KindMember.Name:
		resolveKeptOf(u, e, outbox.KindMember, s.FindMemberByID, s.UpdateMember, nil, memberField)
	case outbox.KindAppointment.Name:
		resolveKeptOf(u, e, outbox.KindAppointment, s.FindAppointmentByID, s.UpdateAppointment, s.DeleteAppointment, apptField)
	case outbox.KindMeeting.Name:
		resolveKeptOf(u, e, outbox.KindMeeting, s.FindMeetingByID, s.UpdateMeeting, nil, meetingField)
	default:
		u.keptLost(e, nil)
	}
}

// resolveKeptOf shows one held edit of a record of type R.
func resolveKeptOf[R board.Versioned](u *UI, e outbox.Edit, kind outbox.Kind[R], load func(context.Context, int64) (R, error), save func(context.Context, R) error,
	del func(ctx context.Context, id, version int64) error, fields func(*UI, string) conflictField[R]) {
	l := u.live
	base, mine, err := kind.Records(e)
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
		by, at := theirs.Stamped().UpdatedBy, theirs.Stamped().UpdatedAt
		dialog.ShowConfirm(T("live.conflict.title", "Changed on another PC"),
			T("live.kept.deleted_changed", "You deleted this while the team file could not be reached, but {{.By}} changed it at {{.At}}. Delete it anyway?",
				map[string]any{"By": by, "At": kit.FmtDateTime(at)}),
			func(yes bool) {
				if yes {
					if err := del(u.ctx, e.RowID, theirs.Stamped().Version); err != nil && board.ErrorCode(err) != board.ENotFound {
						kit.ShowError(u.win, err)
						return
					}
				}
				done()
			}, u.win)
		return
	}
	conflicts := board.MergeConflicts(base, mine, theirs)
	by := theirs.Stamped().UpdatedBy
	showConflictOf(u, mergeEdit[R]{kind: kind, base: base, mine: mine, save: save, fields: fields,
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
	if r, ok := u.page.(*citizenRecord); ok && !r.Dirty() {
		r.ReloadAll()
	}
	if u.live != nil {
		u.live.onChange()
	}
}

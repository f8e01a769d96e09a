package sqlcore

import (
	"context"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// Saves that could not reach the team file wait in the outbox (package
// outbox, whose typed kinds make them); ApplyPending replays them with
// the checks of a normal save.

// keptOps are the saves of one kind of record, for replay.
type keptOps[T board.Versioned] struct {
	kind   outbox.Kind[T]
	load   func(ctx context.Context, row int64) (T, error)
	create func(context.Context, T) error
	update func(context.Context, T) error
	delete func(ctx context.Context, id, version int64) error
}

// ApplyPending saves an outbox edit with the checks of a normal save: a
// record edited meanwhile on another PC is merged field by field
// (board.SaveMerged), and fields both changed give EConflict for the
// person to decide; a deletion of a record changed meanwhile gives
// EConflict too. A record already deleted elsewhere gives ENotFound on
// update and counts as done on deletion. It is an outbox.Applier through
// outbox.ApplyFunc(db.ApplyPending).
func (db *DB) ApplyPending(ctx context.Context, e outbox.Edit) error {
	switch e.Kind {
	case outbox.KindCitizen.Name:
		return replayKept(ctx, e, keptOps[*board.Citizen]{kind: outbox.KindCitizen, load: db.FindCitizenByID, create: db.CreateCitizen, update: db.UpdateCitizen})
	case outbox.KindNote.Name:
		_, n, err := outbox.KindNote.Records(e)
		if err != nil {
			return err
		}
		n.ID = 0
		return db.AddNote(ctx, n)
	case outbox.KindGoal.Name:
		return replayKept(ctx, e, keptOps[*board.Goal]{kind: outbox.KindGoal, load: db.FindGoalByID, create: db.CreateGoal, update: db.UpdateGoal, delete: db.DeleteGoal})
	case outbox.KindAction.Name:
		return replayKept(ctx, e, keptOps[*board.Action]{kind: outbox.KindAction, load: db.FindActionByID, create: db.CreateAction, update: db.UpdateAction, delete: db.DeleteAction})
	case outbox.KindCrisis.Name:
		return replayKept(ctx, e, keptOps[*board.CrisisPlan]{kind: outbox.KindCrisis, load: db.FindCrisisPlan, update: db.SaveCrisisPlan})
	case outbox.KindContact.Name:
		return replayKept(ctx, e, keptOps[*board.Contact]{kind: outbox.KindContact, load: db.FindContactByID, create: db.CreateContact, update: db.UpdateContact, delete: db.DeleteContact})
	case outbox.KindMember.Name:
		return replayKept(ctx, e, keptOps[*board.Member]{kind: outbox.KindMember, load: db.FindMemberByID, create: db.CreateMember, update: db.UpdateMember})
	case outbox.KindAppointment.Name:
		return replayKept(ctx, e, keptOps[*calendar.Appointment]{kind: outbox.KindAppointment, load: db.FindAppointmentByID, create: db.CreateAppointment,
			update: db.UpdateAppointment, delete: db.DeleteAppointment})
	case outbox.KindTheme.Name:
		return replayKept(ctx, e, keptOps[*board.Theme]{kind: outbox.KindTheme, load: db.FindThemeByID, create: db.CreateTheme, update: db.UpdateTheme, delete: db.DeleteTheme})
	case outbox.KindMeeting.Name:
		return replayKept(ctx, e, keptOps[*board.Meeting]{kind: outbox.KindMeeting, load: db.FindMeetingByID, update: db.UpdateMeeting})
	}
	return board.Errorf(board.EInvalid, "A kept change of kind %q cannot be saved by this version of Tavlen.", e.Kind)
}

// replayKept saves one kept edit of a record of type T.
func replayKept[T board.Versioned](ctx context.Context, e outbox.Edit, ops keptOps[T]) error {
	base, mine, err := ops.kind.Records(e)
	if err != nil {
		return err
	}
	switch {
	case e.Delete:
		if ops.delete == nil || ops.load == nil {
			return board.Errorf(board.EInvalid, "A kept deletion of a %s cannot be saved.", e.Kind)
		}
		return replayDelete(ctx, e.RowID, base, ops)
	case len(e.Base) == 0:
		if ops.create == nil {
			return board.Errorf(board.EInvalid, "A kept new %s cannot be saved.", e.Kind)
		}
		return ops.create(ctx, mine)
	}
	if ops.update == nil || ops.load == nil {
		return board.Errorf(board.EInvalid, "A kept change of a %s cannot be saved.", e.Kind)
	}
	_, err = board.SaveMerged(ctx, base, mine, func(ctx context.Context) (T, error) { return ops.load(ctx, e.RowID) }, ops.update)
	return err
}

// replayDelete deletes the record as read. When another PC saved it
// meanwhile without changing anything (only its stamp), it is deleted all
// the same; a real change needs the person (EConflict). Deleted already
// elsewhere is what was wanted.
func replayDelete[T board.Versioned](ctx context.Context, row int64, base T, ops keptOps[T]) error {
	err := ops.delete(ctx, row, base.Stamped().Version)
	switch board.ErrorCode(err) {
	case board.ENotFound:
		return nil
	case board.EConflict:
		theirs, lerr := ops.load(ctx, row)
		if board.ErrorCode(lerr) == board.ENotFound {
			return nil
		}
		if lerr != nil {
			return lerr
		}
		if len(board.ChangedFields(base, theirs)) > 0 {
			return err
		}
		if err = ops.delete(ctx, row, theirs.Stamped().Version); board.ErrorCode(err) == board.ENotFound {
			return nil
		}
	}
	return err
}

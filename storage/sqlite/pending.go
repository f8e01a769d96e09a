package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// Saves that could not reach the team file wait in the outbox (package
// outbox) as JSON; ApplyPending replays them with the checks of a normal
// save. An update carries the record as read (Base) and as edited (Mine)
// and is merged with what other PCs saved meanwhile; a create carries
// only Mine; a deletion carries the record as read, whose version must
// still be the stored one.

// Kinds of pending edits ApplyPending understands, one per kind of record.
const (
	PendingCitizen     = "citizen"     // *board.Citizen
	PendingNote        = "note"        // *board.Note (created only)
	PendingGoal        = "goal"        // *board.Goal
	PendingAction      = "action"      // *board.Action
	PendingCrisis      = "crisis"      // *board.CrisisPlan, updated only; RowID is the citizen's ID
	PendingContact     = "contact"     // *board.Contact
	PendingMember      = "member"      // *board.Member (never deleted)
	PendingAppointment = "appointment" // *calendar.Appointment, with its single-occurrence exceptions
)

// pendingKind names the kind of record v and its row.
func pendingKind(v any) (kind string, row int64, err error) {
	switch r := v.(type) {
	case *board.Citizen:
		if r != nil {
			return PendingCitizen, r.ID, nil
		}
	case *board.Note:
		if r != nil {
			return PendingNote, r.ID, nil
		}
	case *board.Goal:
		if r != nil {
			return PendingGoal, r.ID, nil
		}
	case *board.Action:
		if r != nil {
			return PendingAction, r.ID, nil
		}
	case *board.CrisisPlan:
		if r != nil {
			return PendingCrisis, r.CitizenID, nil
		}
	case *board.Contact:
		if r != nil {
			return PendingContact, r.ID, nil
		}
	case *board.Member:
		if r != nil {
			return PendingMember, r.ID, nil
		}
	case *calendar.Appointment:
		if r != nil {
			return PendingAppointment, r.ID, nil
		}
	}
	return "", 0, board.Errorf(board.EInvalid, "This change (%T) cannot be kept on this PC.", v)
}

// PendingUpdate makes the outbox edit of an update that could not reach
// the file: base is the record as read, mine as edited. A crisis plan not
// written yet is updated from an empty base with Version 0.
func PendingUpdate[T any](base, mine T, by string, at time.Time) (outbox.Edit, error) {
	kind, row, err := pendingKind(mine)
	if err != nil {
		return outbox.Edit{}, err
	}
	if row == 0 || kind == PendingNote {
		return outbox.Edit{}, board.Errorf(board.EInvalid, "A new %s is kept with PendingCreate.", kind)
	}
	b, err := json.Marshal(base)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending %s: %w", kind, err)
	}
	m, err := json.Marshal(mine)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending %s: %w", kind, err)
	}
	return outbox.Edit{Kind: kind, RowID: row, Base: b, Mine: m, By: by, At: at}, nil
}

// PendingCreate makes the outbox edit of a new record that could not reach
// the file.
func PendingCreate[T any](mine T, by string, at time.Time) (outbox.Edit, error) {
	kind, _, err := pendingKind(mine)
	if err != nil {
		return outbox.Edit{}, err
	}
	if kind == PendingCrisis {
		return outbox.Edit{}, board.Errorf(board.EInvalid, "A crisis plan is kept with PendingUpdate from an empty one.")
	}
	m, err := json.Marshal(mine)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending %s: %w", kind, err)
	}
	return outbox.Edit{Kind: kind, Mine: m, By: by, At: at}, nil
}

// PendingDelete makes the outbox edit of a deletion that could not reach
// the file; rec is the record as read.
func PendingDelete[T any](rec T, by string, at time.Time) (outbox.Edit, error) {
	kind, row, err := pendingKind(rec)
	if err != nil {
		return outbox.Edit{}, err
	}
	switch kind {
	case PendingGoal, PendingAction, PendingContact, PendingAppointment:
	default:
		return outbox.Edit{}, board.Errorf(board.EInvalid, "A %s cannot be deleted.", kind)
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending %s: %w", kind, err)
	}
	return outbox.Edit{Kind: kind, RowID: row, Base: b, Mine: b, By: by, At: at, Delete: true}, nil
}

// PendingCitizenEdit makes the outbox edit of a citizen save that could not
// reach the file.
func PendingCitizenEdit(base, mine *board.Citizen, by string, at time.Time) (outbox.Edit, error) {
	return PendingUpdate(base, mine, by, at)
}

// PendingNoteEdit makes the outbox edit of a new note; its At should be set
// to when the person wrote it.
func PendingNoteEdit(n *board.Note, by string) (outbox.Edit, error) {
	return PendingCreate(n, by, n.At)
}

// keptOps are the saves of one kind of record, for replay.
type keptOps[T any] struct {
	load   func(ctx context.Context, row int64) (T, error)
	create func(context.Context, T) error
	update func(context.Context, T) error
	delete func(ctx context.Context, id, version int64) error
}

// ApplyPending saves an outbox edit with the checks of a normal save: a
// record edited meanwhile on another PC is merged field by field
// (SaveMerged), and fields both changed give EConflict for the person to
// decide; a deletion of a record changed meanwhile gives EConflict too. A
// record already deleted elsewhere gives ENotFound on update and counts as
// done on deletion. It is an outbox.Applier through
// outbox.ApplyFunc(db.ApplyPending).
func (db *DB) ApplyPending(ctx context.Context, e outbox.Edit) error {
	switch e.Kind {
	case PendingCitizen:
		return replayKept(ctx, db, e, keptOps[*board.Citizen]{load: db.FindCitizenByID, create: db.CreateCitizen, update: db.UpdateCitizen})
	case PendingNote:
		return replayKept(ctx, db, e, keptOps[*board.Note]{create: func(ctx context.Context, n *board.Note) error {
			n.ID = 0
			return db.AddNote(ctx, n)
		}})
	case PendingGoal:
		return replayKept(ctx, db, e, keptOps[*board.Goal]{load: db.FindGoalByID, create: db.CreateGoal, update: db.UpdateGoal, delete: db.DeleteGoal})
	case PendingAction:
		return replayKept(ctx, db, e, keptOps[*board.Action]{load: db.FindActionByID, create: db.CreateAction, update: db.UpdateAction, delete: db.DeleteAction})
	case PendingCrisis:
		return replayKept(ctx, db, e, keptOps[*board.CrisisPlan]{load: db.FindCrisisPlan, update: db.SaveCrisisPlan})
	case PendingContact:
		return replayKept(ctx, db, e, keptOps[*board.Contact]{load: db.FindContactByID, create: db.CreateContact, update: db.UpdateContact, delete: db.DeleteContact})
	case PendingMember:
		return replayKept(ctx, db, e, keptOps[*board.Member]{load: db.FindMemberByID, create: db.CreateMember, update: db.UpdateMember})
	case PendingAppointment:
		return replayKept(ctx, db, e, keptOps[*calendar.Appointment]{load: db.FindAppointmentByID, create: db.CreateAppointment,
			update: db.UpdateAppointment, delete: db.DeleteAppointment})
	}
	return board.Errorf(board.EInvalid, "A kept change of kind %q cannot be saved by this version of Tavlen.", e.Kind)
}

// replayKept saves one kept edit of a record of type T (a pointer to a
// domain struct).
func replayKept[T any](ctx context.Context, db *DB, e outbox.Edit, ops keptOps[T]) error {
	mine, err := decodeKept[T](e.Mine)
	if err != nil {
		return err
	}
	switch {
	case e.Delete:
		if ops.delete == nil || ops.load == nil {
			return board.Errorf(board.EInvalid, "A kept deletion of a %s cannot be saved.", e.Kind)
		}
		base, err := decodeKept[T](e.Base)
		if err != nil {
			return err
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
	base, err := decodeKept[T](e.Base)
	if err != nil {
		return err
	}
	_, err = SaveMerged(ctx, base, mine, func(ctx context.Context) (T, error) { return ops.load(ctx, e.RowID) }, ops.update)
	return err
}

// replayDelete deletes the record as read. When another PC saved it
// meanwhile without changing anything (only its stamp), it is deleted all
// the same; a real change needs the person (EConflict). Deleted already
// elsewhere is what was wanted.
func replayDelete[T any](ctx context.Context, row int64, base T, ops keptOps[T]) error {
	err := ops.delete(ctx, row, versionOf(base))
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
		if len(changedFields(base, theirs)) > 0 {
			return err
		}
		if err = ops.delete(ctx, row, versionOf(theirs)); board.ErrorCode(err) == board.ENotFound {
			return nil
		}
	}
	return err
}

// decodeKept reads a kept record, with its times in Copenhagen like the
// ones read from the file, so the merge compares like with like.
func decodeKept[T any](data json.RawMessage) (T, error) {
	var v T
	if err := json.Unmarshal(data, &v); err != nil || isNil(v) {
		return v, board.Errorf(board.EInvalid, "A kept change is damaged and cannot be saved.")
	}
	inCopenhagen(reflect.ValueOf(&v).Elem())
	return v, nil
}

func isNil(v any) bool {
	r := reflect.ValueOf(v)
	return !r.IsValid() || (r.Kind() == reflect.Pointer && r.IsNil())
}

var timeType = reflect.TypeFor[time.Time]()

// inCopenhagen sets every non-zero time.Time reachable from v to the same
// instant in Copenhagen, as the storage reads times.
func inCopenhagen(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			inCopenhagen(v.Elem())
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			inCopenhagen(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == timeType {
			if t := v.Interface().(time.Time); !t.IsZero() && v.CanSet() {
				v.Set(reflect.ValueOf(t.In(calendar.Copenhagen)))
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				inCopenhagen(v.Field(i))
			}
		}
	}
}

// versionOf returns the Version a record was read at.
func versionOf(v any) int64 {
	f := reflect.Indirect(reflect.ValueOf(v)).FieldByName("Version")
	if !f.IsValid() || f.Kind() != reflect.Int64 {
		return 0
	}
	return f.Int()
}

// KeptRecords reads a kept edit's records as ApplyPending does (times in
// Copenhagen, like records read from the file), for the app to show a held
// one: base is unset for a new record.
func KeptRecords[T any](e outbox.Edit) (base, mine T, err error) {
	if mine, err = decodeKept[T](e.Mine); err != nil {
		return base, mine, err
	}
	if len(e.Base) > 0 {
		base, err = decodeKept[T](e.Base)
	}
	return base, mine, err
}

// Package saving is the one save path of the app and of meeting mode:
// every write of a record merges with what another PC saved meanwhile
// (board.SaveMerged), reports a real conflict for the person to decide,
// and keeps the edit on this PC (the outbox) when the team file is out of
// reach. A panic inside a save becomes ErrPanic, so no typed text is lost
// with the window. The screens show the outcome; this package has no UI.
package saving

import (
	"context"
	"errors"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// Keeper keeps an edit that could not reach the team file on this PC, to
// be saved once the file is back; it stamps who made it and when (At only
// when not set yet). It fails when there is no outbox.
type Keeper interface {
	// Keep keeps the edits all or none, in their order.
	Keep(es ...outbox.Edit) error
}

// Result is the outcome of Update.
type Result[T any] struct {
	board.Merged[T]
	// Kept reports that the file was out of reach and mine waits on this
	// PC; Saved is then mine.
	Kept bool
}

// Gone reports whether a save failed because the file could not be
// reached or another PC's lock was held beyond the timeout: the saves
// that are kept on this PC.
func Gone(err error) bool {
	code := board.ErrorCode(err)
	return code == board.EUnavailable || code == board.EBusy
}

// keep keeps the edit made by pending when err says the file is out of
// reach; it reports whether it was kept.
func keep(k Keeper, err error, pending func() (outbox.Edit, error)) bool {
	if k == nil || !Gone(err) {
		return false
	}
	e, perr := pending()
	if perr != nil {
		return false
	}
	return k.Keep(e) == nil
}

// Update saves mine, an edit of base, with save (a version-checked
// update), merging with another PC's save meanwhile (load reads it). On a
// real conflict it returns the EConflict error with Theirs, Merged and
// Conflicts set. When the file is out of reach the edit is kept with k
// (nil: never kept) and Update returns Kept and no error.
func Update[T board.Versioned](ctx context.Context, k Keeper, kind outbox.Kind[T], base, mine T,
	load func(context.Context) (T, error), save func(context.Context, T) error) (res Result[T], err error) {
	defer recoverSave(&err)
	res.Merged, err = board.SaveMerged(ctx, base, mine, load, save)
	if err != nil && keep(k, err, func() (outbox.Edit, error) { return kind.Update(base, mine) }) {
		res.Kept, res.Saved = true, mine
		return res, nil
	}
	return res, err
}

// Create saves a new record; when the file is out of reach it is kept
// with k instead and Create reports kept with no error.
func Create[T any](ctx context.Context, k Keeper, kind outbox.Kind[T], mine T, create func(context.Context, T) error) (kept bool, err error) {
	defer recoverSave(&err)
	err = create(ctx, mine)
	if err != nil && keep(k, err, func() (outbox.Edit, error) { return kind.Create(mine) }) {
		return true, nil
	}
	return false, err
}

// Delete deletes rec (as read) with del; when the file is out of reach
// the deletion is kept with k instead.
func Delete[T board.Versioned](ctx context.Context, k Keeper, kind outbox.Kind[T], rec T,
	del func(ctx context.Context, id, version int64) error) (kept bool, err error) {
	defer recoverSave(&err)
	err = del(ctx, rec.RecordID(), rec.Stamped().Version)
	if err != nil && keep(k, err, func() (outbox.Edit, error) { return kind.Delete(rec) }) {
		return true, nil
	}
	return false, err
}

// ErrPanic is returned by a save that panicked: nothing was saved, and
// the screen keeps what was typed. Its text is for logs; the screens
// show their "something went wrong inside" sentence.
var ErrPanic = errors.New("saving: the save stopped inside Tavlen")

// KeepUpdate keeps an update whose save already failed with err (one save
// of several made together); it reports whether it was kept, which only
// happens when err says the file is out of reach.
func KeepUpdate[T board.Versioned](k Keeper, kind outbox.Kind[T], err error, base, mine T) bool {
	return keep(k, err, func() (outbox.Edit, error) { return kind.Update(base, mine) })
}

// KeepCreate keeps a new record whose save already failed with err, as
// KeepUpdate does.
func KeepCreate[T any](k Keeper, kind outbox.Kind[T], err error, mine T) bool {
	return keep(k, err, func() (outbox.Edit, error) { return kind.Create(mine) })
}

// KeepTogether keeps the edits that several saves made together would
// have made, all or none, when err says the file is out of reach: never
// the first without the second (a series ended early without its second
// part would lose the later occurrences).
func KeepTogether(k Keeper, err error, pending ...func() (outbox.Edit, error)) bool {
	if k == nil || !Gone(err) {
		return false
	}
	es := make([]outbox.Edit, 0, len(pending))
	for _, p := range pending {
		e, perr := p()
		if perr != nil {
			return false
		}
		es = append(es, e)
	}
	return k.Keep(es...) == nil
}

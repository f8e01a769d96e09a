package dialog

import (
	"context"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// Every form saves through the one save path (package saving, over
// board.SaveMerged): when another PC saved the same record meanwhile,
// fields only one side changed are merged without a question, and fields
// both changed open the conflict dialog (their version beside mine, keep
// theirs, or apply mine on top). Typed text is never thrown away without
// the person choosing so. When the file cannot be reached or stays busy,
// the save is kept on this PC (the Keeper) and counts as saved.

// Saver is what a form's save needs from the shell.
type Saver struct {
	Ctx context.Context
	// Keeper keeps a save on this PC while the file is out of reach.
	Keeper saving.Keeper
	// Dialogs opens the conflict question.
	Dialogs *Host
}

// Edit is one save of an edited record of type R (a pointer to a domain
// struct).
type Edit[R board.Versioned] struct {
	Kind       outbox.Kind[R]                   // how the outbox keeps it when the file is gone
	Base, Mine R                                // as read for the form, and as edited
	Load       func(context.Context) (R, error) // reads the stored version again
	Save       func(context.Context, R) error   // the service's update (version checked)
	Fields     func(field string) Field[R]      // names and shows a field in the dialog; nil = Go names
	Intro      string                           // the dialog's first sentence; "" = the general one
}

// Field is how the conflict dialog names and shows one field; an empty
// Label or nil Text falls back to the Go name and plain value.
type Field[R any] struct {
	Label string
	Text  func(R) string
}

// ErrAsked keeps a form open after a conflict: the conflict dialog now
// asks, and the form's typed text stays until the person chose.
var ErrAsked = kit.ErrPlain("")

// KeptText is what a form says after its save was kept on this PC.
func KeptText() string {
	return T("live.kept_here", "The team file cannot be reached right now. Your changes are kept on this PC and saved as soon as it can be reached.")
}

// SaveEdit saves e. On success stored gets the record as now stored
// (later=false) and a note to show when another PC's changes were merged
// in ("" when none). When both changed the same fields it opens the
// conflict dialog and returns ErrAsked; stored then runs after the person
// chose to keep theirs or apply mine (later=true). When the file cannot
// be reached or stays busy, the edit is kept on this PC and stored gets
// mine with KeptText. Other errors come back as they are, with nothing
// lost.
func SaveEdit[R board.Versioned](s Saver, e Edit[R], stored func(v R, later bool, note string)) error {
	res, err := saving.Update(s.Ctx, s.Keeper, e.Kind, e.Base, e.Mine, e.Load, e.Save)
	switch {
	case err == nil && res.Kept:
		stored(e.Mine, false, KeptText())
		return nil
	case err == nil:
		note := ""
		if res.AutoMerged {
			note = MergedText(res.Theirs.Stamped().UpdatedBy)
		}
		stored(res.Saved, false, note)
		return nil
	case board.ErrorCode(err) == board.EConflict && len(res.Conflicts) > 0:
		ShowConflict(s, e, res.Theirs, res.Conflicts, func(v R) { stored(v, true, "") })
		return ErrAsked
	}
	return err
}

// MergedText says a save went in together with another PC's changes.
func MergedText(by string) string {
	return T("live.merged", "Saved together with the changes {{.By}} made meanwhile.", map[string]any{"By": by})
}

// SaveNew creates mine; when the file cannot be reached it is kept on
// this PC instead, and SaveNew returns nil all the same.
func SaveNew[R any](s Saver, kind outbox.Kind[R], mine R, create func(context.Context, R) error) error {
	_, err := saving.Create(s.Ctx, s.Keeper, kind, mine, create)
	return err
}

// DeleteOrKeep deletes rec (as read) with del; when the file cannot be
// reached the deletion is kept on this PC instead, and it returns nil.
func DeleteOrKeep[R board.Versioned](s Saver, kind outbox.Kind[R], rec R, del func(ctx context.Context, id, version int64) error) error {
	_, err := saving.Delete(s.Ctx, s.Keeper, kind, rec, del)
	return err
}

// CloseAfter runs after a form dialog's record was stored; later means
// the person chose in the conflict dialog, so the form is still open and
// closes now.
func CloseAfter(d *Form, later bool, after func()) {
	if later && d != nil {
		d.Hide()
	}
	if after != nil {
		after()
	}
}

package app

import (
	"context"

	"tavlen/app/dialog"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// The shell's forms save edits through dialog.SaveEdit (the one save path
// with the conflict question); these adapters give it the shell's window,
// file and outbox.

// conflictField is how the conflict dialog names and shows one field.
type conflictField[R any] = dialog.Field[R]

// mergeEdit is one save of an edited record of type R; fields gets the
// shell for fields shown with the team's names.
type mergeEdit[R board.Versioned] struct {
	kind       outbox.Kind[R]
	base, mine R
	load       func(ctx context.Context) (R, error)
	save       func(ctx context.Context, v R) error
	fields     func(u *UI, field string) conflictField[R]
	intro      string
}

// errAsked keeps a form open after a conflict (dialog.ErrAsked).
var errAsked = dialog.ErrAsked

// closeAfter closes a form whose save waited for the conflict question.
var closeAfter = dialog.CloseAfter

// saver is what dialog's saves need from the shell.
func (u *UI) saver() dialog.Saver {
	return dialog.Saver{Ctx: u.ctx, Keeper: u.keeper(), Dialogs: u.dialogs}
}

// edit is e for package dialog.
func (e mergeEdit[R]) edit(u *UI) dialog.Edit[R] {
	var fields func(string) dialog.Field[R]
	if e.fields != nil {
		fields = func(f string) dialog.Field[R] { return e.fields(u, f) }
	}
	return dialog.Edit[R]{Kind: e.kind, Base: e.base, Mine: e.mine, Load: e.load, Save: e.save, Fields: fields, Intro: e.intro}
}

// saveEdit saves e through dialog.SaveEdit.
func saveEdit[R board.Versioned](u *UI, e mergeEdit[R], stored func(v R, later bool, note string)) error {
	return dialog.SaveEdit(u.saver(), e.edit(u), stored)
}

// showConflictOf is dialog.ShowConflict for e.
func showConflictOf[R board.Versioned](u *UI, e mergeEdit[R], theirs R, conflicts []string, done func(R)) {
	dialog.ShowConflict(u.saver(), e.edit(u), theirs, conflicts, done)
}

// keptText is what a form says after its save was kept on this PC.
func keptText() string { return dialog.KeptText() }

var yesNo = dialog.YesNo

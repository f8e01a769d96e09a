package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// Kinds of pending edits ApplyPending understands.
const (
	PendingCitizen = "citizen" // an update of a citizen: Base and Mine are *board.Citizen
	PendingNote    = "note"    // a new progress note: Mine is *board.Note
)

// PendingCitizenEdit makes the outbox edit of a citizen save that could not
// reach the file.
func PendingCitizenEdit(base, mine *board.Citizen, by string, at time.Time) (outbox.Edit, error) {
	b, err := json.Marshal(base)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending citizen: %w", err)
	}
	m, err := json.Marshal(mine)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending citizen: %w", err)
	}
	return outbox.Edit{Kind: PendingCitizen, RowID: mine.ID, Base: b, Mine: m, By: by, At: at}, nil
}

// PendingNoteEdit makes the outbox edit of a new note; its At should be set
// to when the person wrote it.
func PendingNoteEdit(n *board.Note, by string) (outbox.Edit, error) {
	m, err := json.Marshal(n)
	if err != nil {
		return outbox.Edit{}, fmt.Errorf("storage: pending note: %w", err)
	}
	return outbox.Edit{Kind: PendingNote, Mine: m, By: by, At: n.At}, nil
}

// ApplyPending saves an outbox edit with the checks of a normal save: a
// citizen edited meanwhile on another PC is merged field by field
// (SaveMerged), and fields both changed give EConflict for the person to
// decide. It is an outbox.Applier through outbox.ApplyFunc(db.ApplyPending).
func (db *DB) ApplyPending(ctx context.Context, e outbox.Edit) error {
	switch e.Kind {
	case PendingCitizen:
		var base, mine board.Citizen
		if err := json.Unmarshal(e.Base, &base); err != nil {
			return board.Errorf(board.EInvalid, "A kept edit is damaged and cannot be saved.")
		}
		if err := json.Unmarshal(e.Mine, &mine); err != nil {
			return board.Errorf(board.EInvalid, "A kept edit is damaged and cannot be saved.")
		}
		_, err := SaveMerged(ctx, &base, &mine,
			func(ctx context.Context) (*board.Citizen, error) { return db.FindCitizenByID(ctx, mine.ID) },
			db.UpdateCitizen)
		return err
	case PendingNote:
		var n board.Note
		if err := json.Unmarshal(e.Mine, &n); err != nil {
			return board.Errorf(board.EInvalid, "A kept note is damaged and cannot be saved.")
		}
		n.ID = 0
		return db.AddNote(ctx, &n)
	}
	return board.Errorf(board.EInvalid, "A kept edit of kind %q cannot be saved by this version of Tavlen.", e.Kind)
}

package sqlcore

import (
	"context"

	"tavlen/board"
)

// Single records read by their ID: what a merge reads again as "theirs"
// when another PC saved the record meanwhile.

// FindGoalByID returns one goal; ENotFound when it was deleted.
func (db *DB) FindGoalByID(ctx context.Context, id int64) (*board.Goal, error) {
	var list []*board.Goal
	err := db.read(ctx, func(tx *Q) (err error) {
		list, err = findGoals(ctx, tx, "id = ?", id)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The goal no longer exists; someone may have deleted it.")
	}
	return list[0], nil
}

// FindActionByID returns one action; ENotFound when it was deleted.
func (db *DB) FindActionByID(ctx context.Context, id int64) (*board.Action, error) {
	var list []*board.Action
	err := db.read(ctx, func(tx *Q) (err error) {
		list, err = queryActions(ctx, tx, " WHERE id = ?", id)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The action no longer exists; someone may have deleted it.")
	}
	return list[0], nil
}

// FindContactByID returns one contact; ENotFound when it was deleted.
func (db *DB) FindContactByID(ctx context.Context, id int64) (*board.Contact, error) {
	var list []*board.Contact
	err := db.read(ctx, func(tx *Q) (err error) {
		list, err = queryContacts(ctx, tx, " WHERE id = ?", id)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The contact no longer exists; someone may have deleted it.")
	}
	return list[0], nil
}

// FindCrisisPlan returns a citizen's crisis plan; when none was written
// yet, an empty one with Version 0 (which SaveCrisisPlan creates).
func (db *DB) FindCrisisPlan(ctx context.Context, citizenID int64) (*board.CrisisPlan, error) {
	var p *board.CrisisPlan
	err := db.read(ctx, func(tx *Q) (err error) {
		p, err = findCrisisPlan(ctx, tx, citizenID)
		return err
	})
	if err != nil {
		return nil, err
	}
	if p == nil {
		p = &board.CrisisPlan{CitizenID: citizenID}
	}
	return p, nil
}

package sqlcore

import (
	"fmt"
	"time"

	"tavlen/board"
)

// Optimistic concurrency: every editable row has version, updated_at and
// updated_by. A save names the version it read; the write transaction
// compares it with the stored one and refuses a stale save with an
// EConflict error saying who saved the newer version and when.

// checkStamp returns ENotFound when stored is nil (the row is gone) and
// EConflict when the stored version is not the one the caller read.
func checkStamp(what string, found bool, stored board.Stamp, read int64) error {
	if !found {
		return board.Errorf(board.ENotFound, "%s no longer exists; someone may have deleted it.", what)
	}
	if stored.Version != read {
		by := stored.UpdatedBy
		if by == "" {
			by = "another PC"
		}
		return board.ConflictError(what, by, stored.UpdatedAt)
	}
	return nil
}

// exec1 runs an UPDATE or DELETE and checks that an UPDATE or DELETE guarded by "AND version = ?" hit
// its row. The stamp was checked first in the same transaction, so a miss
// here is a bug or a concurrent writer without BEGIN IMMEDIATE.
func (t *Tx) exec1(what, query string, args ...any) error {
	res, err := t.Exec(query, args...)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n != 1 {
		return &board.Error{Code: board.EConflict, Message: fmt.Sprintf("%s was changed by someone else after you opened it", what)}
	}
	return nil
}

// stampOf builds a Stamp from stored columns.
func stampOf(version, at int64, by string) board.Stamp {
	return board.Stamp{Version: version, UpdatedAt: fromNS(at), UpdatedBy: by}
}

// stamp sets s to the stamp of a save made by t.
func (t *Tx) stamp(s *board.Stamp, version int64) {
	*s = board.Stamp{Version: version, UpdatedAt: t.now, UpdatedBy: t.member}
}

func itoa(n int64) string { return fmt.Sprint(n) }

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02 15:04")
}

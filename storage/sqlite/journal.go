package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"

	"tavlen/board"
)

// A team file is never in WAL mode: WAL needs shared memory, which a
// network share does not give between PCs. Open refuses a WAL file, but
// another program can switch the file while Tavlen has it open; SQLite
// then follows the file into WAL. So every write transaction asks the
// mode first (a pragma read, no I/O) and writes only in rollback mode.

// errNotRollbackJournal is returned by writeOnce when the file is in
// another journal mode; write then puts the mode back and tries once more.
var errNotRollbackJournal = errors.New("storage: team file is not in rollback-journal mode")

func checkJournalMode(ctx context.Context, t *sql.Tx) error {
	var mode string
	if err := t.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return mapErr(err, "journal mode")
	}
	if !strings.EqualFold(mode, "delete") {
		return errNotRollbackJournal
	}
	return nil
}

// restoreRollbackJournal switches the file back to a rollback journal.
// SQLite can do so only while no other connection has it open in WAL mode,
// our own included: the watcher's connection and idle ones in the pool
// that have read the file since the switch hold it in WAL, so they are
// closed first (the watcher's reopens on its next poll, see dataVersion).
func (db *DB) restoreRollbackJournal(ctx context.Context) error {
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	db.closeWatchConn()
	db.dropIdleConns()
	// A new connection puts the mode back as it opens (the DSN's pragma)
	// and fails as busy when it cannot.
	c, err := db.SQL.Conn(ctx)
	if err != nil {
		if err := mapErr(err, "journal mode"); board.ErrorCode(err) != board.EBusy {
			return err
		}
		return errWALNotUndone(db.path)
	}
	defer c.Close()
	var mode string
	if err := c.QueryRowContext(ctx, `PRAGMA journal_mode=DELETE`).Scan(&mode); err != nil || !strings.EqualFold(mode, "delete") {
		return errWALNotUndone(db.path)
	}
	return nil
}

func errWALNotUndone(path string) error {
	return board.Errorf(board.EUnavailable, "Another program has switched the team file %s to WAL mode, which is not safe on a network share, and still has it open; nothing was saved. Close that program, then save again.", filepath.Base(path))
}

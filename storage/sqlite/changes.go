package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"tavlen/board"
)

// DataVersion returns SQLite's PRAGMA data_version on a connection kept for
// the purpose: it changes when another connection or process commits. It is
// a cheap first test before ChangeSeq.
func (db *DB) DataVersion(ctx context.Context) (int64, error) {
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	return db.dataVersion(ctx)
}

func (db *DB) dataVersion(ctx context.Context) (int64, error) {
	if db.watch == nil {
		c, err := db.SQL.Conn(ctx)
		if err != nil {
			return 0, mapErr(err, "watch")
		}
		db.watch = c
	}
	var v int64
	if err := db.watch.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, mapErr(err, "data version")
	}
	return v, nil
}

// closeWatchConn closes the watcher's connection; dataVersion opens a new
// one on the next poll. data_version is per connection, so the change
// sequence is read afresh then. Call with watchMu held.
func (db *DB) closeWatchConn() {
	if db.watch != nil {
		_ = db.watch.Close()
		db.watch = nil
	}
	db.watchRead = false
}

// maxIdleConns is the pool's idle limit (database/sql's default, too).
const maxIdleConns = 2

// dropIdleConns closes the pool's idle connections, so that the next
// statements open the path afresh (see open.go for the idle limit).
func (db *DB) dropIdleConns() {
	db.SQL.SetMaxIdleConns(0)
	db.SQL.SetMaxIdleConns(maxIdleConns)
}

// WatchVersion is the version a watcher polls (a watch.VersionFunc): the
// change sequence, read only when PRAGMA data_version says another
// connection committed. So it changes with every change to the team's
// data, and not with presence beats, which commit without a change-log
// row. It also notices a file that became read-only (see ReadOnly) and
// returns EUnavailable when the file is gone from its path.
func (db *DB) WatchVersion(ctx context.Context) (int64, error) {
	if err := db.checkFile(); board.ErrorCode(err) == board.EUnavailable || board.ErrorCode(err) == board.EForeignFile {
		return 0, err
	}
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	dv, err := db.dataVersion(ctx)
	if err != nil {
		return 0, err
	}
	if db.watchRead && dv == db.watchData {
		return db.watchVersionOf(db.watchSeq), nil
	}
	var seq int64
	var page []byte
	var stamp sql.NullInt64
	if err := db.watch.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0), (`+changeCounterSQL+`), (SELECT counter FROM commit_stamp WHERE id = 1) FROM changes`).Scan(&seq, &page, &stamp); err != nil {
		return 0, mapErr(err, "change sequence")
	}
	db.noteForeign(page, stamp) // foreign.go
	db.watchData, db.watchSeq, db.watchRead = dv, seq, true
	db.releaseIfWAL(ctx)
	return db.watchVersionOf(seq), nil
}

// releaseIfWAL closes the watcher's connection when another program has
// switched the file to WAL: having read the file, it holds it open in WAL,
// and then no connection of ours can put the mode back (see journal.go).
// The next poll opens a new one, which does. Call with watchMu held.
func (db *DB) releaseIfWAL(ctx context.Context) {
	var mode string
	if err := db.watch.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err == nil && !strings.EqualFold(mode, "wal") {
		return
	}
	db.closeWatchConn()
}

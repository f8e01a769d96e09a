// Package sqlite keeps a team's board in one SQLite file (modernc.org/sqlite,
// no cgo), in a way that is safe on a network share used by several PCs at
// once: rollback journal, synchronous=FULL, short BEGIN IMMEDIATE write
// transactions, optimistic concurrency on every editable row, and an
// append-only, hash-chained history of every change. The services
// themselves are storage/internal/sqlcore's; this package is the file.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Options configure an open team file.
type Options struct {
	Now      func() time.Time // nil = time.Now; every transaction uses one fixed now
	Member   string           // initials of the member working on this PC (audit)
	ReadOnly bool             // open read-only on purpose
	// BusyTimeout is how long a statement waits for another PC's lock
	// before giving up with EBusy (0 = 5 s).
	BusyTimeout time.Duration
}

// DB is an open team file. Its services (sqlcore.DB's) implement the
// board's and the calendar's service interfaces.
type DB struct {
	*sqlcore.DB
	path     string
	readOnly bool
	corrupt  bool

	// lostWrite is set while the file cannot be written although it was
	// opened for writing: made read-only, or gone with its folder.
	lostWrite atomic.Bool

	// watch is a connection kept for PRAGMA data_version, which only
	// reports commits made through other connections.
	watchMu   sync.Mutex
	watch     *sql.Conn
	watchData int64 // data_version when watchSeq was read
	watchSeq  int64 // ChangeSeq as WatchVersion saw it last
	watchRead bool  // watchData and watchSeq are set
	ws        watchState
	openedMu  sync.Mutex
	opened    os.FileInfo // the file the connections have open (see foreign.go)
	foreign   error       // set while opened is not a Tavlen file; guarded by openedMu
}

// tx is a write transaction of the shared services.
type tx = sqlcore.Tx

// dialect is SQLite's SQL where the services' statements differ.
var dialect = &sqlcore.Dialect{
	NameOrder:    "name COLLATE NOCASE",
	TeamRow:      "1",
	InsertChange: `INSERT INTO changes (tbl, row_id, citizen_id, at, by_member) VALUES (?, ?, ?, ?, ?)`,
	FactsInsert:  "INSERT OR REPLACE",
}

func newDB(path string, opt Options) *DB {
	db := &DB{path: path, readOnly: opt.ReadOnly}
	db.DB = sqlcore.New(dialect, sqlcore.Hooks{
		ReadOnly:    func() bool { return db.readOnly },
		ErrReadOnly: errReadOnly,
		Write:       db.writeFile,
		BeginWrite:  db.beginWrite,
		DriverErr:   driverErr,
		ReadOptions: &sql.TxOptions{ReadOnly: true},
		BeforeRead:  db.refuseForeign, // foreign.go
		ChangesTail: db.reloadNotice,  // foreign.go
	}, opt.Now, opt.Member)
	return db
}

// Close closes the file.
func (db *DB) Close() error {
	var errs []error
	db.watchMu.Lock()
	if db.watch != nil {
		errs = append(errs, db.watch.Close())
		db.watch = nil
	}
	db.watchMu.Unlock()
	if db.SQL != nil {
		errs = append(errs, db.SQL.Close())
	}
	unregisterOpen(db.path)
	return errors.Join(errs...)
}

// Path returns the path of the team file.
func (db *DB) Path() string { return db.path }

// ReadOnly reports whether the file is open read-only (on purpose, because
// the file or its folder cannot be written, or because it failed its check),
// or was found read-only since it was opened by the last write or watch
// poll (see checkFile).
func (db *DB) ReadOnly() bool {
	return db.readOnly || db.lostWrite.Load()
}

// Corrupt reports whether the file failed PRAGMA quick_check on open. It is
// then open read-only, and the app should offer RestoreLatestBackup.
func (db *DB) Corrupt() bool { return db.corrupt }

// writeFile runs one write (a short BEGIN IMMEDIATE transaction, the DSN's
// _txlock) after looking at the file, and again once when another program
// had switched the file to WAL (see journal.go).
func (db *DB) writeFile(ctx context.Context, attempt func() error) error {
	if err := db.checkFile(); err != nil {
		return err
	}
	err := attempt()
	if errors.Is(err, errNotRollbackJournal) {
		// Another program switched the file to WAL: put it back, once.
		if err := db.restoreRollbackJournal(ctx); err != nil {
			return err
		}
		err = attempt()
		if errors.Is(err, errNotRollbackJournal) {
			return errWALNotUndone(db.path)
		}
	}
	return err
}

// beginWrite runs first in every write transaction: it writes nothing
// unless the file is in rollback-journal mode, and stamps the commit.
func (db *DB) beginWrite(t *tx) error {
	if err := checkJournalMode(context.Background(), t.Tx); err != nil {
		return err
	}
	return stampCommit(t)
}

func errReadOnly() error {
	return board.Errorf(board.EReadOnly, "The team file is open read-only; changes cannot be saved.")
}

// mapErr turns SQLite's busy and read-only errors into board errors a
// person can act on, and wraps anything else with what was being done.
// Board and calendar errors pass through unchanged.
func mapErr(err error, doing string) error { return sqlcore.MapErr(err, doing, driverErr) }

func driverErr(err error, doing string) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return &board.Error{Code: board.EBusy, Message: "Another PC is saving to the team file; try again in a moment."}
		case sqlite3.SQLITE_READONLY:
			return errReadOnly()
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return board.Errorf(board.ECorrupt, "The team file is damaged.")
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR:
			return board.Errorf(board.EUnavailable, "The team file cannot be reached (%s).", doing)
		}
	}
	return nil
}

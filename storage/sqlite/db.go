// Package sqlite keeps a team's board in one SQLite file (modernc.org/sqlite,
// no cgo), in a way that is safe on a network share used by several PCs at
// once: rollback journal, synchronous=FULL, short BEGIN IMMEDIATE write
// transactions, optimistic concurrency on every editable row, and an
// append-only, hash-chained history of every change.
package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/user"
	"sync"
	"sync/atomic"
	"time"

	"tavlen/board"
	"tavlen/calendar"

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

// DB is an open team file. It implements the board's and the calendar's
// service interfaces.
type DB struct {
	sql      *sql.DB
	path     string
	now      func() time.Time
	readOnly bool
	corrupt  bool
	session  string // random per open: this copy's presence row

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

	mu      sync.Mutex
	member  string
	osUser  string
	machine string
}

// Interface checks: the app reaches storage only through these.
var (
	_ board.MemberService  = (*DB)(nil)
	_ board.CitizenService = (*DB)(nil)
	_ board.NoteService    = (*DB)(nil)
	_ board.PlanService    = (*DB)(nil)
	_ board.ContactService = (*DB)(nil)
	_ board.MeetingService = (*DB)(nil)
	_ board.AuditService   = (*DB)(nil)
	_ board.TeamService    = (*DB)(nil)
	_ board.BoardService   = (*DB)(nil)
	_ calendar.Service     = (*DB)(nil)
)

func newDB(path string, opt Options) *DB {
	db := &DB{path: path, now: opt.Now, member: opt.Member, readOnly: opt.ReadOnly}
	if db.now == nil {
		db.now = time.Now
	}
	if u, err := user.Current(); err == nil {
		db.osUser = u.Username
	}
	db.machine, _ = os.Hostname()
	var b [8]byte
	_, _ = rand.Read(b[:])
	db.session = hex.EncodeToString(b[:])
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
	if db.sql != nil {
		errs = append(errs, db.sql.Close())
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

// SetMember sets the initials written into the history from now on.
func (db *DB) SetMember(initials string) {
	db.mu.Lock()
	db.member = initials
	db.mu.Unlock()
}

// Member returns the initials written into the history.
func (db *DB) Member() string {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.member
}

// Now returns the current time from the injected clock.
func (db *DB) Now() time.Time { return db.now() }

// tx is a write transaction with the one time, member, OS user and machine
// that every row it writes is stamped with.
type tx struct {
	*sql.Tx
	db     *DB
	now    time.Time
	member string
}

// write runs fn in a short BEGIN IMMEDIATE transaction (the DSN's _txlock)
// and commits it. Nothing in fn waits for a person.
func (db *DB) write(ctx context.Context, fn func(*tx) error) error {
	if db.readOnly {
		return errReadOnly()
	}
	if t := db.batchOf(ctx); t != nil {
		return t.savepoint(fn)
	}
	if err := db.checkFile(); err != nil {
		return err
	}
	err := db.writeOnce(ctx, fn)
	if errors.Is(err, errNotRollbackJournal) {
		// Another program switched the file to WAL: put it back, once.
		if err := db.restoreRollbackJournal(ctx); err != nil {
			return err
		}
		err = db.writeOnce(ctx, fn)
		if errors.Is(err, errNotRollbackJournal) {
			return errWALNotUndone(db.path)
		}
	}
	return err
}

// writeOnce is one write transaction; it writes nothing unless the file
// is in rollback-journal mode (see journal.go).
func (db *DB) writeOnce(ctx context.Context, fn func(*tx) error) error {
	sqlTx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err, "begin")
	}
	if err := checkJournalMode(ctx, sqlTx); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	t := &tx{Tx: sqlTx, db: db, now: db.now(), member: db.Member()}
	if err := t.stampCommit(); err != nil {
		_ = sqlTx.Rollback()
		return mapErr(err, "write")
	}
	if err := fn(t); err != nil {
		_ = sqlTx.Rollback()
		return mapErr(err, "write")
	}
	if err := sqlTx.Commit(); err != nil {
		return mapErr(err, "commit")
	}
	return nil
}

// read runs fn in a read transaction so that its queries see one snapshot.
// fn must read its rows fully; no cursor outlives it.
func (db *DB) read(ctx context.Context, fn func(*sql.Tx) error) error {
	if t := db.batchOf(ctx); t != nil {
		return mapErr(fn(t.Tx), "read")
	}
	sqlTx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return mapErr(err, "begin read")
	}
	defer func() { _ = sqlTx.Rollback() }()
	if err := fn(sqlTx); err != nil {
		return mapErr(err, "read")
	}
	return nil
}

func errReadOnly() error {
	return board.Errorf(board.EReadOnly, "The team file is open read-only; changes cannot be saved.")
}

// mapErr turns SQLite's busy and read-only errors into board errors a
// person can act on, and wraps anything else with what was being done.
// Board and calendar errors pass through unchanged.
func mapErr(err error, doing string) error {
	if err == nil {
		return nil
	}
	if board.AsError(err) != nil {
		return err
	}
	var ve *calendar.ValidationError
	if errors.As(err, &ve) {
		return board.Errorf(board.EInvalid, "%s", ve.Message)
	}
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
	return fmt.Errorf("storage: %s: %w", doing, err)
}

// Time and date encoding. Times are Unix nanoseconds, read back in
// Copenhagen; the zero time is NULL. Dates are 'YYYY-MM-DD', '' when unset.

func ts(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func tsNotNull(t time.Time) int64 { return t.UnixNano() }

func fromTS(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).In(calendar.Copenhagen)
}

func fromNS(n int64) time.Time { return time.Unix(0, n).In(calendar.Copenhagen) }

func dateText(d board.Date) string { return d.String() }

// parseDate reads a stored 'YYYY-MM-DD' without time.Parse, which the
// board's thousands of rows would feel; anything else is the zero Date.
func parseDate(s string) board.Date {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return board.Date{}
	}
	num := func(p string) int {
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return -1
			}
			n = n*10 + int(p[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return board.Date{}
	}
	return board.Date{Year: y, Month: time.Month(m), Day: d}
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

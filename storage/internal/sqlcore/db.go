// Package sqlcore is the one implementation of Tavlen's services over
// database/sql, shared by the storage adapters: the team file
// (storage/sqlite) and the region database (storage/postgres). Each adapter
// opens its database, gives a Dialect for the few statements that differ
// and Hooks for what it does around a write; the rules, the history chain
// and the change log live here once.
package sqlcore

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
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Hooks are what an adapter does around the shared services.
type Hooks struct {
	// ReadOnly reports whether the store was opened read-only; writes are
	// then refused with ErrReadOnly.
	ReadOnly    func() bool
	ErrReadOnly func() error
	// Write runs one write attempt (nil: just once). The team file looks
	// at its file first and retries after putting its journal mode back.
	Write func(ctx context.Context, attempt func() error) error
	// BeginWrite runs first in every write transaction: the team file's
	// journal check and commit stamp, the region's per-team lock.
	BeginWrite func(t *Tx) error
	// DriverErr maps the driver's errors to board errors (nil: not one it
	// knows).
	DriverErr func(err error, doing string) error
	// ReadOptions are the options of read transactions.
	ReadOptions *sql.TxOptions
	// BeforeRead may refuse a read (nil: never); the team file refuses
	// while a foreign file is at its path.
	BeforeRead func() error
	// ChangesTail may add changes after the logged ones, given the
	// latest sequence number (the team file's reload notice).
	ChangesTail func(maxSeq int64) (board.Change, bool)
}

// DB is the services over one open database.
type DB struct {
	SQL     *sql.DB // set by the adapter; may be replaced (a reopen)
	dialect *Dialect
	hooks   Hooks
	now     func() time.Time
	session string // random per open: this copy's presence row

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

// New makes the services for an adapter; now nil is time.Now.
func New(d *Dialect, h Hooks, now func() time.Time, member string) *DB {
	db := &DB{dialect: d, hooks: h, now: now, member: member}
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

// ReadOnly reports whether the store is open read-only.
func (db *DB) ReadOnly() bool { return db.hooks.ReadOnly() }

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

// Tx is a write transaction with the one time, member, OS user and machine
// that every row it writes is stamped with.
type Tx struct {
	*Q
	db     *DB
	now    time.Time
	member string
}

// At is the time every row of the transaction is stamped with.
func (t *Tx) At() time.Time { return t.now }

// By is the member every row of the transaction is stamped with.
func (t *Tx) By() string { return t.member }

// Write runs fn in a short write transaction and commits it. Nothing in
// fn waits for a person. Inside a Batch it is a savepoint of the batch.
func (db *DB) Write(ctx context.Context, fn func(*Tx) error) error {
	if db.hooks.ReadOnly() {
		return db.hooks.ErrReadOnly()
	}
	if t := db.batchOf(ctx); t != nil {
		return t.savepoint(fn)
	}
	attempt := func() error { return db.writeOnce(ctx, fn) }
	if db.hooks.Write != nil {
		return db.hooks.Write(ctx, attempt)
	}
	return attempt()
}

func (db *DB) write(ctx context.Context, fn func(*Tx) error) error { return db.Write(ctx, fn) }

func (db *DB) writeOnce(ctx context.Context, fn func(*Tx) error) error {
	raw, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return db.mapErr(err, "begin")
	}
	t := &Tx{Q: db.q(ctx, raw), db: db, now: db.now(), member: db.Member()}
	if db.hooks.BeginWrite != nil {
		if err := db.hooks.BeginWrite(t); err != nil {
			_ = raw.Rollback()
			return db.mapErr(err, "write")
		}
	}
	if err := fn(t); err != nil {
		_ = raw.Rollback()
		return db.mapErr(err, "write")
	}
	if err := raw.Commit(); err != nil {
		return db.mapErr(err, "commit")
	}
	return nil
}

// Bind makes raw, a transaction the adapter began itself (the region's new
// team, bound to it before anything is written), a Tx of the services.
func (db *DB) Bind(ctx context.Context, raw *sql.Tx) *Tx {
	return &Tx{Q: db.q(ctx, raw), db: db, now: db.now(), member: db.Member()}
}

// Read runs fn in a read transaction so that its queries see one
// snapshot. fn must read its rows fully; no cursor outlives it.
func (db *DB) Read(ctx context.Context, fn func(*Q) error) error {
	if t := db.batchOf(ctx); t != nil {
		return db.mapErr(fn(t.Q), "read")
	}
	if db.hooks.BeforeRead != nil {
		if err := db.hooks.BeforeRead(); err != nil {
			return err
		}
	}
	raw, err := db.SQL.BeginTx(ctx, db.hooks.ReadOptions)
	if err != nil {
		return db.mapErr(err, "begin read")
	}
	defer func() { _ = raw.Rollback() }()
	if err := fn(db.q(ctx, raw)); err != nil {
		return db.mapErr(err, "read")
	}
	return nil
}

func (db *DB) read(ctx context.Context, fn func(*Q) error) error { return db.Read(ctx, fn) }

func (db *DB) mapErr(err error, doing string) error { return MapErr(err, doing, db.hooks.DriverErr) }

// MapErr turns the driver's errors (through driver) into board errors a
// person can act on, and wraps anything else with what was being done.
// Board and calendar errors pass through unchanged.
func MapErr(err error, doing string, driver func(err error, doing string) error) error {
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
	if driver != nil {
		if mapped := driver(err, doing); mapped != nil {
			return mapped
		}
	}
	return fmt.Errorf("storage: %s: %w", doing, err)
}

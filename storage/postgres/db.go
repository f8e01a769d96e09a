// Package sqlite keeps a team's board in one SQLite file (modernc.org/sqlite,
// no cgo), in a way that is safe on a network share used by several PCs at
// once: rollback journal, synchronous=FULL, short BEGIN IMMEDIATE write
// transactions, optimistic concurrency on every editable row, and an
// append-only, hash-chained history of every change.
package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/user"
	"strings"
	"sync"
	"time"

	"tavlen/board"
	"tavlen/calendar"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Options configure an open team in a region database.
type Options struct {
	Now      func() time.Time // nil = time.Now; every transaction uses one fixed now
	Member   string           // initials of the member working on this PC (audit)
	ReadOnly bool             // open read-only on purpose
}

// DB is one team in a region database. It implements the board's and the
// calendar's service interfaces, like the SQLite team file.
type DB struct {
	pool        *pgxpool.Pool
	sql         *sql.DB // database/sql over pool, for the services' queries
	address     string  // the connection string without its password
	testAddress string  // the full connection string, for tests that open a second session
	team        int64
	now         func() time.Time
	readOnly    bool
	session     string // random per open: this copy's presence row

	mu      sync.Mutex
	member  string
	osUser  string
	machine string

	listenMu sync.Mutex
	listen   *listener
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

func newDB(opt Options) *DB {
	db := &DB{now: opt.Now, member: opt.Member, readOnly: opt.ReadOnly}
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

// Close closes the connections.
func (db *DB) Close() error {
	db.stopListening()
	var err error
	if db.sql != nil {
		err = db.sql.Close()
	}
	if db.pool != nil {
		db.pool.Close()
	}
	return err
}

// Path returns the database's address (without password) and the team, the
// way the app names an open store.
func (db *DB) Path() string { return db.address }

// Team returns the team's id in the region database.
func (db *DB) Team() int64 { return db.team }

// ReadOnly reports whether the team is open read-only.
func (db *DB) ReadOnly() bool { return db.readOnly }

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
	*sqlTx
	db     *DB
	now    time.Time
	member string
}

// write runs fn in a short transaction that first takes the team's write
// lock (a transaction advisory lock), so the team's saves, its history
// chain and its change sequence stay in one order across PCs, as BEGIN
// IMMEDIATE keeps them on a file. Other teams are not held up.
func (db *DB) write(ctx context.Context, fn func(*tx) error) error {
	if db.readOnly {
		return errReadOnly()
	}
	if t := db.batchOf(ctx); t != nil {
		return t.savepoint(fn)
	}
	raw, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err, "begin")
	}
	sqlTx := &sqlTx{Tx: raw, ctx: ctx}
	if _, err := sqlTx.Exec(`SELECT pg_advisory_xact_lock(?)`, teamLockKey+db.team); err != nil {
		_ = raw.Rollback()
		return mapErr(err, "lock")
	}
	t := &tx{sqlTx: sqlTx, db: db, now: db.now(), member: db.Member()}
	if err := fn(t); err != nil {
		_ = raw.Rollback()
		return mapErr(err, "write")
	}
	if err := raw.Commit(); err != nil {
		return mapErr(err, "commit")
	}
	return nil
}

// teamLockKey keeps Tavlen's advisory locks apart from anything else's.
const teamLockKey = 0x5441564C << 20

// read runs fn in a read-only REPEATABLE READ transaction so that its
// queries see one snapshot. fn must read its rows fully.
func (db *DB) read(ctx context.Context, fn func(*sqlTx) error) error {
	if t := db.batchOf(ctx); t != nil {
		return mapErr(fn(t.sqlTx), "read")
	}
	raw, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return mapErr(err, "begin read")
	}
	defer func() { _ = raw.Rollback() }()
	if err := fn(&sqlTx{Tx: raw, ctx: ctx}); err != nil {
		return mapErr(err, "read")
	}
	return nil
}

func errReadOnly() error {
	return board.Errorf(board.EReadOnly, "The team is open read-only; changes cannot be saved.")
}

// mapErr turns PostgreSQL's errors into board errors a person can act on,
// and wraps anything else with what was being done. Board and calendar
// errors pass through unchanged.
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
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "25006": // read_only_sql_transaction: a standby
			return errReadOnly()
		case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03":
			return &board.Error{Code: board.EBusy, Message: "Another PC is saving to the team; try again in a moment."}
		case pe.Code == "42501": // insufficient_privilege
			return board.Errorf(board.EReadOnly, "This database role may not make that change.")
		case strings.HasPrefix(pe.Code, "08"), strings.HasPrefix(pe.Code, "57P"):
			return board.Errorf(board.EUnavailable, "The region database cannot be reached (%s).", doing)
		}
	}
	if pgconn.SafeToRetry(err) || errors.Is(err, driver.ErrBadConn) || isNetErr(err) {
		return board.Errorf(board.EUnavailable, "The region database cannot be reached (%s).", doing)
	}
	return fmt.Errorf("storage: %s: %w", doing, err)
}

func isNetErr(err error) bool {
	var ne net.Error
	var ce *pgconn.ConnectError
	return errors.As(err, &ne) || errors.As(err, &ce)
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

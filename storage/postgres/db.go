// Package postgres keeps teams in a region's PostgreSQL database, each team
// walled off by row-level security, with the same services, history chain
// and change log as the team file (storage/internal/sqlcore); this package
// is the pool, the roles, the schema and LISTEN.
package postgres

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Options configure an open team in a region database.
type Options struct {
	Now      func() time.Time // nil = time.Now; every transaction uses one fixed now
	Member   string           // initials of the member working on this PC (audit)
	ReadOnly bool             // open read-only on purpose
	// Password, when set, is the role's password, asked for on this PC
	// and kept only in memory; otherwise libpq's ways apply (the
	// address, PGPASSWORD, the pgpass file, Kerberos/GSSAPI).
	Password string
}

// DB is one team in a region database. Its services (sqlcore.DB's)
// implement the board's and the calendar's service interfaces, like the
// SQLite team file.
type DB struct {
	*sqlcore.DB
	pool        *pgxpool.Pool
	address     string // the connection string without its password
	testAddress string // the full connection string without the team, for tests that open a second session
	team        int64
	readOnly    bool

	listenMu sync.Mutex
	listen   *listener
}

// tx is a write transaction of the shared services.
type tx = sqlcore.Tx

// dialect is PostgreSQL's SQL where the services' statements differ. The
// change log's seq counts per team (under the team's lock), as the file's
// does.
var dialect = &sqlcore.Dialect{
	Numbered:  true,
	Returning: true,
	NameOrder: "lower(name)",
	TeamRow:   "tavlen_team()",
	InsertChange: `INSERT INTO changes (seq, tbl, row_id, citizen_id, at, by_member)
		VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM changes), ?, ?, ?, ?, ?)`,
	FactsInsert: "INSERT",
	FactsUpsert: ` ON CONFLICT (team_id, citizen_id) DO UPDATE SET last_held = excluded.last_held,
	last_no_show = excluded.last_no_show, note_id = excluded.note_id, meeting_id = excluded.meeting_id`,
}

func newDB(opt Options) *DB {
	db := &DB{readOnly: opt.ReadOnly}
	db.DB = sqlcore.New(dialect, sqlcore.Hooks{
		ReadOnly:    func() bool { return db.readOnly },
		ErrReadOnly: errReadOnly,
		BeginWrite:  db.lockTeam,
		DriverErr:   driverErr,
		ReadOptions: &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead},
	}, opt.Now, opt.Member)
	return db
}

// Close closes the connections.
func (db *DB) Close() error {
	db.stopListening()
	var err error
	if db.SQL != nil {
		err = db.SQL.Close()
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

// lockTeam runs first in every write transaction: it takes the team's
// write lock (a transaction advisory lock), so the team's saves, its
// history chain and its change sequence stay in one order across PCs, as
// BEGIN IMMEDIATE keeps them on a file. Other teams are not held up.
func (db *DB) lockTeam(t *tx) error {
	_, err := t.Exec(`SELECT pg_advisory_xact_lock(?)`, teamLockKey+db.team)
	return err
}

// teamLockKey keeps Tavlen's advisory locks apart from anything else's.
const teamLockKey = 0x5441564C << 20

func errReadOnly() error {
	return board.Errorf(board.EReadOnly, "The team is open read-only; changes cannot be saved.")
}

// mapErr turns PostgreSQL's errors into board errors a person can act on,
// and wraps anything else with what was being done. Board and calendar
// errors pass through unchanged.
func mapErr(err error, doing string) error { return sqlcore.MapErr(err, doing, driverErr) }

func driverErr(err error, doing string) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "25006": // read_only_sql_transaction: a standby
			return errReadOnly()
		case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03":
			return &board.Error{Code: board.EBusy, Message: "Another PC is saving to the team; try again in a moment."}
		case pe.Code == "28P01" || pe.Code == "28000": // invalid_password, invalid_authorization_specification
			return errLogin()
		case pe.Code == "42501": // insufficient_privilege
			return board.Errorf(board.EReadOnly, "This database role may not make that change.")
		case strings.HasPrefix(pe.Code, "08"), strings.HasPrefix(pe.Code, "57P"):
			return errUnavailable(doing)
		}
	}
	// A connection the server dropped (a failover, a restart) reports
	// "conn closed" on its next use.
	if pgconn.SafeToRetry(err) || errors.Is(err, driver.ErrBadConn) || errors.Is(err, pgconn.ErrConnClosed) || isNetErr(err) {
		return errUnavailable(doing)
	}
	return nil
}

// errUnavailable says no server answers, in the region's words: the
// general sentence for EUnavailable names the team file on the share.
func errUnavailable(doing string) error {
	return &board.Error{Code: board.EUnavailable, Key: "region.unavailable",
		Message: fmt.Sprintf("The region database cannot be reached (%s).", doing)}
}

// errLogin says the server did not let the role in: no password, a wrong
// one, or a role it does not know here.
func errLogin() error {
	return &board.Error{Code: board.EUnavailable, Key: LoginRefusedKey,
		Message: "The region database did not accept the user name and password."}
}

// LoginRefusedKey is the catalogue key of the error Open returns when the
// server refused the login; the app then asks for the password.
const LoginRefusedKey = "region.login_refused"

// LoginRefused reports whether err is the server refusing the login.
func LoginRefused(err error) bool {
	e := board.AsError(err)
	return e != nil && e.Key == LoginRefusedKey
}

func isNetErr(err error) bool {
	var ne net.Error
	var ce *pgconn.ConnectError
	return errors.As(err, &ne) || errors.As(err, &ce)
}

package postgres

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
)

// IsAddress reports whether s names a PostgreSQL database rather than a
// team file: a postgres:// or postgresql:// URL.
func IsAddress(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// connectTimeout bounds how long opening waits for a server that does not
// answer.
const connectTimeout = 10 * time.Second

// Open opens team teamName in the region database at address (a URL or a
// key=value connection string; libpq's PGHOST, PGSERVICE, PGPASSFILE… are
// honoured). teamName "" takes the team the address names (team=NAME). A
// member role opens its own team whatever teamName says (teamName may be
// empty); the database's owner must name the team. A
// database written by a newer Tavlen is refused and left untouched; an
// older one is migrated.
func Open(address, teamName string, opt Options) (*DB, error) {
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	if teamName == "" {
		_, teamName = SplitTeam(address)
	}
	db, err := connectPrepared(ctx, address, opt)
	if err != nil {
		return nil, err
	}
	db.nameTeam(address, teamName)
	team, err := db.findTeamID(ctx, strings.TrimSpace(teamName))
	if err != nil {
		db.Close()
		return nil, err
	}
	db.bindTeam(team)
	if !db.readOnly {
		_ = db.PruneChanges(ctx) // housekeeping; a failure changes nothing
	}
	return db, nil
}

// connectPrepared connects and makes the database ready (migrations,
// the newer-Tavlen check), closing it again when that fails.
func connectPrepared(ctx context.Context, address string, opt Options) (*DB, error) {
	db, err := connect(ctx, address, opt)
	if err != nil {
		return nil, err
	}
	if err := db.prepare(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Create makes team teamName in the region database at address (made
// ready first when it is empty) with first as its first member, and opens
// it. A team of that name already there is refused.
func Create(address, teamName string, first *board.Member, opt Options) (*DB, error) {
	if opt.ReadOnly {
		return nil, errReadOnly()
	}
	teamName, err := sqlcore.CheckNewTeam(teamName, first)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	db, err := connectPrepared(ctx, address, opt)
	if err != nil {
		return nil, err
	}
	if _, err := db.findTeamID(ctx, teamName); err == nil {
		db.Close()
		return nil, board.Errorf(board.EInvalid, "The team %s already exists in the region database.", teamName)
	}
	team, err := db.insertTeam(ctx, teamName, first)
	if err != nil {
		db.Close()
		return nil, err
	}
	db.nameTeam(address, teamName)
	db.bindTeam(team)
	return db, nil
}

// connect opens the pool; every connection it makes is bound to db.team
// (for the owner; a member's role decides its team itself).
func connect(ctx context.Context, address string, opt Options) (*DB, error) {
	conn, _ := SplitTeam(address)
	cfg, err := pgxpool.ParseConfig(conn)
	if err != nil {
		return nil, board.Errorf(board.EInvalid, "The database address is not valid.")
	}
	if opt.Password != "" {
		cfg.ConnConfig.Password = opt.Password // fallback hosts share it
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "tavlen"
	cfg.MaxConns = 4
	cfg.MinConns = 0
	db := newDB(opt)
	db.address, db.testAddress = redact(address), address
	// Read-only is set after connecting, not as a startup parameter: with
	// target_session_attrs=read-write the startup's read-only would make
	// every server look like a standby.
	readOnly := strconv.FormatBool(opt.ReadOnly)
	cfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
		_, err := c.Exec(ctx, `SELECT set_config('tavlen.team', $1, false), set_config('default_transaction_read_only', $2, false)`,
			strconv.FormatInt(db.team, 10), readOnly)
		return err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, mapErr(err, "connect")
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, mapErr(err, "connect")
	}
	db.pool = pool
	db.SQL = stdlib.OpenDBFromPool(pool)
	return db, nil
}

// nameTeam makes db's Path the address of team (without password), so
// that opening Path again opens the same team.
func (db *DB) nameTeam(address, team string) {
	conn, _ := SplitTeam(address)
	db.address, db.testAddress = redact(conn), conn
	if team = strings.TrimSpace(team); team != "" {
		db.address = redact(WithTeam(conn, team))
	}
}

// bindTeam makes every connection of db work on team: the ones made from
// now on through AfterConnect, the open idle ones by closing them.
func (db *DB) bindTeam(team int64) {
	db.team = team
	db.pool.Reset()
}

// prepare refuses a database from a newer Tavlen and migrates an older one.
func (db *DB) prepare(ctx context.Context) error {
	version, err := schemaVersion(ctx, db.SQL)
	if err != nil {
		return mapErr(err, "open")
	}
	switch {
	case version > latestVersion():
		return errNewer()
	case version < latestVersion() && db.readOnly:
		return board.Errorf(board.EReadOnly, "The region database was made by an older Tavlen and must be upgraded, but it is open read-only.")
	case version < latestVersion():
		if err := migrate(ctx, db.SQL, latestVersion()); err != nil {
			return mapErr(err, "upgrade")
		}
	}
	return nil
}

// findTeamID returns the session's team: a member role's own, else the
// team called name.
func (db *DB) findTeamID(ctx context.Context, name string) (int64, error) {
	// Before bindTeam the owner's sessions are bound to team 0, which
	// does not exist; a member's role names its team.
	var id sql.NullInt64
	if err := db.SQL.QueryRowContext(ctx, `SELECT tavlen_team()`).Scan(&id); err != nil {
		return 0, mapErr(err, "find team")
	}
	if id.Int64 > 0 {
		return id.Int64, nil
	}
	var team int64
	err := db.SQL.QueryRowContext(ctx, `SELECT id FROM team WHERE name = $1`, name).Scan(&team)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, board.Errorf(board.ENotFound, "The region database has no team %q.", name)
	}
	return team, mapErr(err, "find team")
}

// insertTeam writes the team row, its history and its first member in one
// transaction bound to the new team.
func (db *DB) insertTeam(ctx context.Context, name string, first *board.Member) (int64, error) {
	var team int64
	raw, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return 0, mapErr(err, "begin")
	}
	defer func() { _ = raw.Rollback() }()
	t := db.Bind(ctx, raw)
	if err := t.QueryRow(`INSERT INTO team (name, version, updated_at, updated_by) VALUES (?, 1, ?, ?) RETURNING id`,
		name, t.At().UnixNano(), t.By()).Scan(&team); err != nil {
		return 0, mapErr(err, "create team")
	}
	if _, err := t.Exec(`SELECT set_config('tavlen.team', ?, true)`, strconv.FormatInt(team, 10)); err != nil {
		return 0, mapErr(err, "create team")
	}
	if err := t.TeamCreated(name, first); err != nil {
		return 0, mapErr(err, "create team")
	}
	return team, mapErr(raw.Commit(), "commit")
}

func errNewer() error {
	return board.Errorf(board.ENewerFile, "The region database was written by a newer version of Tavlen; update Tavlen to open it.")
}

// redact drops the password from a URL address, for naming the store.
func redact(address string) string {
	u, err := url.Parse(address)
	if err != nil || u.Scheme == "" {
		return passwordPair.ReplaceAllString(address, "")
	}
	if _, has := u.User.Password(); has {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

// passwordPair is a password in a key=value connection string.
var passwordPair = regexp.MustCompile(`\s*password\s*=\s*('(\\.|[^'])*'|\S*)`)

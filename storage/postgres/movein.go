package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"tavlen/board"

	"github.com/jackc/pgx/v5"
)

// Moving a team in: every row and every history entry of a team file is
// copied, ids and all, into the region database as a new team, in one
// transaction that checks the counts and the history's hashes before it
// commits. Ids stay because the history names them and its hash chain
// seals them (so ids are unique per team, migration 003).

// movedTables are the team file's tables copied, in an order that keeps
// the foreign keys satisfied. presence (who is looking now) is not copied.
var movedTables = []string{"members", "citizens", "citizen_members", "notes", "goals", "actions", "crisis_plans",
	"contacts", "appointments", "appointment_participants", "appointment_exceptions", "meetings", "meeting_attendees",
	"meeting_items", "meeting_corrections", "citizen_facts", "year_themes", "who5_answers", "audit", "changes"}

// movedOrder orders rows whose table refers to itself.
var movedOrder = map[string]string{"notes": " ORDER BY id", "audit": " ORDER BY id", "changes": " ORDER BY seq"}

// MoveReport is what MoveIn copied.
type MoveReport struct {
	Tables         []string       // in the order copied
	Counts         map[string]int // rows per table, the same in the file and the region
	HistoryEntries int            // entries in the history
	HistoryHead    string         // the hash of the newest history entry ("" for none)
}

// MoveIn copies the team file read through file (its database, opened
// read-only by the SQLite adapter) into the region database at address as
// team name. The address must be the database owner's. A team of that name
// already there is refused, and so is a file with data the region
// database has no place for. The file is only read.
func MoveIn(ctx context.Context, address, name string, file *sql.DB, opt Options) (*MoveReport, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, board.Errorf(board.EInvalid, "Name the team it becomes in the region database (--team NAME)")
	}
	db, err := connectPrepared(ctx, address, opt)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var own sql.NullInt64
	if err := db.SQL.QueryRowContext(ctx, `SELECT tavlen_team()`).Scan(&own); err != nil {
		return nil, mapErr(err, "find team")
	}
	if own.Valid && own.Int64 > 0 {
		return nil, board.Errorf(board.EReadOnly, "Only the region database's owner can move a team in; this role is a member of a team")
	}
	if _, err := db.findTeamID(ctx, name); err == nil {
		return nil, board.Errorf(board.EInvalid, "The team %s already exists in the region database; nothing was copied", name)
	}

	src, err := file.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one consistent picture of the file
	if err != nil {
		return nil, fmt.Errorf("read the team file: %w", err)
	}
	defer func() { _ = src.Rollback() }()

	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, mapErr(err, "connect")
	}
	defer conn.Release()
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, mapErr(err, "begin")
	}
	defer func() { _ = tx.Rollback(ctx) }()

	team, err := moveTeamRow(ctx, src, tx, name)
	if err != nil {
		return nil, err
	}
	rep := &MoveReport{Tables: movedTables, Counts: map[string]int{}}
	for _, t := range movedTables {
		n, err := moveTable(ctx, src, tx, team, t)
		if err != nil {
			return nil, err
		}
		rep.Counts[t] = n
	}
	if err := checkMoved(ctx, src, tx, rep); err != nil {
		return nil, err
	}
	if err := advanceSequences(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, mapErr(err, "commit")
	}
	return rep, nil
}

// moveTeamRow makes the team row (the file's version and stamp, the new
// name) and binds the transaction to it.
func moveTeamRow(ctx context.Context, src *sql.Tx, tx pgx.Tx, name string) (int64, error) {
	var version, at, intakeGoal int64
	var by string
	if err := src.QueryRowContext(ctx, `SELECT version, updated_at, updated_by, intake_goal_days FROM team`).Scan(&version, &at, &by, &intakeGoal); err != nil {
		return 0, fmt.Errorf("read the team file's team: %w", err)
	}
	var team int64
	if err := tx.QueryRow(ctx, `INSERT INTO team (name, version, updated_at, updated_by, intake_goal_days) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		name, version, at, by, intakeGoal).Scan(&team); err != nil {
		return 0, mapErr(err, "create team")
	}
	if _, err := tx.Exec(ctx, `SELECT set_config('tavlen.team', $1, true)`, strconv.FormatInt(team, 10)); err != nil {
		return 0, mapErr(err, "create team")
	}
	return team, nil
}

// moveTable copies table t's rows from the file and returns how many.
func moveTable(ctx context.Context, src *sql.Tx, tx pgx.Tx, team int64, t string) (int, error) {
	have, err := regionColumns(ctx, tx, t)
	if err != nil {
		return 0, err
	}
	rows, err := src.QueryContext(ctx, `SELECT * FROM `+t+movedOrder[t])
	if err != nil {
		return 0, fmt.Errorf("read %s from the team file: %w", t, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, err
	}
	for _, c := range cols {
		if !have[c] || c == "team_id" {
			return 0, board.Errorf(board.EInvalid, "The team file keeps %s.%s, which this region database has no place for (is one of them from another Tavlen version?); nothing was copied", t, c)
		}
	}
	var data [][]any
	for rows.Next() {
		vals := make([]any, len(cols)+1)
		ptrs := make([]any, len(cols))
		for i := range cols {
			ptrs[i] = &vals[i+1]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return 0, err
		}
		vals[0] = team
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		data = append(data, vals)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	// COPY does not run under row-level security: batched INSERTs, sent
	// in one round trip per batch.
	all := append([]string{"team_id"}, cols...)
	ids := make([]string, len(all))
	marks := make([]string, len(all))
	for i, c := range all {
		ids[i] = pgx.Identifier{c}.Sanitize()
		marks[i] = "$" + strconv.Itoa(i+1)
	}
	insert := `INSERT INTO ` + t + ` (` + strings.Join(ids, ", ") + `) VALUES (` + strings.Join(marks, ", ") + `)`
	const batchRows = 1000
	for start := 0; start < len(data); start += batchRows {
		b := &pgx.Batch{}
		for _, vals := range data[start:min(start+batchRows, len(data))] {
			b.Queue(insert, vals...)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return 0, fmt.Errorf("copy %s into the region database: %w", t, mapErr(err, "copy "+t))
		}
	}
	return len(data), nil
}

// regionColumns are the columns of table t in the region database.
func regionColumns(ctx context.Context, tx pgx.Tx, t string) (map[string]bool, error) {
	rows, err := tx.Query(ctx, `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, t)
	if err != nil {
		return nil, mapErr(err, "read columns")
	}
	cols, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, mapErr(err, "read columns")
	}
	out := map[string]bool{}
	for _, c := range cols {
		out[c] = true
	}
	return out, nil
}

// checkMoved compares, before the commit, the rows per table on both sides
// and the history: the same entries with the same hashes, in order.
func checkMoved(ctx context.Context, src *sql.Tx, tx pgx.Tx, rep *MoveReport) error {
	for _, t := range movedTables {
		var inFile, inRegion int
		if err := src.QueryRowContext(ctx, `SELECT count(*) FROM `+t).Scan(&inFile); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+t).Scan(&inRegion); err != nil {
			return mapErr(err, "count "+t)
		}
		if inFile != inRegion || inFile != rep.Counts[t] {
			return board.Errorf(board.ECorrupt, "%s: %d rows in the team file but %d in the region database; nothing was copied", t, inFile, inRegion)
		}
	}
	fileChain, head, err := chainDigest(ctx, func(q string) (*sql.Rows, error) { return src.QueryContext(ctx, q) })
	if err != nil {
		return err
	}
	rows, err := tx.Query(ctx, `SELECT id, hash FROM audit ORDER BY id`)
	if err != nil {
		return mapErr(err, "read history")
	}
	h := sha256.New()
	for rows.Next() {
		var id int64
		var hash string
		if err := rows.Scan(&id, &hash); err != nil {
			rows.Close()
			return err
		}
		fmt.Fprintf(h, "%d:%s;", id, hash)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return mapErr(err, "read history")
	}
	if hex.EncodeToString(h.Sum(nil)) != fileChain {
		return board.Errorf(board.ECorrupt, "The history copied differs from the team file's; nothing was copied")
	}
	rep.HistoryHead, rep.HistoryEntries = head, rep.Counts["audit"]
	return nil
}

// chainDigest digests the history's ids and hashes in order and returns
// the newest hash.
func chainDigest(ctx context.Context, query func(string) (*sql.Rows, error)) (string, string, error) {
	rows, err := query(`SELECT id, hash FROM audit ORDER BY id`)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	h := sha256.New()
	head := ""
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &head); err != nil {
			return "", "", err
		}
		fmt.Fprintf(h, "%d:%s;", id, head)
	}
	return hex.EncodeToString(h.Sum(nil)), head, rows.Err()
}

// advanceSequences moves each table's id sequence past the ids copied, so
// the team's next rows take new ones.
func advanceSequences(ctx context.Context, tx pgx.Tx) error {
	for _, t := range []string{"members", "citizens", "notes", "goals", "actions", "contacts", "appointments", "meetings", "meeting_corrections", "year_themes", "who5_answers"} {
		var seq string
		if err := tx.QueryRow(ctx, `SELECT pg_get_serial_sequence($1, 'id')`, t).Scan(&seq); err != nil {
			return mapErr(err, "sequence of "+t)
		}
		_, err := tx.Exec(ctx, `SELECT setval($1::regclass, m) FROM (SELECT max(id) AS m FROM `+t+`) x
			WHERE m IS NOT NULL AND m >= (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM `+seq+`)`, seq)
		if err != nil {
			return mapErr(err, "sequence of "+t)
		}
	}
	return nil
}

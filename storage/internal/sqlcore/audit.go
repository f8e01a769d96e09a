package sqlcore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"tavlen/board"
)

// field is one named value of a record, as the history shows it.
type field struct{ name, value string }

// diffLines describes a change as "field: old → new" lines. For an insert
// (old nil) or a delete (new nil) it lists the non-empty fields.
func diffLines(old, new []field) string {
	var b strings.Builder
	line := func(s string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	switch {
	case old == nil:
		for _, f := range new {
			if f.value != "" {
				line(f.name + ": " + f.value)
			}
		}
	case new == nil:
		for _, f := range old {
			if f.value != "" {
				line(f.name + ": " + f.value)
			}
		}
	default:
		before := make(map[string]string, len(old))
		for _, f := range old {
			before[f.name] = f.value
		}
		for _, f := range new {
			if o := before[f.name]; o != f.value {
				line(f.name + ": " + o + " → " + f.value)
			}
		}
	}
	return b.String()
}

// record writes the history row and the change-log row for one changed
// record, in the caller's transaction.
func (t *Tx) record(action, table string, rowID, citizenID int64, old, new []field) error {
	if err := t.audit(action, table, rowID, citizenID, diffLines(old, new)); err != nil {
		return err
	}
	return t.changed(table, rowID, citizenID)
}

// changed appends to the change log a watcher reads.
func (t *Tx) changed(table string, rowID, citizenID int64) error {
	_, err := t.Exec(t.d.InsertChange,
		table, rowID, citizenID, tsNotNull(t.now), t.member)
	return err
}

// audit appends one history row chained to the previous one. The write
// lock of the transaction (BEGIN IMMEDIATE on a file, the team's advisory
// lock in a region database) keeps the chain linear across PCs.
func (t *Tx) audit(action, table string, rowID, citizenID int64, changes string) error {
	var lastID int64
	var prev string
	err := t.QueryRow(`SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1`).Scan(&lastID, &prev)
	if err != nil && err != sql.ErrNoRows {
		return err
	}
	e := &board.AuditEntry{
		ID: lastID + 1, At: t.now, Member: t.member, OSUser: t.db.osUser, Machine: t.db.machine,
		Action: action, Kind: kindOf(table), RowID: rowID, CitizenID: citizenID, Changes: changes,
	}
	e.Hash = AuditHash(prev, e)
	_, err = t.Exec(`INSERT INTO audit (id, at, member, os_user, machine, action, tbl, row_id, citizen_id, changes, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, tsNotNull(e.At), e.Member, e.OSUser, e.Machine, e.Action, table, e.RowID, e.CitizenID, e.Changes, e.Hash)
	return err
}

// AuditHash is sha256 over the previous row's hash and this row's content.
func AuditHash(prev string, e *board.AuditEntry) string {
	h := sha256.New()
	for _, s := range []string{
		prev, strconv.FormatInt(e.ID, 10), strconv.FormatInt(e.At.UnixNano(), 10),
		e.Member, e.OSUser, e.Machine, e.Action, tableOf(e.Kind),
		strconv.FormatInt(e.RowID, 10), strconv.FormatInt(e.CitizenID, 10), e.Changes,
	} {
		// Length-prefixed, so no two different rows hash the same text.
		fmt.Fprintf(h, "%d:%s;", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

const auditColumns = `id, at, member, os_user, machine, action, tbl, row_id, citizen_id, changes, hash`

func scanAudit(rows *sql.Rows) (*board.AuditEntry, error) {
	var e board.AuditEntry
	var at int64
	var table string
	if err := rows.Scan(&e.ID, &at, &e.Member, &e.OSUser, &e.Machine, &e.Action, &table, &e.RowID, &e.CitizenID, &e.Changes, &e.Hash); err != nil {
		return nil, err
	}
	e.At = fromNS(at)
	e.Kind, e.Fields = kindOf(table), fieldChanges(table, e.Action, e.Changes)
	return &e, nil
}

// FindAudit returns history rows, newest first.
func (db *DB) FindAudit(ctx context.Context, f board.AuditFilter) ([]*board.AuditEntry, error) {
	var where []string
	var args []any
	if f.CitizenID != 0 {
		where, args = append(where, "citizen_id = ?"), append(args, f.CitizenID)
	}
	if f.Kind != "" {
		where, args = append(where, "tbl = ?"), append(args, tableOf(f.Kind))
	}
	if f.RowID != 0 {
		where, args = append(where, "row_id = ?"), append(args, f.RowID)
	}
	if f.Action != "" {
		where, args = append(where, "action = ?"), append(args, f.Action)
	}
	if !f.Since.IsZero() {
		where, args = append(where, "at >= ?"), append(args, f.Since.UnixNano())
	}
	q := `SELECT ` + auditColumns + ` FROM audit`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id DESC"
	if f.Limit > 0 {
		q += " LIMIT " + strconv.Itoa(f.Limit)
	}
	return db.readAudit(ctx, q, args...)
}

// readAudit reads the history rows query selects (auditColumns).
func (db *DB) readAudit(ctx context.Context, query string, args ...any) ([]*board.AuditEntry, error) {
	var out []*board.AuditEntry
	err := db.read(ctx, func(tx *Q) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			e, err := scanAudit(rows)
			if err != nil {
				return err
			}
			out = append(out, e)
		}
		return rows.Err()
	})
	return out, err
}

// LogAccess records that a citizen's data was viewed, printed or exported.
func (db *DB) LogAccess(ctx context.Context, citizenID int64, action, how string) error {
	switch action {
	case board.AuditView, board.AuditPrint, board.AuditExport:
	default:
		return board.Errorf(board.EInvalid, "Unknown kind of access %q.", action)
	}
	return db.write(ctx, func(t *Tx) error {
		return t.audit(action, "citizens", citizenID, citizenID, how)
	})
}

// VerifyAudit recomputes the hash chain of the whole history and returns an
// ECorrupt error naming the first row that does not match. Rows are read in
// pages so no cursor stays open long. (Removing rows from the end of the
// history cannot be seen this way; that needs a backup to compare with.)
func (db *DB) VerifyAudit(ctx context.Context) error {
	const page = 2000
	prev, after := "", int64(0)
	for {
		batch, err := db.readAudit(ctx, `SELECT `+auditColumns+` FROM audit WHERE id > ? ORDER BY id LIMIT ?`, after, page)
		if err != nil {
			return err
		}
		for _, e := range batch {
			if e.ID != after+1 || AuditHash(prev, e) != e.Hash {
				return board.Errorf(board.ECorrupt, "The history has been altered at entry %d.", e.ID)
			}
			prev, after = e.Hash, e.ID
		}
		if len(batch) < page {
			return nil
		}
	}
}

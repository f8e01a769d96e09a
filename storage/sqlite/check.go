package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"tavlen/storage/internal/sqlcore"
)

// CheckReport is what `tavle check` prints.
type CheckReport struct {
	SchemaVersion int
	Counts        map[string]int // rows per table
	Integrity     string         // "ok", or SQLite's findings
	History       string         // "ok", or where the audit chain breaks or was tampered with (tamper.go)
	Head          ChainHead      // the history's newest entry
	OK            bool
}

// countedTables are the tables Check counts, in print order.
var countedTables = sqlcore.CountedTables

// CountedTables lists the tables in CheckReport.Counts in print order.
func CountedTables() []string { return append([]string(nil), countedTables...) }

// Check reports the schema version, the rows per table, PRAGMA
// integrity_check and whether the history's hash chain is whole.
func (db *DB) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{Counts: map[string]int{}}
	err := db.Read(ctx, func(tx *sqlcore.Q) error {
		if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&r.SchemaVersion); err != nil {
			return err
		}
		for _, t := range countedTables {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+t).Scan(&n); err != nil {
				return err
			}
			r.Counts[t] = n
		}
		lines, err := pragmaLines(ctx, tx, `PRAGMA integrity_check`)
		if err != nil {
			return err
		}
		r.Integrity = strings.Join(lines, "\n")
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.History = "ok"
	if err := db.VerifyAudit(ctx); err != nil {
		r.History = err.Error()
	} else if r.Head, err = db.verifyTamper(ctx); err != nil {
		r.History = err.Error()
	}
	r.OK = r.Integrity == "ok" && r.History == "ok" && !db.corrupt
	return r, nil
}

func pragmaLines(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, pragma string) ([]string, error) {
	rows, err := q.QueryContext(ctx, pragma)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

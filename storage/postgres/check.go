package postgres

import (
	"context"

	"tavlen/storage/internal/sqlcore"
)

// CheckReport is what `tavle check` prints for a team in a region
// database. The server keeps its own pages sound (checksums, WAL); the
// report covers the team's rows and its history chain.
type CheckReport struct {
	SchemaVersion int
	Counts        map[string]int // the team's rows per table
	History       string         // "ok", or where the audit chain breaks
	OK            bool
}

// countedTables are the tables Check counts, in print order.
var countedTables = sqlcore.CountedTables

// Check reports the schema version, the team's rows per table and whether
// its history's hash chain is whole.
func (db *DB) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{Counts: map[string]int{}}
	err := db.Read(ctx, func(q *sqlcore.Q) error {
		v, err := schemaVersion(ctx, q)
		if err != nil {
			return err
		}
		r.SchemaVersion = v
		for _, t := range countedTables {
			var n int
			if err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+t).Scan(&n); err != nil {
				return err
			}
			r.Counts[t] = n
		}
		return nil
	})
	if err != nil {
		return nil, mapErr(err, "check")
	}
	r.History = "ok"
	if err := db.VerifyAudit(ctx); err != nil {
		r.History = err.Error()
	}
	r.OK = r.History == "ok"
	return r, nil
}

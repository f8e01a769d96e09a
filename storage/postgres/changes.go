package postgres

import (
	"context"
	"time"

	"tavlen/board"
)

// ChangeSeq returns the sequence number of the latest committed change; it
// grows with every committed write, from any PC.
func (db *DB) ChangeSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := db.read(ctx, func(tx *sqlTx) error {
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq)
	})
	return seq, err
}

// ChangesSince returns the changes after seq, oldest first, so a watcher
// can reload only the rows that changed.
func (db *DB) ChangesSince(ctx context.Context, seq int64) ([]board.Change, error) {
	var out []board.Change
	err := db.read(ctx, func(tx *sqlTx) error {
		rows, err := tx.QueryContext(ctx, `SELECT seq, tbl, row_id, citizen_id, at, by_member FROM changes WHERE seq > ? ORDER BY seq`, seq)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c board.Change
			var at int64
			var table string
			if err := rows.Scan(&c.Seq, &table, &c.RecordID, &c.CitizenID, &at, &c.By); err != nil {
				return err
			}
			c.At, c.Kind = fromNS(at), kindOf(table)
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// WatchVersion is the version a watcher polls (a watch.VersionFunc): the
// team's change sequence. It changes with every change to the team's data,
// and not with presence beats, which commit without a change-log row. It
// is one indexed read; Listen tells when it is worth calling.
func (db *DB) WatchVersion(ctx context.Context) (int64, error) {
	var seq int64
	err := db.sql.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq)
	return seq, mapErr(err, "change sequence")
}

// keepChanges is how long the change log keeps rows; watchers need only
// the last moments, the history is in the audit table.
const keepChanges = 30 * 24 * time.Hour

// pruneChanges drops old change-log rows, keeping the newest so that
// ChangeSeq never goes back.
func (db *DB) pruneChanges(ctx context.Context) error {
	return db.write(ctx, func(t *tx) error {
		_, err := t.Exec(`DELETE FROM changes WHERE at < ? AND seq < (SELECT max(seq) FROM changes)`,
			t.now.Add(-keepChanges).UnixNano())
		return err
	})
}

package sqlcore

import (
	"context"
	"time"

	"tavlen/board"
)

// ChangeAll is the table name a "reload everything" change is logged
// under (the team file logs it when another program changed the file).
const ChangeAll = "*"

// ChangeSeq returns the sequence number of the latest committed change; it
// grows with every committed write, from any PC.
func (db *DB) ChangeSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := db.read(ctx, func(tx *Q) error {
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq)
	})
	return seq, err
}

// ChangesSince returns the changes after seq, oldest first, so a watcher
// can reload only the rows that changed.
func (db *DB) ChangesSince(ctx context.Context, seq int64) ([]board.Change, error) {
	var out []board.Change
	var maxSeq int64
	err := db.read(ctx, func(tx *Q) error {
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
		if err := rows.Err(); err != nil || db.hooks.ChangesTail == nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&maxSeq)
	})
	if err == nil && db.hooks.ChangesTail != nil {
		if c, ok := db.hooks.ChangesTail(maxSeq); ok {
			out = append(out, c)
		}
	}
	return out, err
}

// keepChanges is how long the change log keeps rows; watchers need only
// the last moments, the history is in the audit table.
const keepChanges = 30 * 24 * time.Hour

// PruneChanges drops old change-log rows, keeping the newest so that
// ChangeSeq never goes back.
func (db *DB) PruneChanges(ctx context.Context) error {
	return db.write(ctx, func(t *Tx) error {
		_, err := t.Exec(`DELETE FROM changes WHERE at < ? AND seq < (SELECT max(seq) FROM changes)`,
			t.now.Add(-keepChanges).UnixNano())
		return err
	})
}

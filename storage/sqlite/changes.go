package sqlite

import (
	"context"
	"database/sql"
	"time"

	"tavlen/board"
)

// ChangeSeq returns the sequence number of the latest committed change; it
// grows with every committed write, from any PC.
func (db *DB) ChangeSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := db.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq)
	})
	return seq, err
}

// ChangesSince returns the changes after seq, oldest first, so a watcher
// can reload only the rows that changed.
func (db *DB) ChangesSince(ctx context.Context, seq int64) ([]board.Change, error) {
	var out []board.Change
	var maxSeq int64
	err := db.read(ctx, func(tx *sql.Tx) error {
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
		if err := rows.Err(); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&maxSeq)
	})
	if err == nil {
		if all, ok := db.reloadNotice(maxSeq); ok {
			out = append(out, all) // foreign.go
		}
	}
	return out, err
}

// DataVersion returns SQLite's PRAGMA data_version on a connection kept for
// the purpose: it changes when another connection or process commits. It is
// a cheap first test before ChangeSeq.
func (db *DB) DataVersion(ctx context.Context) (int64, error) {
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	return db.dataVersion(ctx)
}

func (db *DB) dataVersion(ctx context.Context) (int64, error) {
	if db.watch == nil {
		c, err := db.sql.Conn(ctx)
		if err != nil {
			return 0, mapErr(err, "watch")
		}
		db.watch = c
	}
	var v int64
	if err := db.watch.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, mapErr(err, "data version")
	}
	return v, nil
}

// WatchVersion is the version a watcher polls (a watch.VersionFunc): the
// change sequence, read only when PRAGMA data_version says another
// connection committed. So it changes with every change to the team's
// data, and not with presence beats, which commit without a change-log
// row. It also notices a file that became read-only (see ReadOnly) and
// returns EUnavailable when the file is gone from its path.
func (db *DB) WatchVersion(ctx context.Context) (int64, error) {
	if err := db.checkFile(); board.ErrorCode(err) == board.EUnavailable {
		return 0, err
	}
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	dv, err := db.dataVersion(ctx)
	if err != nil {
		return 0, err
	}
	if db.watchRead && dv == db.watchData {
		return db.watchVersionOf(db.watchSeq), nil
	}
	var seq int64
	var page []byte
	var stamp sql.NullInt64
	if err := db.watch.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0), (`+changeCounterSQL+`), (SELECT counter FROM commit_stamp WHERE id = 1) FROM changes`).Scan(&seq, &page, &stamp); err != nil {
		return 0, mapErr(err, "change sequence")
	}
	db.noteForeign(page, stamp) // foreign.go
	db.watchData, db.watchSeq, db.watchRead = dv, seq, true
	return db.watchVersionOf(seq), nil
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

package sqlcore

import (
	"context"
	"time"

	"tavlen/board"
)

// Presence: every open Tavlen beats a row into the presence table about
// every BeatEvery, naming its member's initials, its machine and the record
// being edited. Other PCs show it as a hint ("AK is editing this"). It is
// never a lock: a row older than PresenceExpiry is ignored, so a crashed PC
// can never block anyone. Beats are not changes to the team's data: they
// write no history and no change-log row, so watchers reading ChangeSeq do
// not reload the board for them.

const (
	// BeatEvery is how often an open file should call Beat.
	BeatEvery = board.PresenceBeatEvery
	// PresenceExpiry is how long a beat counts.
	PresenceExpiry = 60 * time.Second
	// presenceDrop is how old a row must be before a beat deletes it.
	presenceDrop = time.Hour
)

// RecordRef names one record, by its domain kind.
type RecordRef = board.RecordRef

// Presence is one other open copy of Tavlen on the file.
type Presence = board.Presence

// Beat records that this copy has the file open, and which record it is
// editing (nil for none). Call it about every BeatEvery and whenever editing
// starts or stops. It is one tiny write transaction; on a read-only file it
// returns EReadOnly, which callers may ignore.
func (db *DB) Beat(ctx context.Context, editing *RecordRef) error {
	tbl, row := "", int64(0)
	if editing != nil {
		tbl, row = tableOf(editing.Kind), editing.ID
	}
	return db.write(ctx, func(t *Tx) error {
		_, err := t.Exec(`INSERT INTO presence (session, initials, machine, tbl, row_id, beat_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (session) DO UPDATE SET initials = excluded.initials, machine = excluded.machine,
			tbl = excluded.tbl, row_id = excluded.row_id, beat_at = excluded.beat_at`,
			db.session, t.member, db.machine, tbl, row, tsNotNull(t.now))
		if err != nil {
			return err
		}
		// Rows of PCs that crashed long ago; the table stays tiny.
		_, err = t.Exec(`DELETE FROM presence WHERE beat_at < ? AND session <> ?`, t.now.Add(-presenceDrop).UnixNano(), db.session)
		return err
	})
}

// Present returns the other copies of Tavlen with a fresh beat, by
// initials and machine. This copy is left out.
func (db *DB) Present(ctx context.Context) ([]Presence, error) {
	since := db.now().Add(-PresenceExpiry).UnixNano()
	var out []Presence
	err := db.read(ctx, func(tx *Q) error {
		rows, err := tx.QueryContext(ctx, `SELECT initials, machine, tbl, row_id, beat_at FROM presence
			WHERE beat_at >= ? AND session <> ? ORDER BY initials, machine`, since, db.session)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p Presence
			var tbl string
			var row, at int64
			if err := rows.Scan(&p.Initials, &p.Machine, &tbl, &row, &at); err != nil {
				return err
			}
			if tbl != "" {
				p.Editing = &RecordRef{Kind: kindOf(tbl), ID: row}
			}
			p.BeatAt = fromNS(at)
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

// Leave removes this copy's presence row; call it before Close.
func (db *DB) Leave(ctx context.Context) error {
	return db.write(ctx, func(t *Tx) error {
		_, err := t.Exec(`DELETE FROM presence WHERE session = ?`, db.session)
		return err
	})
}

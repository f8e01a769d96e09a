package sqlcore

import (
	"context"
	"database/sql"

	"tavlen/board"
)

// AddNote appends a progress note; At is the transaction's time when zero.
// A correction must point to a note of the same citizen.
func (db *DB) AddNote(ctx context.Context, n *board.Note) error {
	if err := n.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.citizenExists(n.CitizenID); err != nil {
			return err
		}
		if err := t.memberIDsExist(n.AuthorID); err != nil {
			return err
		}
		if n.Corrects != 0 {
			var cid int64
			err := t.QueryRow(`SELECT citizen_id FROM notes WHERE id = ?`, n.Corrects).Scan(&cid)
			if err == sql.ErrNoRows || cid != n.CitizenID {
				return board.Errorf(board.EInvalid, "The corrected note does not belong to this citizen.")
			} else if err != nil {
				return err
			}
		}
		if n.At.IsZero() {
			n.At = t.now
		}
		newID, err := t.insertID(`INSERT INTO notes (citizen_id, author_id, at, text, corrects) VALUES (?, ?, ?, ?, ?)`,
			n.CitizenID, nullID(n.AuthorID), tsNotNull(n.At), n.Text, nullID(n.Corrects))
		if err != nil {
			return err
		}
		n.ID = newID
		fields := []field{{"at", timeText(n.At)}, {"text", n.Text}}
		if n.Corrects != 0 {
			fields = append(fields, field{"corrects", itoa(n.Corrects)})
		}
		if err := t.refreshFacts(n.CitizenID); err != nil {
			return err
		}
		return t.record(board.AuditInsert, "notes", n.ID, n.CitizenID, nil, fields)
	})
}

// FindNotes returns a citizen's notes, newest first.
func (db *DB) FindNotes(ctx context.Context, citizenID int64) ([]*board.Note, error) {
	var out []*board.Note
	err := db.read(ctx, func(tx *Q) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+noteColumns+` FROM notes
			WHERE citizen_id = ? ORDER BY at DESC, id DESC`, citizenID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n, err := scanNote(rows)
			if err != nil {
				return err
			}
			out = append(out, n)
		}
		return rows.Err()
	})
	return out, err
}

const noteColumns = `id, citizen_id, author_id, at, text, corrects`

func scanNote(row interface{ Scan(...any) error }) (*board.Note, error) {
	var n board.Note
	var author, corrects sql.NullInt64
	var at int64
	if err := row.Scan(&n.ID, &n.CitizenID, &author, &at, &n.Text, &corrects); err != nil {
		return nil, err
	}
	n.AuthorID, n.Corrects, n.At = author.Int64, corrects.Int64, fromNS(at)
	return &n, nil
}

package sqlcore

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"tavlen/board"
)

const wellbeingColumns = `id, citizen_id, answered_on, item1, item2, item3, item4, item5, asked_by, self_reported, version, updated_at, updated_by`

func scanWellbeing(row interface{ Scan(...any) error }) (*board.Wellbeing, error) {
	var w board.Wellbeing
	var on, by string
	var self, v, at int64
	a := &w.Answers
	if err := row.Scan(&w.ID, &w.CitizenID, &on, &a[0], &a[1], &a[2], &a[3], &a[4], &w.AskedBy, &self, &v, &at, &by); err != nil {
		return nil, err
	}
	w.On, w.SelfReported, w.Stamp = parseDate(on), self != 0, stampOf(v, at, by)
	return &w, nil
}

// wellbeingFields are the history's lines of a WHO-5; the score is shown
// too, so the history reads without adding up.
func wellbeingFields(w *board.Wellbeing, initials map[int64]string) []field {
	out := []field{{"answered on", dateText(w.On)}}
	for i, a := range w.Answers {
		out = append(out, field{"item " + strconv.Itoa(i+1), strconv.Itoa(a)})
	}
	return append(out, field{"score", strconv.Itoa(w.Score())}, field{"asked by", initials[w.AskedBy]},
		field{"self reported", yesNo(w.SelfReported)})
}

func wellbeingArgs(w *board.Wellbeing) []any {
	a := w.Answers
	return []any{dateText(w.On), a[0], a[1], a[2], a[3], a[4], w.AskedBy, boolInt(w.SelfReported)}
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// FindWellbeing returns WHO-5s oldest first: a citizen's, or with no
// CitizenID the whole team's.
func (db *DB) FindWellbeing(ctx context.Context, f board.WellbeingFilter) ([]*board.Wellbeing, error) {
	var where []string
	var args []any
	if f.CitizenID != 0 {
		where, args = append(where, "citizen_id = ?"), append(args, f.CitizenID)
	}
	if !f.Since.IsZero() {
		where, args = append(where, "answered_on >= ?"), append(args, dateText(f.Since))
	}
	var out []*board.Wellbeing
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = queryWellbeing(ctx, tx, whereClause(where), args...)
		return err
	})
	return out, err
}

func queryWellbeing(ctx context.Context, tx *Q, where string, args ...any) ([]*board.Wellbeing, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+wellbeingColumns+` FROM who5_answers`+where+` ORDER BY answered_on, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Wellbeing
	for rows.Next() {
		w, err := scanWellbeing(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// CreateWellbeing stores a new WHO-5.
func (db *DB) CreateWellbeing(ctx context.Context, w *board.Wellbeing) error {
	if err := w.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.citizenExists(w.CitizenID); err != nil {
			return err
		}
		if err := t.memberIDsExist(w.AskedBy); err != nil {
			return err
		}
		args := append([]any{w.CitizenID}, wellbeingArgs(w)...)
		newID, err := t.insertID(`INSERT INTO who5_answers (citizen_id, answered_on, item1, item2, item3, item4, item5, asked_by, self_reported,
			version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, append(args, tsNotNull(t.now), t.member)...)
		if err != nil {
			return err
		}
		w.ID = newID
		t.stamp(&w.Stamp, 1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditInsert, "who5_answers", w.ID, w.CitizenID, nil, wellbeingFields(w, initials))
	})
}

func (t *Tx) oldWellbeing(ctx context.Context, id, version int64) (*board.Wellbeing, error) {
	list, err := queryWellbeing(ctx, t.Q, " WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The WHO-5", false, board.Stamp{}, version)
	}
	return list[0], checkStamp("The WHO-5", true, list[0].Stamp, version)
}

// UpdateWellbeing saves w if w.Version is still the stored version. A
// WHO-5 stays with its citizen.
func (db *DB) UpdateWellbeing(ctx context.Context, w *board.Wellbeing) error {
	if err := w.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldWellbeing(ctx, w.ID, w.Version)
		if err != nil {
			return err
		}
		if err := t.memberIDsExist(w.AskedBy); err != nil {
			return err
		}
		w.CitizenID = old.CitizenID
		args := append(wellbeingArgs(w), tsNotNull(t.now), t.member, w.ID, w.Version)
		err = t.exec1("The WHO-5", `UPDATE who5_answers SET answered_on = ?, item1 = ?, item2 = ?, item3 = ?, item4 = ?, item5 = ?,
			asked_by = ?, self_reported = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`, args...)
		if err != nil {
			return err
		}
		t.stamp(&w.Stamp, w.Version+1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditUpdate, "who5_answers", w.ID, w.CitizenID, wellbeingFields(old, initials), wellbeingFields(w, initials))
	})
}

// DeleteWellbeing deletes a WHO-5 if version is still the stored version.
func (db *DB) DeleteWellbeing(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldWellbeing(ctx, id, version)
		if err != nil {
			return err
		}
		if err := t.exec1("The WHO-5", `DELETE FROM who5_answers WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditDelete, "who5_answers", id, old.CitizenID, wellbeingFields(old, initials), nil)
	})
}

// followUpFacts are the board facts of the follow-up: the last year's
// WHO-5 scores and the last four weeks' no-shows, by citizen.
type followUpFacts struct {
	wellbeing map[int64][]board.WellbeingScore
	noShows   map[int64][]time.Time
}

// readFollowUpFacts reads the follow-up facts of every citizen in two
// queries, bounded by time so they do not grow with the history.
func readFollowUpFacts(ctx context.Context, tx *Q, today board.Date, loc *time.Location) (followUpFacts, error) {
	f := followUpFacts{wellbeing: map[int64][]board.WellbeingScore{}, noShows: map[int64][]time.Time{}}
	rows, err := tx.QueryContext(ctx, `SELECT citizen_id, answered_on, item1 + item2 + item3 + item4 + item5 FROM who5_answers
		WHERE answered_on >= ? ORDER BY citizen_id, answered_on, id`, dateText(today.AddDays(-board.WellbeingFactsDays)))
	if err != nil {
		return f, err
	}
	for rows.Next() {
		var id, raw int64
		var on string
		if err := rows.Scan(&id, &on, &raw); err != nil {
			rows.Close()
			return f, err
		}
		f.wellbeing[id] = append(f.wellbeing[id], board.WellbeingScore{On: parseDate(on), Score: int(raw) * board.WHO5Factor})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return f, err
	}
	since := tsNotNull(today.AddDays(-board.NoShowWindowDays).In(loc))
	rows, err = tx.QueryContext(ctx, `SELECT citizen_id, start_at FROM appointments
		WHERE status = 'no_show' AND citizen_id IS NOT NULL AND start_at >= ? AND freq = ''
		UNION ALL
		SELECT a.citizen_id, coalesce(e.start_at, e.original_at) FROM appointment_exceptions e
		JOIN appointments a ON a.id = e.appointment_id
		WHERE e.status = 'no_show' AND a.citizen_id IS NOT NULL AND coalesce(e.start_at, e.original_at) >= ?`, since, since)
	if err != nil {
		return f, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var at sql.NullInt64
		if err := rows.Scan(&id, &at); err != nil {
			return f, err
		}
		f.noShows[id] = append(f.noShows[id], fromTS(at))
	}
	return f, rows.Err()
}

// apply puts the follow-up facts on the board's rows.
func (f followUpFacts) apply(rows map[int64]*board.BoardRow) {
	for id, r := range rows {
		r.Facts.Wellbeing, r.Facts.NoShows = f.wellbeing[id], f.noShows[id]
	}
}

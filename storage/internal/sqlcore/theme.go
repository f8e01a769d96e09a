package sqlcore

import (
	"context"
	"strconv"
	"time"

	"tavlen/board"
)

// The year's themes (årshjul), kept in year_themes.

const themeColumns = `id, year, month, meeting_date, title, presenter_id, minutes, notes, version, updated_at, updated_by`

func scanTheme(row interface{ Scan(...any) error }) (*board.Theme, error) {
	var t board.Theme
	var month int
	var date, by string
	var presenter *int64
	var v, at int64
	if err := row.Scan(&t.ID, &t.Year, &month, &date, &t.Title, &presenter, &t.Minutes, &t.Notes, &v, &at, &by); err != nil {
		return nil, err
	}
	t.Month, t.MeetingDate = time.Month(month), parseDate(date)
	if presenter != nil {
		t.PresenterID = *presenter
	}
	t.Stamp = stampOf(v, at, by)
	return &t, nil
}

func themeFields(t *board.Theme, initials map[int64]string) []field {
	presenter := ""
	if t.PresenterID != 0 {
		if presenter = initials[t.PresenterID]; presenter == "" {
			presenter = "#" + strconv.FormatInt(t.PresenterID, 10)
		}
	}
	minutes := ""
	if t.Minutes != 0 {
		minutes = strconv.Itoa(t.Minutes)
	}
	return []field{{"year", strconv.Itoa(t.Year)}, {"month", strconv.Itoa(int(t.Month))}, {"meeting date", t.MeetingDate.String()},
		{"title", t.Title}, {"presenter", presenter}, {"minutes", minutes}, {"notes", t.Notes}}
}

func queryThemes(ctx context.Context, tx *Q, where string, args ...any) ([]*board.Theme, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+themeColumns+` FROM year_themes`+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Theme
	for rows.Next() {
		t, err := scanTheme(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	board.SortThemes(out)
	return out, nil
}

// FindThemes returns a year's themes in the year wheel's order.
func (db *DB) FindThemes(ctx context.Context, year int) ([]*board.Theme, error) {
	var out []*board.Theme
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = queryThemes(ctx, tx, ` WHERE year = ?`, year)
		return err
	})
	return out, err
}

// FindThemeByID returns one theme; ENotFound when it was deleted.
func (db *DB) FindThemeByID(ctx context.Context, id int64) (*board.Theme, error) {
	var list []*board.Theme
	err := db.read(ctx, func(tx *Q) (err error) {
		list, err = queryThemes(ctx, tx, ` WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The theme no longer exists; someone may have deleted it.")
	}
	return list[0], nil
}

// CreateTheme stores a new theme of the year wheel.
func (db *DB) CreateTheme(ctx context.Context, th *board.Theme) error {
	if err := th.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.memberIDsExist(th.PresenterID); err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		id, err := t.insertID(`INSERT INTO year_themes (year, month, meeting_date, title, presenter_id, minutes, notes, version, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, th.Year, int(th.Month), th.MeetingDate.String(), th.Title, nullID(th.PresenterID),
			th.Minutes, th.Notes, tsNotNull(t.now), t.member)
		if err != nil {
			return err
		}
		th.ID = id
		t.stamp(&th.Stamp, 1)
		return t.record(board.AuditInsert, "year_themes", th.ID, 0, nil, themeFields(th, initials))
	})
}

func (t *Tx) oldTheme(ctx context.Context, id, version int64) (*board.Theme, error) {
	list, err := queryThemes(ctx, t.Q, ` WHERE id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The theme", false, board.Stamp{}, version)
	}
	return list[0], checkStamp("The theme", true, list[0].Stamp, version)
}

// UpdateTheme saves th if th.Version is still the stored version.
func (db *DB) UpdateTheme(ctx context.Context, th *board.Theme) error {
	if err := th.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldTheme(ctx, th.ID, th.Version)
		if err != nil {
			return err
		}
		if err := t.memberIDsExist(th.PresenterID); err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		err = t.exec1("The theme", `UPDATE year_themes SET year = ?, month = ?, meeting_date = ?, title = ?, presenter_id = ?, minutes = ?, notes = ?,
			version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`,
			th.Year, int(th.Month), th.MeetingDate.String(), th.Title, nullID(th.PresenterID), th.Minutes, th.Notes,
			tsNotNull(t.now), t.member, th.ID, th.Version)
		if err != nil {
			return err
		}
		t.stamp(&th.Stamp, th.Version+1)
		return t.record(board.AuditUpdate, "year_themes", th.ID, 0, themeFields(old, initials), themeFields(th, initials))
	})
}

// DeleteTheme deletes a theme if version is still the stored version.
func (db *DB) DeleteTheme(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldTheme(ctx, id, version)
		if err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		if err := t.exec1("The theme", `DELETE FROM year_themes WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		return t.record(board.AuditDelete, "year_themes", id, 0, themeFields(old, initials), nil)
	})
}

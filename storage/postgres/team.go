package postgres

import (
	"context"
	"database/sql"
	"strings"

	"tavlen/board"
)

func teamFields(t *board.Team) []field { return []field{{"name", t.Name}} }

// FindTeam returns the team of the file.
func (db *DB) FindTeam(ctx context.Context) (*board.Team, error) {
	var team *board.Team
	err := db.read(ctx, func(tx *sqlTx) (err error) {
		team, err = findTeam(ctx, tx)
		return err
	})
	return team, err
}

func findTeam(ctx context.Context, tx *sqlTx) (*board.Team, error) {
	var t board.Team
	var v, at int64
	var by string
	err := tx.QueryRowContext(ctx, `SELECT name, version, updated_at, updated_by FROM team WHERE id = tavlen_team()`).Scan(&t.Name, &v, &at, &by)
	if err == sql.ErrNoRows {
		return nil, board.Errorf(board.ENotFound, "The file has no team.")
	} else if err != nil {
		return nil, err
	}
	t.Stamp = stampOf(v, at, by)
	return &t, nil
}

// UpdateTeam renames the team if t.Version is still the stored version.
func (db *DB) UpdateTeam(ctx context.Context, t *board.Team) error {
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return board.Errorf(board.EInvalid, "The team needs a name.")
	}
	if err := board.RefuseCPR(t); err != nil {
		return err
	}
	return db.write(ctx, func(x *tx) error {
		old, err := findTeam(ctx, x.sqlTx)
		if err != nil {
			return err
		}
		if err := checkStamp("The team", true, old.Stamp, t.Version); err != nil {
			return err
		}
		err = x.exec1("The team", `UPDATE team SET name = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = tavlen_team() AND version = ?`,
			t.Name, tsNotNull(x.now), x.member, t.Version)
		if err != nil {
			return err
		}
		if err := x.record(board.AuditUpdate, "team", 1, 0, teamFields(old), teamFields(t)); err != nil {
			return err
		}
		x.stamp(&t.Stamp, t.Version+1)
		return nil
	})
}

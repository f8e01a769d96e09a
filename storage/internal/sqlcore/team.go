package sqlcore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"tavlen/board"
)

func teamFields(t *board.Team) []field {
	goal := ""
	if t.IntakeGoalDays != 0 {
		goal = strconv.Itoa(t.IntakeGoalDays)
	}
	return []field{{"name", t.Name}, {"intake goal days", goal}}
}

// FindTeam returns the team of the file.
func (db *DB) FindTeam(ctx context.Context) (*board.Team, error) {
	var team *board.Team
	err := db.read(ctx, func(tx *Q) (err error) {
		team, err = findTeam(ctx, tx)
		return err
	})
	return team, err
}

func findTeam(ctx context.Context, tx *Q) (*board.Team, error) {
	var t board.Team
	var v, at int64
	var by string
	err := tx.QueryRowContext(ctx, `SELECT name, intake_goal_days, version, updated_at, updated_by FROM team WHERE id = `+tx.d.TeamRow).Scan(&t.Name, &t.IntakeGoalDays, &v, &at, &by)
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
	if err := t.ValidateIntakeGoal(); err != nil {
		return err
	}
	if err := board.RefuseCPR(t); err != nil {
		return err
	}
	return db.write(ctx, func(x *Tx) error {
		old, err := findTeam(ctx, x.Q)
		if err != nil {
			return err
		}
		if err := checkStamp("The team", true, old.Stamp, t.Version); err != nil {
			return err
		}
		err = x.exec1("The team", `UPDATE team SET name = ?, intake_goal_days = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = `+x.d.TeamRow+` AND version = ?`,
			t.Name, t.IntakeGoalDays, tsNotNull(x.now), x.member, t.Version)
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

// TeamCreated writes the history of a new team row (stored by the adapter)
// and its first member (may be nil), in the adapter's transaction.
func (t *Tx) TeamCreated(name string, first *board.Member) error {
	if err := t.record(board.AuditInsert, "team", 1, 0, nil, teamFields(&board.Team{Name: name})); err != nil {
		return err
	}
	if first != nil {
		return t.createMember(first)
	}
	return nil
}

// CheckNewTeam returns the new team's name trimmed, or why it or its first
// member (may be nil) cannot be saved.
func CheckNewTeam(name string, first *board.Member) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", board.Errorf(board.EInvalid, "The team needs a name.")
	}
	if err := board.RefuseCPR(&board.Team{Name: name}); err != nil {
		return "", err
	}
	if first != nil {
		if err := first.Validate(); err != nil {
			return "", err
		}
	}
	return name, nil
}

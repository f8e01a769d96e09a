package sqlcore

import (
	"context"
	"database/sql"
	"strings"

	"tavlen/board"
)

const goalColumns = `id, citizen_id, text, life_area, position, version, updated_at, updated_by`

func scanGoal(row interface{ Scan(...any) error }) (*board.Goal, error) {
	var g board.Goal
	var v, at int64
	var by string
	if err := row.Scan(&g.ID, &g.CitizenID, &g.Text, &g.LifeArea, &g.Position, &v, &at, &by); err != nil {
		return nil, err
	}
	g.Stamp = stampOf(v, at, by)
	return &g, nil
}

func goalFields(g *board.Goal) []field {
	return []field{{"text", g.Text}, {"life area", g.LifeArea}, {"position", itoa(int64(g.Position))}}
}

const actionColumns = `id, citizen_id, goal_id, text, responsible_id, sector, due, status, done_on, version, updated_at, updated_by`

// actionScan scans action rows into holders allocated once per query.
type actionScan struct {
	a                             board.Action
	goal, resp                    sql.NullInt64
	sector, due, status, done, by string
	v, at                         int64
	dest                          []any
}

func newActionScan() *actionScan {
	s := &actionScan{}
	a := &s.a
	s.dest = []any{&a.ID, &a.CitizenID, &s.goal, &a.Text, &s.resp, &s.sector, &s.due, &s.status, &s.done, &s.v, &s.at, &s.by}
	return s
}

func (s *actionScan) scan(row interface{ Scan(...any) error }) (*board.Action, error) {
	if err := row.Scan(s.dest...); err != nil {
		return nil, err
	}
	a := s.a
	a.GoalID, a.ResponsibleID = s.goal.Int64, s.resp.Int64
	a.Sector, a.Status = board.Sector(s.sector), board.ActionStatus(s.status)
	a.Due, a.DoneOn = parseDate(s.due), parseDate(s.done)
	a.Stamp = stampOf(s.v, s.at, s.by)
	return &a, nil
}

func actionFields(a *board.Action, initials map[int64]string) []field {
	resp := ""
	if a.ResponsibleID != 0 {
		resp = initials[a.ResponsibleID]
	}
	goal := ""
	if a.GoalID != 0 {
		goal = itoa(a.GoalID)
	}
	return []field{{"text", a.Text}, {"goal", goal}, {"responsible", resp}, {"sector", string(a.Sector)},
		{"due", a.Due.String()}, {"status", string(a.Status)}, {"done on", a.DoneOn.String()}}
}

func crisisFields(p *board.CrisisPlan) []field {
	return []field{{"warning signs", p.WarningSigns}, {"what helps", p.WhatHelps}, {"whom to call", p.WhomToCall}}
}

// FindPlan returns a citizen's goals, actions and crisis plan (nil when
// none was written).
func (db *DB) FindPlan(ctx context.Context, citizenID int64) (*board.Plan, error) {
	p := &board.Plan{}
	err := db.read(ctx, func(tx *Q) error {
		var err error
		if p.Goals, err = findGoals(ctx, tx, "citizen_id = ?", citizenID); err != nil {
			return err
		}
		if p.Actions, err = findActions(ctx, tx, board.ActionFilter{CitizenID: citizenID}); err != nil {
			return err
		}
		if p.Crisis, err = findCrisisPlan(ctx, tx, citizenID); err != nil {
			return err
		}
		for _, g := range p.Goals {
			if g.UpdatedAt.After(p.LastChange) {
				p.LastChange = g.UpdatedAt
			}
		}
		for _, a := range p.Actions {
			if a.UpdatedAt.After(p.LastChange) {
				p.LastChange = a.UpdatedAt
			}
		}
		if p.Crisis != nil && p.Crisis.UpdatedAt.After(p.LastChange) {
			p.LastChange = p.Crisis.UpdatedAt
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

func findGoals(ctx context.Context, tx *Q, where string, args ...any) ([]*board.Goal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+goalColumns+` FROM goals WHERE `+where+` ORDER BY position, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Goal
	for rows.Next() {
		g, err := scanGoal(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

func findCrisisPlan(ctx context.Context, tx *Q, citizenID int64) (*board.CrisisPlan, error) {
	p := board.CrisisPlan{CitizenID: citizenID}
	var v, at int64
	var by string
	err := tx.QueryRowContext(ctx, `SELECT warning_signs, what_helps, whom_to_call, version, updated_at, updated_by
		FROM crisis_plans WHERE citizen_id = ?`, citizenID).Scan(&p.WarningSigns, &p.WhatHelps, &p.WhomToCall, &v, &at, &by)
	if err == sql.ErrNoRows {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	p.Stamp = stampOf(v, at, by)
	return &p, nil
}

// CreateGoal stores a new goal.
func (db *DB) CreateGoal(ctx context.Context, g *board.Goal) error {
	if err := g.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.citizenExists(g.CitizenID); err != nil {
			return err
		}
		newID, err := t.insertID(`INSERT INTO goals (citizen_id, text, life_area, position, version, updated_at, updated_by)
			VALUES (?, ?, ?, ?, 1, ?, ?)`, g.CitizenID, g.Text, strings.TrimSpace(g.LifeArea), g.Position, tsNotNull(t.now), t.member)
		if err != nil {
			return err
		}
		g.ID = newID
		t.stamp(&g.Stamp, 1)
		return t.record(board.AuditInsert, "goals", g.ID, g.CitizenID, nil, goalFields(g))
	})
}

// oldGoal reads a goal inside a write transaction and checks its stamp.
func (t *Tx) oldGoal(ctx context.Context, id, version int64) (*board.Goal, error) {
	list, err := findGoals(ctx, t.Q, "id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The goal", false, board.Stamp{}, version)
	}
	return list[0], checkStamp("The goal", true, list[0].Stamp, version)
}

// UpdateGoal saves g if g.Version is still the stored version.
func (db *DB) UpdateGoal(ctx context.Context, g *board.Goal) error {
	if err := g.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldGoal(ctx, g.ID, g.Version)
		if err != nil {
			return err
		}
		g.CitizenID = old.CitizenID // a goal never moves to another citizen
		err = t.exec1("The goal", `UPDATE goals SET text = ?, life_area = ?, position = ?, version = version + 1, updated_at = ?, updated_by = ?
			WHERE id = ? AND version = ?`, g.Text, strings.TrimSpace(g.LifeArea), g.Position, tsNotNull(t.now), t.member, g.ID, g.Version)
		if err != nil {
			return err
		}
		t.stamp(&g.Stamp, g.Version+1)
		return t.record(board.AuditUpdate, "goals", g.ID, g.CitizenID, goalFields(old), goalFields(g))
	})
}

// DeleteGoal deletes a goal if version is still the stored version. Actions
// linked to it stay, unlinked.
func (db *DB) DeleteGoal(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldGoal(ctx, id, version)
		if err != nil {
			return err
		}
		linked, err := t.ids(`SELECT id FROM actions WHERE goal_id = ?`, id)
		if err != nil {
			return err
		}
		if _, err := t.Exec(`UPDATE actions SET goal_id = NULL WHERE goal_id = ?`, id); err != nil {
			return err
		}
		for _, aid := range linked {
			if err := t.changed("actions", aid, old.CitizenID); err != nil {
				return err
			}
		}
		if err := t.exec1("The goal", `DELETE FROM goals WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		return t.record(board.AuditDelete, "goals", id, old.CitizenID, goalFields(old), nil)
	})
}

// FindActions returns actions, open ones first, then by due date.
func (db *DB) FindActions(ctx context.Context, f board.ActionFilter) ([]*board.Action, error) {
	var out []*board.Action
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = findActions(ctx, tx, f)
		return err
	})
	return out, err
}

func findActions(ctx context.Context, tx *Q, f board.ActionFilter) ([]*board.Action, error) {
	var where []string
	var args []any
	if f.CitizenID != 0 {
		where, args = append(where, "citizen_id = ?"), append(args, f.CitizenID)
	}
	if f.ResponsibleID != 0 {
		where, args = append(where, "responsible_id = ?"), append(args, f.ResponsibleID)
	}
	if f.OpenOnly {
		where = append(where, "status = 'open'")
	}
	if !f.DueBefore.IsZero() {
		where, args = append(where, "due <> '' AND due < ?"), append(args, f.DueBefore.String())
	}
	return queryActions(ctx, tx, whereClause(where), args...)
}

func queryActions(ctx context.Context, tx *Q, where string, args ...any) ([]*board.Action, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+actionColumns+` FROM actions`+where+
		` ORDER BY status <> 'open', due = '', due, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Action
	scan := newActionScan()
	for rows.Next() {
		a, err := scan.scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// checkAction checks references an action makes: its goal belongs to the
// same citizen, its responsible member exists.
func (t *Tx) checkAction(a *board.Action) error {
	if err := t.citizenExists(a.CitizenID); err != nil {
		return err
	}
	if err := t.memberIDsExist(a.ResponsibleID); err != nil {
		return err
	}
	if a.GoalID != 0 {
		var cid int64
		err := t.QueryRow(`SELECT citizen_id FROM goals WHERE id = ?`, a.GoalID).Scan(&cid)
		if err == sql.ErrNoRows || (err == nil && cid != a.CitizenID) {
			return board.Errorf(board.EInvalid, "The linked goal does not belong to this citizen.")
		} else if err != nil {
			return err
		}
	}
	return nil
}

func actionArgs(a *board.Action) []any {
	return []any{nullID(a.GoalID), a.Text, nullID(a.ResponsibleID), string(a.Sector), dateText(a.Due), string(a.Status), dateText(a.DoneOn)}
}

// CreateAction stores a new action.
func (db *DB) CreateAction(ctx context.Context, a *board.Action) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.checkAction(a); err != nil {
			return err
		}
		args := append([]any{a.CitizenID}, actionArgs(a)...)
		args = append(args, tsNotNull(t.now), t.member)
		newID, err := t.insertID(`INSERT INTO actions (citizen_id, goal_id, text, responsible_id, sector, due, status, done_on, version, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, args...)
		if err != nil {
			return err
		}
		a.ID = newID
		t.stamp(&a.Stamp, 1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditInsert, "actions", a.ID, a.CitizenID, nil, actionFields(a, initials))
	})
}

func (t *Tx) oldAction(ctx context.Context, id, version int64) (*board.Action, error) {
	list, err := queryActions(ctx, t.Q, " WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The action", false, board.Stamp{}, version)
	}
	return list[0], checkStamp("The action", true, list[0].Stamp, version)
}

// UpdateAction saves a if a.Version is still the stored version.
func (db *DB) UpdateAction(ctx context.Context, a *board.Action) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldAction(ctx, a.ID, a.Version)
		if err != nil {
			return err
		}
		a.CitizenID = old.CitizenID
		if err := t.checkAction(a); err != nil {
			return err
		}
		args := append(actionArgs(a), tsNotNull(t.now), t.member, a.ID, a.Version)
		err = t.exec1("The action", `UPDATE actions SET goal_id = ?, text = ?, responsible_id = ?, sector = ?, due = ?, status = ?, done_on = ?,
			version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`, args...)
		if err != nil {
			return err
		}
		t.stamp(&a.Stamp, a.Version+1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditUpdate, "actions", a.ID, a.CitizenID, actionFields(old, initials), actionFields(a, initials))
	})
}

// DeleteAction deletes an action if version is still the stored version.
func (db *DB) DeleteAction(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldAction(ctx, id, version)
		if err != nil {
			return err
		}
		if err := t.exec1("The action", `DELETE FROM actions WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditDelete, "actions", id, old.CitizenID, actionFields(old, initials), nil)
	})
}

// SaveCrisisPlan creates or updates the citizen's crisis plan. Version 0
// means there was none when the caller read it.
func (db *DB) SaveCrisisPlan(ctx context.Context, p *board.CrisisPlan) error {
	if p.CitizenID == 0 {
		return board.Errorf(board.EInvalid, "A crisis plan belongs to a citizen.")
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.citizenExists(p.CitizenID); err != nil {
			return err
		}
		old, err := findCrisisPlan(ctx, t.Q, p.CitizenID)
		if err != nil {
			return err
		}
		if old == nil {
			if p.Version != 0 {
				return checkStamp("The crisis plan", false, board.Stamp{}, p.Version)
			}
			if _, err := t.Exec(`INSERT INTO crisis_plans (citizen_id, warning_signs, what_helps, whom_to_call, version, updated_at, updated_by)
				VALUES (?, ?, ?, ?, 1, ?, ?)`, p.CitizenID, p.WarningSigns, p.WhatHelps, p.WhomToCall, tsNotNull(t.now), t.member); err != nil {
				return err
			}
			t.stamp(&p.Stamp, 1)
			return t.record(board.AuditInsert, "crisis_plans", p.CitizenID, p.CitizenID, nil, crisisFields(p))
		}
		if err := checkStamp("The crisis plan", true, old.Stamp, p.Version); err != nil {
			return err
		}
		err = t.exec1("The crisis plan", `UPDATE crisis_plans SET warning_signs = ?, what_helps = ?, whom_to_call = ?, version = version + 1,
			updated_at = ?, updated_by = ? WHERE citizen_id = ? AND version = ?`,
			p.WarningSigns, p.WhatHelps, p.WhomToCall, tsNotNull(t.now), t.member, p.CitizenID, p.Version)
		if err != nil {
			return err
		}
		t.stamp(&p.Stamp, p.Version+1)
		return t.record(board.AuditUpdate, "crisis_plans", p.CitizenID, p.CitizenID, crisisFields(old), crisisFields(p))
	})
}

// ids runs a query of one integer column.
func (t *Tx) ids(q string, args ...any) ([]int64, error) {
	rows, err := t.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

package postgres

import (
	"context"

	"tavlen/board"

	"github.com/jackc/pgx/v5"
)

// Members log in as their own database roles (made by region IT with
// CREATE ROLE … LOGIN). AddMemberRole makes a role a member of this team:
// row-level security then shows it this team's rows and no other's, and
// its grants keep the history and the progress notes append-only.

// teamTables are the tables a member reads and changes (within its team).
var teamTables = []string{"members", "citizens", "citizen_members", "goals", "actions", "crisis_plans", "contacts",
	"changes", "appointments", "appointment_participants", "meetings", "meeting_attendees", "meeting_items",
	"citizen_facts", "presence", "appointment_exceptions", "year_themes", "who5_answers"}

// AddMemberRole lets the database role work on db's team, and only on it.
// Only the database's owner may call it; a role belongs to one team.
func (db *DB) AddMemberRole(ctx context.Context, role string) error {
	if db.readOnly {
		return errReadOnly()
	}
	id := pgx.Identifier{role}.Sanitize()
	stmts := []string{
		`GRANT USAGE ON SCHEMA public TO ` + id,
		`GRANT SELECT ON tavlen_schema TO ` + id,
		`GRANT SELECT, UPDATE ON team TO ` + id,
		// The history and the notes: written once, never changed.
		`GRANT SELECT, INSERT ON audit, notes, meeting_corrections TO ` + id,
		`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ` + id,
	}
	for _, t := range teamTables {
		stmts = append(stmts, `GRANT SELECT, INSERT, UPDATE, DELETE ON `+t+` TO `+id)
	}
	raw, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err, "begin")
	}
	defer func() { _ = raw.Rollback() }()
	q := db.Bind(ctx, raw)
	if _, err := q.Exec(`INSERT INTO team_roles (role, team_id) VALUES (?, ?)`, role, db.team); err != nil {
		return board.Errorf(board.EInvalid, "The role %s cannot be added to the team (it may belong to another team).", role)
	}
	for _, s := range stmts {
		if _, err := q.Exec(s); err != nil {
			return mapErr(err, "grant")
		}
	}
	return mapErr(raw.Commit(), "commit")
}

package postgres

import (
	"net/url"
	"testing"
)

// TestMemberRoleReachesEveryTeamTable: a table added by a migration is
// granted to members too, or a member's save fails where the owner's
// tests pass (a new record kind once missed its grant).
func TestMemberRoleReachesEveryTeamTable(t *testing.T) {
	serverAddress(t)
	teamB, _, memberA := twoTeams(t)
	u, err := url.Parse(memberA)
	if err != nil {
		t.Fatal(err)
	}
	role := u.User.Username()
	rows, err := teamB.SQL.QueryContext(ctx, `SELECT DISTINCT table_name FROM information_schema.columns
		WHERE table_schema = 'public' AND column_name = 'team_id' ORDER BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	if len(tables) < 10 {
		t.Fatalf("only %d team tables found: %v", len(tables), tables)
	}
	for _, table := range tables {
		if table == "team_roles" {
			continue // which role belongs to which team: the owner's alone
		}
		var may bool
		if err := teamB.SQL.QueryRowContext(ctx, `SELECT has_table_privilege($1, $2, 'SELECT, INSERT')`, role, table).Scan(&may); err != nil {
			t.Fatal(err)
		}
		if !may {
			t.Errorf("a member may not read and write %s", table)
		}
	}
}

package postgres

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"tavlen/board"

	"github.com/jackc/pgx/v5"
)

// twoTeams makes teams A and B in one database, each with a citizen, a
// note and history, and a login role for a member of A. It returns the
// owner's store of B, B's citizen and the member's address.
func twoTeams(t *testing.T) (teamB *DB, citizenB *board.Citizen, memberA string) {
	addr := newDatabase(t)
	clock := func() time.Time { return time.Date(2026, 3, 25, 10, 0, 0, 0, time.UTC) }
	first := func(i string) *board.Member {
		return &board.Member{Name: "Member " + i, Initials: i, Sector: board.SectorRegion, Active: true}
	}
	a, err := Create(addr, "Team A", first("AA"), Options{Now: clock, Member: "AA"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	b, err := Create(addr, "Team B", first("BB"), Options{Now: clock, Member: "BB"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	for _, db := range []*DB{a, b} {
		c := &board.Citizen{Name: "Borger i " + db.Path(), Status: board.StatusActive}
		if err := db.CreateCitizen(ctx, c); err != nil {
			t.Fatal(err)
		}
		if err := db.AddNote(ctx, &board.Note{CitizenID: c.ID, Text: "Fortroligt"}); err != nil {
			t.Fatal(err)
		}
		citizenB = c
	}
	role := fmt.Sprintf("member_a_%d", os.Getpid())
	superExec(t, "postgres", `DROP ROLE IF EXISTS `+role, `CREATE ROLE `+role+` LOGIN`)
	if err := a.AddMemberRole(ctx, role); err != nil {
		t.Fatal(err)
	}
	u := strings.Replace(a.testAddress, "//"+testOwner(t)+"@", "//"+role+"@", 1)
	return b, citizenB, u
}

// TestMemberOfTeamASeesAndChangesNothingOfTeamB: a member of team A sends
// hand-written SQL at team B's citizens, notes and history. Nothing comes
// back and nothing changes.
func TestMemberOfTeamASeesAndChangesNothingOfTeamB(t *testing.T) {
	serverAddress(t)
	b, cB, memberA := twoTeams(t)
	conn, err := pgx.Connect(ctx, memberA)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	auditB, _ := b.FindAudit(ctx, board.AuditFilter{})

	// Reads: only team A's rows, however asked.
	for _, q := range []string{
		fmt.Sprintf(`SELECT count(*) FROM citizens WHERE id = %d`, cB.ID),
		fmt.Sprintf(`SELECT count(*) FROM citizens WHERE team_id = %d`, b.team),
		fmt.Sprintf(`SELECT count(*) FROM notes WHERE citizen_id = %d`, cB.ID),
		fmt.Sprintf(`SELECT count(*) FROM audit WHERE team_id = %d`, b.team),
		fmt.Sprintf(`SELECT count(*) FROM changes WHERE team_id = %d`, b.team),
		fmt.Sprintf(`SELECT count(*) FROM team WHERE id = %d`, b.team),
		`SELECT count(*) FROM citizens WHERE name LIKE '%Team B%'`,
	} {
		var n int
		if err := conn.QueryRow(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows, %v", q, n, err)
		}
	}
	var own int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM citizens`).Scan(&own); err != nil || own != 1 {
		t.Errorf("member of A sees %d citizens (%v), want its team's 1", own, err)
	}
	// Choosing another team is for the owner only.
	if _, err := conn.Exec(ctx, fmt.Sprintf(`SET tavlen.team = '%d'`, b.team)); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM citizens`).Scan(&n); err != nil || n != 1 {
		t.Errorf("after SET tavlen.team: %d citizens, %v", n, err)
	}

	// Writes: refused or touching nothing.
	for _, q := range []string{
		fmt.Sprintf(`UPDATE citizens SET name = 'Hacket' WHERE id = %d`, cB.ID),
		fmt.Sprintf(`DELETE FROM citizen_facts WHERE citizen_id = %d`, cB.ID),
		fmt.Sprintf(`UPDATE team SET name = 'Hacket' WHERE id = %d`, b.team),
		fmt.Sprintf(`INSERT INTO citizens (team_id, name, status, updated_at) VALUES (%d, 'Indsmuglet', 'active', 0)`, b.team),
		fmt.Sprintf(`INSERT INTO notes (team_id, citizen_id, at, text) VALUES (%d, %d, 0, 'Indsmuglet')`, b.team, cB.ID),
		fmt.Sprintf(`INSERT INTO audit (team_id, id, at, action, tbl, hash) VALUES (%d, 999, 0, 'delete', 'citizens', 'x')`, b.team),
		fmt.Sprintf(`INSERT INTO changes (team_id, seq, tbl, row_id, at) VALUES (%d, 999, 'citizens', 1, 0)`, b.team),
		// A's own citizen pointed at B: the row would leave the team.
		fmt.Sprintf(`UPDATE citizens SET team_id = %d`, b.team),
		// The history and the notes are append-only for members.
		`UPDATE audit SET changes = 'x'`, `DELETE FROM audit`, `TRUNCATE audit`,
		`UPDATE notes SET text = 'x'`, `DELETE FROM notes`, `TRUNCATE notes`,
		`TRUNCATE citizens CASCADE`,
		// No way round the policies.
		`ALTER TABLE citizens DISABLE ROW LEVEL SECURITY`, `DROP POLICY own_team ON citizens`,
		`SET ROLE ` + testOwner(t), `INSERT INTO team_roles VALUES (current_user, 1)`,
		fmt.Sprintf(`DELETE FROM team_roles WHERE team_id = %d`, b.team),
	} {
		tag, err := conn.Exec(ctx, q)
		if err == nil && tag.RowsAffected() != 0 {
			t.Errorf("%s: changed %d rows", q, tag.RowsAffected())
		}
		if err == nil && !strings.HasPrefix(q, "UPDATE citizens SET name") && !strings.HasPrefix(q, "DELETE FROM citizen_facts") &&
			!strings.HasPrefix(q, "UPDATE team") && !strings.HasPrefix(q, "DELETE FROM team_roles") {
			t.Errorf("%s: accepted", q)
		}
	}

	// Team B, seen by its own owner session, is as it was.
	got, err := b.FindCitizenByID(ctx, cB.ID)
	if err != nil || got.Name != cB.Name || got.Version != 1 {
		t.Fatalf("B's citizen: %+v %v", got, err)
	}
	if team, _ := b.FindTeam(ctx); team.Name != "Team B" {
		t.Fatalf("B's team: %+v", team)
	}
	notes, _ := b.FindNotes(ctx, cB.ID)
	if len(notes) != 1 || notes[0].Text != "Fortroligt" {
		t.Fatalf("B's notes: %+v", notes)
	}
	list, _ := b.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if len(list) != 1 {
		t.Fatalf("B has %d citizens", len(list))
	}
	if after, _ := b.FindAudit(ctx, board.AuditFilter{}); len(after) != len(auditB) {
		t.Fatalf("B's history grew from %d to %d", len(auditB), len(after))
	}
	if err := b.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestMemberWorksOnItsTeamThroughTheAdapter: the member's role opens its
// own team without naming it, saves, and sees only its team.
func TestMemberWorksOnItsTeamThroughTheAdapter(t *testing.T) {
	serverAddress(t)
	_, _, memberA := twoTeams(t)
	db, err := Open(memberA, "", Options{Member: "AA"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if team, err := db.FindTeam(ctx); err != nil || team.Name != "Team A" {
		t.Fatalf("team: %+v %v", team, err)
	}
	c := &board.Citizen{Name: "Ny borger"}
	if err := db.CreateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	list, _ := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if len(list) != 2 {
		t.Fatalf("member sees %d citizens, want 2", len(list))
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
}

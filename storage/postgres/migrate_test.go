package postgres

import (
	"testing"

	"tavlen/board"
)

// TestNewerDatabaseIsRefusedAndLeftAlone: a database whose schema is newer
// than this Tavlen's is refused with ENewerFile and not changed.
func TestNewerDatabaseIsRefusedAndLeftAlone(t *testing.T) {
	serverAddress(t)
	addr := emptyDatabase(t)
	db, err := Create(addr, "Team", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := schemaVersion(ctx, db.SQL); err != nil || v != latestVersion() {
		t.Fatalf("new database at version %d (%v), want %d", v, err, latestVersion())
	}
	newer := latestVersion() + 1
	if _, err := db.SQL.Exec(`UPDATE tavlen_schema SET version = $1`, newer); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, open := range []func() error{
		func() error { _, err := Open(addr, "Team", Options{}); return err },
		func() error { _, err := Open(addr, "Team", Options{ReadOnly: true}); return err },
		func() error { _, err := Create(addr, "Other", nil, Options{}); return err },
	} {
		if err := open(); board.ErrorCode(err) != board.ENewerFile {
			t.Fatalf("err = %v, want ENewerFile", err)
		}
	}
	check, err := connect(ctx, addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	var teams int
	if v, _ := schemaVersion(ctx, check.SQL); v != newer {
		t.Fatalf("version changed to %d", v)
	}
	if err := check.SQL.QueryRow(`SELECT count(*) FROM team_roles`).Scan(&teams); err != nil || teams != 0 {
		t.Fatalf("team_roles: %d %v", teams, err)
	}
}

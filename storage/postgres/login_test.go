package postgres

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/postgres/pgtest"
)

// TestLoginWithPassword: a role the server asks a password of is refused
// without one or with a wrong one (LoginRefused, so the app asks), and let
// in with Options.Password or the pgpass file; the store's Path never
// holds the password.
func TestLoginWithPassword(t *testing.T) {
	serverAddress(t)
	role := pgtest.PasswordRole(t, "kode'ord 1")
	addr := newDatabase(t)
	owner, err := Create(addr, "FACT Syd", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close()
	if err := owner.AddMemberRole(ctx, role); err != nil {
		t.Fatal(err)
	}
	memberAddr := WithTeam(strings.Replace(owner.testAddress, "//"+testOwner(t)+"@", "//"+role+"@", 1), "FACT Syd")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	for _, pw := range []string{"", "forkert"} {
		if db, err := Open(memberAddr, "", Options{Password: pw}); !LoginRefused(err) {
			if db != nil {
				db.Close()
			}
			t.Fatalf("password %q: err = %v, want the login refused", pw, err)
		}
	}
	db, err := Open(memberAddr, "", Options{Password: "kode'ord 1"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(db.Path(), "kode") || !strings.Contains(db.Path(), "team=FACT+Syd") {
		t.Errorf("Path = %q", db.Path())
	}
	db.Close()

	pgpass := filepath.Join(t.TempDir(), "pgpass")
	os.WriteFile(pgpass, []byte("*:*:*:"+role+":kode'ord 1\n"), 0o600)
	t.Setenv("PGPASSFILE", pgpass)
	db, err = Open(memberAddr, "", Options{})
	if err != nil {
		t.Fatalf("with PGPASSFILE: %v", err)
	}
	db.Close()
}

// TestReadOnlyOpensWithReadWriteTarget: an address that asks for the
// primary (target_session_attrs=read-write, as with a standby) also opens
// read-only, and read-only still refuses to write.
func TestReadOnlyOpensWithReadWriteTarget(t *testing.T) {
	serverAddress(t)
	addr := newDatabase(t)
	owner, err := Create(addr, "FACT Syd", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	owner.Close()
	db, err := Open(WithTeam(addr+"&target_session_attrs=read-write", "FACT Syd"), "", Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only with a read-write target: %v", err)
	}
	defer db.Close()
	if _, err := db.SQL.Exec(`UPDATE team SET updated_by = 'x'`); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("a write in a read-only session: %v", err)
	}
}

package cli

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/opener"
	"tavlen/storage/postgres"
	"tavlen/storage/postgres/pgtest"
)

// regionTeam makes team "FACT Vest" with one citizen in a new region
// database and returns the team's address (owner role, no password).
func regionTeam(t *testing.T) string {
	t.Helper()
	addr := postgres.WithTeam(pgtest.NewDatabaseAddress(t), "FACT Vest")
	s, err := opener.Create(addr, "FACT Vest", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, opener.Options{Now: fixedNow, Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.CreateCitizen(context.Background(), &board.Citizen{Name: "Bo Ærø", Status: board.StatusActive}); err != nil {
		t.Fatal(err)
	}
	return addr
}

func TestCommandsTakeRegionAddress(t *testing.T) {
	addr := regionTeam(t)
	out, errs, code := run(t, "citizens", addr)
	if code != 0 || !strings.Contains(out, "Bo Ærø\tactive") {
		t.Fatalf("citizens: %d %q %q", code, out, errs)
	}
	out, errs, code = run(t, "members", addr)
	if code != 0 || !strings.Contains(out, "AB\tAnne Bech") {
		t.Fatalf("members: %d %q %q", code, out, errs)
	}
	out, errs, code = run(t, "check", addr)
	if code != 0 || !strings.Contains(out, "citizens: 1\n") || !strings.Contains(out, "history: ok") {
		t.Fatalf("check: %d %q %q", code, out, errs)
	}
	dir := t.TempDir()
	ics := filepath.Join(dir, "team.ics")
	if _, errs, code = run(t, "export-ics", addr, "--team", "-o", ics); code != 0 {
		t.Fatalf("export-ics: %d %q", code, errs)
	}
	if _, errs, code = run(t, "print", "board", addr, "-o", filepath.Join(dir, "board.pdf")); code != 0 {
		t.Fatalf("print board: %d %q", code, errs)
	}
	cal := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:one@example\r\nDTSTAMP:20261120T090000Z\r\n" +
		"DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nSUMMARY:Netværksmøde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	in := filepath.Join(dir, "in.ics")
	os.WriteFile(in, []byte(cal), 0o644)
	if out, errs, code = run(t, "import-ics", addr, in, "--member", "AB"); code != 0 || !strings.Contains(out, "1 added") {
		t.Fatalf("import-ics: %d %q %q", code, out, errs)
	}
	if _, errs, code = run(t, "backup", addr); code != 1 || !strings.Contains(errs, "pg_dump") {
		t.Errorf("backup of a region database: %d %q", code, errs)
	}
	// Opening the app on an address, also as Windows would pass it alone.
	for _, args := range [][]string{{"open", addr}, {addr}} {
		if res := Run(args, &Env{Stdout: os.Stdout, Stderr: os.Stderr}); !res.OpenApp || res.Path != addr {
			t.Errorf("%v: %+v", args, res)
		}
	}
}

// TestRegionAddressFromLibpqEnvironment leaves the host, port and user to
// libpq's environment: PGHOST/PGPORT/PGUSER, then a service file.
func TestRegionAddressFromLibpqEnvironment(t *testing.T) {
	full := regionTeam(t)
	u, _ := url.Parse(full)
	db := strings.TrimPrefix(u.Path, "/")
	t.Setenv("PGHOST", u.Hostname())
	t.Setenv("PGPORT", u.Port())
	t.Setenv("PGUSER", u.User.Username())
	t.Setenv("PGSSLMODE", "disable")
	out, errs, code := run(t, "citizens", "postgres:///"+db+"?team=FACT+Vest")
	if code != 0 || !strings.Contains(out, "Bo Ærø") {
		t.Fatalf("PGHOST…: %d %q %q", code, out, errs)
	}

	for _, k := range []string{"PGHOST", "PGPORT", "PGUSER"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	service := filepath.Join(t.TempDir(), "pg_service.conf")
	os.WriteFile(service, []byte("[tavlen]\nhost="+u.Hostname()+"\nport="+u.Port()+"\nuser="+u.User.Username()+"\ndbname="+db+"\nsslmode=disable\n"), 0o600)
	t.Setenv("PGSERVICEFILE", service)
	t.Setenv("PGSERVICE", "tavlen")
	out, errs, code = run(t, "members", "postgres://?team=FACT+Vest")
	if code != 0 || !strings.Contains(out, "Anne Bech") {
		t.Fatalf("PGSERVICE: %d %q %q", code, out, errs)
	}
}

func TestRegionAddressWrongTeamExplains(t *testing.T) {
	addr := regionTeam(t)
	_, errs, code := run(t, "citizens", postgres.WithTeam(addr, "FACT Øst"))
	if code != 1 || !strings.Contains(errs, `no team "FACT Øst"`) {
		t.Fatalf("%d %q", code, errs)
	}
}

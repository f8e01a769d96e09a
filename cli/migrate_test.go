package cli

import (
	"context"
	"crypto/sha256"
	"os"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/opener"
	"tavlen/storage/postgres"
	"tavlen/storage/postgres/pgtest"
)

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestMigrateToPostgres moves the demo team's file into a region database
// that already holds a team whose ids overlap the file's: every row and
// history entry arrives (the listings match, the chain verifies there),
// the file is byte for byte unchanged, the moved team saves new rows, the
// other team sees none of it, and a second move is refused.
func TestMigrateToPostgres(t *testing.T) {
	path := demoFile(t)
	addr := pgtest.NewDatabaseAddress(t)
	other, err := opener.Create(postgres.WithTeam(addr, "FACT Øst"), "FACT Øst", &board.Member{Name: "Ole Dam", Initials: "OD", Sector: board.SectorKommune, Active: true}, opener.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := context.Background()
	if err := other.CreateCitizen(ctx, &board.Citizen{Name: "Østens borger", Status: board.StatusActive}); err != nil {
		t.Fatal(err)
	}

	before := fileSum(t, path)
	out, errs, code := run(t, "migrate-to-postgres", path, addr, "--team", "FACT Vest")
	if code != 0 || !strings.Contains(out, "history: ok") {
		t.Fatalf("migrate: %d %q %q", code, out, errs)
	}
	if fileSum(t, path) != before {
		t.Error("the team file changed")
	}
	region := postgres.WithTeam(addr, "FACT Vest")
	for _, cmd := range []string{"citizens", "members", "meetings"} {
		want, _, _ := run(t, cmd, path)
		got, errs, code := run(t, cmd, region)
		if code != 0 || got != want || want == "" {
			t.Errorf("%s differs after the move (%d %q):\nfile:\n%s\nregion:\n%s", cmd, code, errs, want, got)
		}
	}
	fileCheck, _, _ := run(t, "check", path)
	regionCheck, errs, code := run(t, "check", region)
	if code != 0 {
		t.Fatalf("check: %d %q", code, errs)
	}
	for _, line := range strings.Split(fileCheck, "\n") {
		if strings.Contains(line, ": ") && !strings.HasPrefix(line, "schema") && !strings.HasPrefix(line, "integrity") && !strings.HasPrefix(line, "history head") && !strings.Contains(regionCheck, line+"\n") {
			t.Errorf("check line %q of the file is not in the region's:\n%s", line, regionCheck)
		}
	}

	moved, err := opener.Open(region, opener.Options{Now: fixedNow, Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	defer moved.Close()
	if err := moved.CreateCitizen(ctx, &board.Citizen{Name: "Ny efter flytningen", Status: board.StatusReferred}); err != nil {
		t.Fatalf("saving in the moved team: %v", err)
	}
	if err := moved.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
	list, err := other.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil || len(list) != 1 || list[0].Name != "Østens borger" {
		t.Errorf("the other team sees %d citizens (%v)", len(list), err)
	}

	_, errs, code = run(t, "migrate-to-postgres", path, addr, "--team", "FACT Vest")
	if code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("second move: %d %q", code, errs)
	}
	if fileSum(t, path) != before {
		t.Error("the team file changed")
	}
}

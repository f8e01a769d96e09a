package sqlite

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func TestBackupAndRestore(t *testing.T) {
	db, clk := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Ole"})
	path := db.Path()

	manual, err := db.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(filepath.Dir(path), "backups", "team-2026-03-25-100000.tavle"); manual != want {
		t.Fatalf("backup path %s, want %s", manual, want)
	}
	daily, err := db.EnsureDailyBackup(ctx)
	if err != nil || filepath.Base(daily) != "team-2026-03-25.tavle" {
		t.Fatalf("daily backup: %q %v", daily, err)
	}
	clk.Advance(3 * time.Hour)
	again, err := db.EnsureDailyBackup(ctx)
	if err != nil || again != "" {
		t.Fatalf("second daily backup the same day: %q %v", again, err)
	}
	list, _ := Backups(path)
	if len(list) != 2 || !list[0].Manual || list[1].Manual || list[1].Day != board.MustDate("2026-03-25") {
		t.Fatalf("Backups: %+v", list)
	}

	// The copy is a sound, complete team file.
	b, err := Open(daily, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := b.Check(ctx)
	b.Close()
	if err != nil || !rep.OK || rep.Counts["citizens"] != 1 {
		t.Fatalf("backup check: %+v %v", rep, err)
	}

	// Changes after the backup are gone after a restore; the replaced file
	// is kept.
	addCitizen(t, db, &board.Citizen{Name: "Pia"})
	wantCode(t, RestoreBackup(daily, path), board.EBusy) // still open here
	db.Close()
	if err := RestoreBackup(daily, path); err != nil {
		t.Fatal(err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _ := db.FindCitizens(ctx, board.CitizenFilter{})
	if len(cs) != 1 || cs[0].Name != "Ole" {
		t.Fatalf("after restore: %v", cs)
	}
	entries, _ := os.ReadDir(filepath.Join(filepath.Dir(path), "backups"))
	var replaced int
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "team-replaced-") {
			replaced++
		}
	}
	if replaced != 1 {
		t.Fatalf("replaced copies: %d", replaced)
	}
	list, _ = Backups(path)
	if len(list) != 2 {
		t.Fatalf("the replaced file counts as a backup: %+v", list)
	}
	// Not a Tavlen file: refused.
	junk := filepath.Join(t.TempDir(), "junk.tavle")
	os.WriteFile(junk, []byte(strings.Repeat("junk", 100)), 0o644)
	db.Close()
	wantCode(t, RestoreBackup(junk, path), board.EForeignFile)
}

func TestRestoreLatestSoundBackup(t *testing.T) {
	db, clk := newTestDB(t)
	path := db.Path()
	addCitizen(t, db, &board.Citizen{Name: "Quinn"})
	if _, err := db.EnsureDailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	clk.Advance(24 * time.Hour)
	addCitizen(t, db, &board.Citizen{Name: "Rita"})
	newest, err := db.EnsureDailyBackup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// The newest backup is damaged: the one before is used.
	os.WriteFile(newest, []byte("SQLite format 3\x00 broken"), 0o644)
	got, err := RestoreLatestBackup(path)
	if err != nil || filepath.Base(got) != "team-2026-03-25.tavle" {
		t.Fatalf("RestoreLatestBackup = %q, %v", got, err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if cs, _ := db.FindCitizens(ctx, board.CitizenFilter{}); len(cs) != 1 {
		t.Fatalf("citizens after restore: %d", len(cs))
	}
}

func TestRotationKeeps14DailyAnd8Weekly(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "board.tavle")
	backups := filepath.Join(dir, "backups")
	os.MkdirAll(backups, 0o755)
	// Daily backups from Monday 19 January to Sunday 29 March 2026, plus a
	// manual one and a file of another team.
	day := time.Date(2026, 1, 19, 12, 0, 0, 0, time.UTC)
	for ; !day.After(time.Date(2026, 3, 29, 12, 0, 0, 0, time.UTC)); day = day.AddDate(0, 0, 1) {
		os.WriteFile(filepath.Join(backups, "board-"+day.Format("2006-01-02")+".tavle"), nil, 0o644)
	}
	os.WriteFile(filepath.Join(backups, "board-2026-01-20-153000.tavle"), nil, 0o644)
	os.WriteFile(filepath.Join(backups, "other-2026-01-20.tavle"), nil, 0o644)

	if err := RotateBackups(team); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(backups)
	var got []string
	for _, e := range entries {
		got = append(got, strings.TrimSuffix(strings.TrimPrefix(e.Name(), "board-"), ".tavle"))
	}
	sort.Strings(got)
	want := []string{
		"2026-01-20-153000",                                                                // by hand: kept
		"2026-02-08", "2026-02-15", "2026-02-22", "2026-03-01", "2026-03-08", "2026-03-15", // newest of weeks 6–11
		"2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", // 14 daily
		"2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29",
		"other-2026-01-20", // another team's: untouched
	}
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("kept\n%v\nwant\n%v", got, want)
	}
}

package sqlite

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"tavlen/board"
)

func TestFileMadeReadOnlyWhileOpen(t *testing.T) {
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Nina", Status: board.StatusActive})
	if err := os.Chmod(db.Path(), 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(db.Path(), 0o644)
	c.Phone = "1"
	wantCode(t, db.UpdateCitizen(ctx, c), board.EReadOnly)
	if !db.ReadOnly() {
		t.Fatal("ReadOnly() = false after the file became read-only")
	}
	// Reading goes on.
	if _, err := db.FindCitizenByID(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(db.Path(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The watcher's poll notices the way back.
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}
	if db.ReadOnly() {
		t.Fatal("ReadOnly() stays true after the file became writable again")
	}
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
}

func TestFolderVanishesAndReturns(t *testing.T) {
	clk := &clock{t: t0}
	root := t.TempDir()
	dir := filepath.Join(root, "share")
	os.Mkdir(dir, 0o755)
	db, err := Create(filepath.Join(dir, "team.tavle"), "Team", nil, Options{Now: clk.Now, Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c := addCitizen(t, db, &board.Citizen{Name: "Nina", Status: board.StatusActive})
	if err := os.Rename(dir, dir+"-away"); err != nil {
		t.Fatal(err)
	}
	c.Phone = "1"
	wantCode(t, db.UpdateCitizen(ctx, c), board.EUnavailable)
	if _, err := db.WatchVersion(ctx); board.ErrorCode(err) != board.EUnavailable {
		t.Fatalf("WatchVersion while gone: %v", err)
	}
	if db.Reachable() {
		t.Fatal("Reachable while gone")
	}
	if err := os.Rename(dir+"-away", dir); err != nil {
		t.Fatal(err)
	}
	if !db.Reachable() {
		t.Fatal("not Reachable after return")
	}
	clk.Advance(time.Minute)
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("save after the folder returned: %v", err)
	}
	got, _ := db.FindCitizenByID(ctx, c.ID)
	if got.Phone != "1" {
		t.Fatalf("phone = %q", got.Phone)
	}
	if rep, err := db.Check(ctx); err != nil || !rep.OK {
		t.Fatalf("Check = %+v %v", rep, err)
	}
}

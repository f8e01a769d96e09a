package sqlite

import (
	"os"
	"path/filepath"
	"testing"

	"tavlen/board"
)

// TestForeignFileRefusedUntilReplaced: another SQLite file is put in place
// of the open team file by rename. Every later save, read and watch poll
// refuses it, not only the first that sees it; once the team file is put
// back, all work again.
func TestForeignFileRefusedUntilReplaced(t *testing.T) {
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	path := db.Path()
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(filepath.Dir(path), "other.db")
	rawExec(t, other, "PRAGMA application_id = 42", "CREATE TABLE citizens (id INTEGER PRIMARY KEY, name TEXT)")
	if err := os.Rename(path, path+"-real"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}

	for i := 0; i < 3; i++ {
		c.Phone = "12345678"
		wantCode(t, db.UpdateCitizen(ctx, c), board.EForeignFile)
		_, err := db.FindCitizenByID(ctx, c.ID)
		wantCode(t, err, board.EForeignFile)
		_, err = db.WatchVersion(ctx)
		wantCode(t, err, board.EForeignFile)
	}

	if err := os.Rename(path, other); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+"-real", path); err != nil {
		t.Fatal(err)
	}
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatalf("watch with the team file back: %v", err)
	}
	c.Phone = "87654321"
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("save with the team file back: %v", err)
	}
	got, err := db.FindCitizenByID(ctx, c.ID)
	if err != nil || got.Phone != "87654321" {
		t.Fatalf("read with the team file back: %+v %v", got, err)
	}
}

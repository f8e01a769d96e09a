package sqlite

import (
	"errors"
	"os"
	"testing"

	"tavlen/board"
)

// When the backup cannot be put in place, the team file goes back where
// it was: the path never ends up without a team file.
func TestFailedRestoreLeavesTheTeamFile(t *testing.T) {
	db, _ := newTestDB(t)
	path := db.Path()
	addCitizen(t, db, &board.Citizen{Name: "Quinn"})
	backup, err := db.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addCitizen(t, db, &board.Citizen{Name: "Rita"})
	db.Close()

	defer func(r func(string, string) error) { renameFile = r }(renameFile)
	renameFile = func(string, string) error { return errors.New("share went away") }
	if err := RestoreBackup(backup, path); board.ErrorCode(err) != board.EUnavailable {
		t.Fatalf("RestoreBackup = %v, want the unavailable error", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no team file after a failed restore: %v", err)
	}
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if cs, _ := db.FindCitizens(ctx, board.CitizenFilter{}); len(cs) != 2 {
		t.Fatalf("the team file is not the one from before the restore: %d citizens", len(cs))
	}
}

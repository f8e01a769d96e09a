package sqlite

import (
	"testing"
	"time"

	"tavlen/board"
)

// TestDataVersionMovesWithAnotherConnectionsCommit: the cheap first test
// a watcher makes. (The change log itself is in the contract, storagetest.)
func TestDataVersionMovesWithAnotherConnectionsCommit(t *testing.T) {
	db, _ := newTestDB(t)
	other, err := Open(db.Path(), Options{Member: "CD"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	dv, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.CreateCitizen(ctx, &board.Citizen{Name: "Nina"}); err != nil {
		t.Fatal(err)
	}
	if dv2, _ := db.DataVersion(ctx); dv2 == dv {
		t.Fatal("data_version did not change after another connection's commit")
	}
}

func TestDailyBackupPrunesOldChanges(t *testing.T) {
	db, clk := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Olga"})
	clk.Advance(40 * 24 * time.Hour)
	addCitizen(t, db, &board.Citizen{Name: "Palle"})
	seq, _ := db.ChangeSeq(ctx)
	if _, err := db.EnsureDailyBackup(ctx); err != nil {
		t.Fatal(err)
	}
	left, _ := db.ChangesSince(ctx, 0)
	if len(left) != 1 || left[0].Seq != seq {
		t.Fatalf("changes left: %+v", left)
	}
	if after, _ := db.ChangeSeq(ctx); after != seq {
		t.Fatalf("ChangeSeq went from %d to %d", seq, after)
	}
	// Only the old rows went; the history is whole.
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
}

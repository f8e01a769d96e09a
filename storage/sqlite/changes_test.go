package sqlite

import (
	"testing"
	"time"

	"tavlen/board"
)

func TestChangeLog(t *testing.T) {
	db, _ := newTestDB(t)
	start, err := db.ChangeSeq(ctx)
	if err != nil || start == 0 {
		t.Fatalf("ChangeSeq after create = %d, %v", start, err)
	}
	// A second PC (another handle on the same file) sees the change.
	other, err := Open(db.Path(), Options{Member: "CD"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	dv, err := db.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := &board.Citizen{Name: "Nina"}
	if err := other.CreateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	dv2, _ := db.DataVersion(ctx)
	if dv2 == dv {
		t.Fatal("data_version did not change after another connection's commit")
	}
	seq, _ := db.ChangeSeq(ctx)
	if seq != start+1 {
		t.Fatalf("ChangeSeq = %d, want %d", seq, start+1)
	}
	changes, err := db.ChangesSince(ctx, start)
	if err != nil || len(changes) != 1 {
		t.Fatalf("ChangesSince: %v %v", changes, err)
	}
	if ch := changes[0]; ch.Kind != board.RecordCitizen || ch.RecordID != c.ID || ch.CitizenID != c.ID || ch.By != "CD" || ch.Seq != seq {
		t.Fatalf("change: %+v", ch)
	}
	// A refused save changes nothing.
	stale := *c
	c.Phone = "1"
	if err := other.UpdateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	before, _ := db.ChangeSeq(ctx)
	stale.Phone = "2"
	wantCode(t, db.UpdateCitizen(ctx, &stale), board.EConflict)
	if after, _ := db.ChangeSeq(ctx); after != before {
		t.Fatalf("a refused save logged a change: %d → %d", before, after)
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

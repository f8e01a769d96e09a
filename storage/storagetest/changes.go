package storagetest

import (
	"testing"

	"tavlen/board"
)

// testChangeLog: every committed save moves the change sequence once and
// is listed, in the domain's words, to every other session.
func testChangeLog(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	start, err := db.ChangeSeq(ctx)
	if err != nil || start == 0 {
		t.Fatalf("ChangeSeq after create = %d, %v", start, err)
	}
	// A second PC (another session on the same data) saves.
	other, err := openOther(t, ad, db, clk.Now, "CD")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c := &board.Citizen{Name: "Nina"}
	if err := other.CreateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	seq, _ := db.ChangeSeq(ctx)
	if seq != start+1 {
		t.Fatalf("ChangeSeq = %d, want %d", seq, start+1)
	}
	changes, err := db.ChangesSince(ctx, start)
	if err != nil || len(changes) != 1 {
		t.Fatalf("ChangesSince: %v %v", changes, err)
	}
	if ch := changes[0]; ch.Kind != board.RecordCitizen || ch.RecordID != c.ID || ch.CitizenID != c.ID || ch.By != "CD" || ch.Seq != seq || !ch.At.Equal(t0) {
		t.Fatalf("change: %+v", ch)
	}
	// A member's and a crisis plan's saves name their kinds.
	addMember(t, db, "Carl Dahl", "CD", board.SectorKommune)
	if err := db.SaveCrisisPlan(ctx, &board.CrisisPlan{CitizenID: c.ID, WhomToCall: "Mor"}); err != nil {
		t.Fatal(err)
	}
	changes, _ = db.ChangesSince(ctx, seq)
	if len(changes) != 2 || changes[0].Kind != board.RecordMember || changes[1].Kind != board.RecordCrisisPlan || changes[1].CitizenID != c.ID {
		t.Fatalf("changes: %+v", changes)
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

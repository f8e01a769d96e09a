package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
)

// testConflictNamesWhoAndWhen: a save over another PC's newer save is
// refused with EConflict naming who saved and when, and changes nothing.
func testConflictNamesWhoAndWhen(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	other, err := openOther(t, ad, db, clk.Now, "CD")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c := addCitizen(t, db, &board.Citizen{Name: "Nina"})
	stale := *c
	theirs, err := other.FindCitizenByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Hour)
	theirs.Phone = "1"
	if err := other.UpdateCitizen(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	before, _ := db.ChangeSeq(ctx)
	stale.Phone = "2"
	e := wantCode(t, db.UpdateCitizen(ctx, &stale), board.EConflict)
	if e.By != "CD" || !e.At.Equal(t0.Add(time.Hour)) {
		t.Fatalf("conflict names %q at %v, want CD at %v", e.By, e.At, t0.Add(time.Hour))
	}
	if after, _ := db.ChangeSeq(ctx); after != before {
		t.Fatalf("a refused save logged a change: %d → %d", before, after)
	}
	if got, _ := db.FindCitizenByID(ctx, c.ID); got.Phone != "1" {
		t.Fatalf("the refused save changed the phone to %q", got.Phone)
	}
	// Deleting a record that changed meanwhile is refused the same way.
	if err := db.CreateContact(ctx, &board.Contact{CitizenID: c.ID, Name: "Mor"}); err != nil {
		t.Fatal(err)
	}
	cts, _ := other.FindContacts(ctx, board.ContactFilter{CitizenID: c.ID})
	if len(cts) != 1 {
		t.Fatalf("contacts: %+v", cts)
	}
	old := cts[0].Version
	cts[0].Phone = "3"
	if err := other.UpdateContact(ctx, cts[0]); err != nil {
		t.Fatal(err)
	}
	if e := wantCode(t, db.DeleteContact(ctx, cts[0].ID, old), board.EConflict); e.By != "CD" {
		t.Fatalf("delete conflict: %+v", e)
	}
}

package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
)

func testNotesAreAppendOnly(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Dorte"})
	other := addCitizen(t, db, &board.Citizen{Name: "Erik"})
	first := &board.Note{CitizenID: c.ID, AuthorID: ab, Text: "  Hjemmebesøg, god stemning. "}
	if err := db.AddNote(ctx, first); err != nil {
		t.Fatal(err)
	}
	if !first.At.Equal(t0) || first.Text != "Hjemmebesøg, god stemning." {
		t.Fatalf("note: %+v", first)
	}
	clk.Advance(time.Hour)
	fix := &board.Note{CitizenID: c.ID, AuthorID: ab, Text: "Rettelse: dårlig stemning.", Corrects: first.ID}
	if err := db.AddNote(ctx, fix); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.AddNote(ctx, &board.Note{CitizenID: other.ID, Text: "x", Corrects: first.ID}), board.EInvalid)
	wantCode(t, db.AddNote(ctx, &board.Note{CitizenID: 999, Text: "x"}), board.ENotFound)
	wantCode(t, db.AddNote(ctx, &board.Note{CitizenID: c.ID, Text: " "}), board.EInvalid)

	notes, err := db.FindNotes(ctx, c.ID)
	if err != nil || len(notes) != 2 || notes[0].ID != fix.ID || notes[1].Text != "Hjemmebesøg, god stemning." {
		t.Fatalf("FindNotes: %v %v", notes, err)
	}
	if by := board.CorrectedBy(notes); len(by[first.ID]) != 1 {
		t.Fatalf("CorrectedBy: %v", by)
	}

	ad.inspect(t, db, Step{Name: StepNotesWritten})
	notes, _ = db.FindNotes(ctx, c.ID)
	if notes[1].Text != "Hjemmebesøg, god stemning." {
		t.Fatal("note changed")
	}
}

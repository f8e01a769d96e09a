package storagetest

import (
	"testing"

	"tavlen/board"
)

func testContacts(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	c := addCitizen(t, db, &board.Citizen{Name: "Inge"})
	gp := &board.Contact{CitizenID: c.ID, Name: "Lægehuset Søndergade", Relation: "egen læge", Phone: "70 10 20 30"}
	mor := &board.Contact{CitizenID: c.ID, Name: "Jytte Østergaard", Relation: "mor"}
	for _, x := range []*board.Contact{gp, mor} {
		if err := db.CreateContact(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	wantCode(t, db.CreateContact(ctx, &board.Contact{CitizenID: 999, Name: "x"}), board.ENotFound)
	list, _ := db.FindContacts(ctx, board.ContactFilter{CitizenID: c.ID})
	if len(list) != 2 || list[0].Name != "Jytte Østergaard" {
		t.Fatalf("contacts: %v", list)
	}
	list, _ = db.FindContacts(ctx, board.ContactFilter{Search: "ØSTER"})
	if len(list) != 1 || list[0].ID != mor.ID {
		t.Fatalf("search: %v", list)
	}
	stale := *gp
	gp.Phone = "70 10 20 31"
	if err := db.UpdateContact(ctx, gp); err != nil {
		t.Fatal(err)
	}
	stale.Notes = "x"
	wantCode(t, db.UpdateContact(ctx, &stale), board.EConflict)
	wantCode(t, db.DeleteContact(ctx, gp.ID, stale.Version), board.EConflict)
	if err := db.DeleteContact(ctx, gp.ID, gp.Version); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteContact(ctx, gp.ID, gp.Version), board.ENotFound)
	wantCode(t, db.UpdateContact(ctx, gp), board.ENotFound)
	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordContact, RowID: gp.ID})
	if len(hist) != 3 || hist[0].Action != board.AuditDelete || hist[0].CitizenID != c.ID {
		t.Fatalf("history: %+v", hist)
	}
}

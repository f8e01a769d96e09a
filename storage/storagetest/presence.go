package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
)

func testPresence(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	other, err := openOther(t, ad, db, clk.Now, "CD")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	c := addCitizen(t, db, &board.Citizen{Name: "Nina", Status: board.StatusActive})
	auditBefore, _ := db.FindAudit(ctx, board.AuditFilter{})
	seqBefore, _ := db.ChangeSeq(ctx)

	if err := db.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := other.Beat(ctx, &board.RecordRef{Kind: board.RecordCitizen, ID: c.ID}); err != nil {
		t.Fatal(err)
	}
	// Each sees the other, never itself.
	mine, err := db.Present(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 1 || mine[0].Initials != "CD" || mine[0].Machine == "" ||
		mine[0].Editing == nil || *mine[0].Editing != (board.RecordRef{Kind: board.RecordCitizen, ID: c.ID}) || !mine[0].BeatAt.Equal(t0) {
		t.Fatalf("db sees %+v", mine)
	}
	theirs, _ := other.Present(ctx)
	if len(theirs) != 1 || theirs[0].Initials != "AB" || theirs[0].Editing != nil {
		t.Fatalf("other sees %+v", theirs)
	}

	// Stopping editing is the next beat.
	if err := other.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.Present(ctx); len(p) != 1 || p[0].Editing != nil {
		t.Fatalf("after stop editing: %+v", p)
	}

	// A beat expires after ad.PresenceExpiry: a crashed PC never sticks.
	clk.Advance(ad.PresenceExpiry - time.Second)
	if p, _ := db.Present(ctx); len(p) != 1 {
		t.Fatalf("fresh beat lost: %+v", p)
	}
	clk.Advance(2 * time.Second)
	if p, _ := db.Present(ctx); len(p) != 0 {
		t.Fatalf("expired beat shown: %+v", p)
	}
	if err := other.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := other.Leave(ctx); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.Present(ctx); len(p) != 0 {
		t.Fatalf("after Leave: %+v", p)
	}

	// Beats are not data changes: no history, no change-log rows.
	auditAfter, _ := db.FindAudit(ctx, board.AuditFilter{})
	if len(auditAfter) != len(auditBefore) {
		t.Fatalf("beats wrote %d history rows", len(auditAfter)-len(auditBefore))
	}
	if seq, _ := db.ChangeSeq(ctx); seq != seqBefore {
		t.Fatalf("beats moved ChangeSeq from %d to %d", seqBefore, seq)
	}
}

func testPresenceOnReadOnlyStore(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ro, err := ad.Open(t, db, clk.Now, "", true)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	wantCode(t, ro.Beat(ctx, nil), board.EReadOnly)
	if err := db.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if p, err := ro.Present(ctx); err != nil || len(p) != 1 {
		t.Fatalf("read-only copy sees %+v, %v", p, err)
	}
}

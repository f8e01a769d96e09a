package sqlite

import (
	"testing"
	"time"

	"tavlen/board"
)

func TestPresence(t *testing.T) {
	db, clk := newTestDB(t)
	other, err := Open(db.Path(), Options{Member: "CD", Now: clk.Now})
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
	if err := other.Beat(ctx, &RecordRef{Kind: board.RecordCitizen, ID: c.ID}); err != nil {
		t.Fatal(err)
	}
	// Each sees the other, never itself.
	mine, err := db.Present(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 1 || mine[0].Initials != "CD" || mine[0].Machine != db.machine ||
		mine[0].Editing == nil || *mine[0].Editing != (RecordRef{Kind: board.RecordCitizen, ID: c.ID}) || !mine[0].BeatAt.Equal(t0) {
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

	// A beat expires after PresenceExpiry: a crashed PC never sticks.
	clk.Advance(PresenceExpiry - time.Second)
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

func TestPresenceDropsOldRows(t *testing.T) {
	db, clk := newTestDB(t)
	other, err := Open(db.Path(), Options{Member: "CD", Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	other.Close() // crashed: no Leave
	clk.Advance(2 * time.Hour)
	if err := db.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.sql.QueryRow(`SELECT count(*) FROM presence`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("presence rows = %d, %v; want only this copy's", n, err)
	}
}

func TestPresenceOnReadOnlyFile(t *testing.T) {
	db, clk := newTestDB(t)
	ro, err := Open(db.Path(), Options{ReadOnly: true, Now: clk.Now})
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

// TestWatchVersionIgnoresBeats: a beat moves data_version but not
// WatchVersion, so no board reloads every 15 s; a save moves both.
func TestWatchVersionIgnoresBeats(t *testing.T) {
	db, _ := newTestDB(t)
	other, err := Open(db.Path(), Options{Member: "CD"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	v0, err := db.WatchVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dv0, _ := db.DataVersion(ctx)
	if err := other.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if dv, _ := db.DataVersion(ctx); dv == dv0 {
		t.Fatal("a beat from another connection should move data_version")
	}
	if v, err := db.WatchVersion(ctx); err != nil || v != v0 {
		t.Fatalf("WatchVersion after a beat = %d, %v; want %d", v, err, v0)
	}
	if err := other.CreateCitizen(ctx, &board.Citizen{Name: "Ole"}); err != nil {
		t.Fatal(err)
	}
	v1, err := db.WatchVersion(ctx)
	if err != nil || v1 <= v0 {
		t.Fatalf("WatchVersion after a save = %d, %v; want > %d", v1, err, v0)
	}
	if ch, _ := db.ChangesSince(ctx, v0); len(ch) != 1 || ch[0].Kind != board.RecordCitizen {
		t.Fatalf("ChangesSince(WatchVersion) = %+v", ch)
	}
}

package sqlite

import (
	"testing"
	"time"

	"tavlen/board"
)

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
	if err := db.SQL.QueryRow(`SELECT count(*) FROM presence`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("presence rows = %d, %v; want only this copy's", n, err)
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

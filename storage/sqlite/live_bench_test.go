package sqlite

import (
	"fmt"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// benchChangeToReload measures what a PC does after another saved: notice
// the change (WatchVersion), read what changed (ChangesSince) and reload the
// week board. The other PC's save is not timed.
func benchChangeToReload(b *testing.B, reader, writer *DB, now time.Time) {
	b.Helper()
	list, err := writer.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil || len(list) == 0 {
		b.Fatalf("citizens: %d %v", len(list), err)
	}
	c := list[len(list)/2]
	w := calendar.WeekOf(now)
	today := board.DateOf(now)
	seen, err := reader.WatchVersion(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := reader.WeekBoard(ctx, w.Start(), w.End(), today); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		c.Phone = fmt.Sprint(i)
		if err := writer.UpdateCitizen(ctx, c); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		v, err := reader.WatchVersion(ctx)
		if err != nil || v == seen {
			b.Fatalf("change not seen: %d %v", v, err)
		}
		changes, err := reader.ChangesSince(ctx, seen)
		if err != nil || len(changes) != 1 {
			b.Fatalf("changes %d %v", len(changes), err)
		}
		seen = v
		if _, err := reader.WeekBoard(ctx, w.Start(), w.End(), today); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChangeToReloadLarge: 5,000 citizens, 250,000 appointments of
// history. Target: under 300 ms.
func BenchmarkChangeToReloadLarge(b *testing.B) {
	path := benchFile(b, 5000, 250000)
	now := func() time.Time { return benchNow }
	reader, err := Open(path, Options{Now: now, Member: "M1"})
	if err != nil {
		b.Fatal(err)
	}
	defer reader.Close()
	writer, err := Open(path, Options{Now: now, Member: "M2"})
	if err != nil {
		b.Fatal(err)
	}
	defer writer.Close()
	benchChangeToReload(b, reader, writer, benchNow)
}

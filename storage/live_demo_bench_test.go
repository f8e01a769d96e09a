package storage_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/demo"
	"tavlen/storage"
)

// BenchmarkChangeToReloadDemo: another PC saved a citizen of the demo team;
// notice it, read what changed and reload the week board. Target: under
// 50 ms.
func BenchmarkChangeToReloadDemo(b *testing.B) {
	path := filepath.Join(b.TempDir(), "demo.tavle")
	db, err := demo.Create(path, demoNow)
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	reader, err := storage.Open(path, storage.Options{Member: "AK"})
	if err != nil {
		b.Fatal(err)
	}
	defer reader.Close()
	writer, err := storage.Open(path, storage.Options{Member: "SØ"})
	if err != nil {
		b.Fatal(err)
	}
	defer writer.Close()
	ctx := context.Background()
	list, err := writer.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil || len(list) == 0 {
		b.Fatalf("citizens: %d %v", len(list), err)
	}
	c := list[0]
	w := calendar.WeekOf(demoNow)
	today := board.DateOf(demoNow)
	seen, err := reader.WatchVersion(ctx)
	if err != nil {
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
		if ch, err := reader.ChangesSince(ctx, seen); err != nil || len(ch) != 1 {
			b.Fatalf("changes %d %v", len(ch), err)
		}
		seen = v
		if _, err := reader.WeekBoard(ctx, w.Start(), w.End(), today); err != nil {
			b.Fatal(err)
		}
	}
}

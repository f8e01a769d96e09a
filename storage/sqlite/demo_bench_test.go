package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/demo"
)

// demoNow is a fixed "today" for the demo team.
var demoNow = time.Date(2026, 3, 25, 10, 0, 0, 0, calendar.Copenhagen)

// BenchmarkWeekBoardDemo builds this week's board of the demo team.
// Target: under 5 ms.
func BenchmarkWeekBoardDemo(b *testing.B) {
	path := filepath.Join(b.TempDir(), "demo.tavle")
	db, err := demo.Create(path, demoNow)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	w := calendar.WeekOf(demoNow)
	wb, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(demoNow))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(wb.Rows)), "rows")
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(demoNow)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDemoCreate makes the demo team file (`tavle demo`; target under
// 2 s).
func BenchmarkDemoCreate(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		db, err := demo.Create(filepath.Join(b.TempDir(), "demo.tavle"), demoNow)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

// TestDemoFileIsSound checks the demo team through the storage: the file
// passes its check and the board has the promised rows.
func TestDemoFileIsSound(t *testing.T) {
	db, err := demo.Create(filepath.Join(t.TempDir(), "demo.tavle"), demoNow)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep, err := db.Check(context.Background())
	if err != nil || !rep.OK {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
}

package sqlite

import (
	"path/filepath"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/internal/sqlcore"
)

// BenchmarkAttentionFromFile: "Hvem har brug for os nu" as the app and
// `tavle attention` get it: the week board of 5,000 citizens read from the
// file (with a year of monthly WHO-5s each) and ranked. The ranking alone
// is BenchmarkRankAttention5000 in board (target ≤ 50 ms).
func BenchmarkAttentionFromFile(b *testing.B) {
	src := benchFile(b, 5000, 25000)
	path := filepath.Join(b.TempDir(), "who5.tavle")
	if err := copyFile(src, path); err != nil {
		b.Fatal(err)
	}
	db, err := Open(path, Options{Now: func() time.Time { return benchNow }, Member: "AB"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	today := board.DateOf(benchNow)
	err = db.Write(ctx, func(t *sqlcore.Tx) error {
		for c := 1; c <= 5000; c++ {
			for k := 0; k < 12; k++ {
				if _, err := t.Exec(`INSERT INTO who5_answers (citizen_id, answered_on, item1, item2, item3, item4, item5, asked_by,
					self_reported, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, 1, 0, 'AB')`,
					c, today.AddDays(-30*k-c%20).String(), (c+k)%6, (c*3+k)%6, k%6, c%6, 3); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	w := calendar.WeekOf(benchNow)
	b.ResetTimer()
	for b.Loop() {
		wb, err := db.WeekBoard(ctx, w.Start(), w.End(), today)
		if err != nil {
			b.Fatal(err)
		}
		board.RankAttention(wb.Rows, board.AttentionFilter{}, board.AttentionSettings{}, today, calendar.Copenhagen)
	}
}

package sqlite

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func importEvents(n int) []*calendar.Appointment {
	out := make([]*calendar.Appointment, n)
	start := time.Date(2027, 1, 4, 9, 0, 0, 0, calendar.Copenhagen)
	for i := range out {
		s := start.Add(time.Duration(i%3000) * 6 * time.Hour)
		out[i] = &calendar.Appointment{UID: fmt.Sprintf("imp-%d@test", i), Title: fmt.Sprintf("Møde %d", i), Start: s, End: s.Add(time.Hour)}
	}
	return out
}

func countAppointmentRows(t testing.TB, db *DB) int {
	t.Helper()
	rep, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return rep.Counts["appointments"]
}

// TestImportIsAllOrNothingInChunks: an import saved in several short
// chunks that fails near its end (an update meets another PC's change)
// leaves no appointment of its own behind, puts the updated one back, and
// gives the caller its appointments as they were. Progress is told per
// chunk.
func TestImportIsAllOrNothingInChunks(t *testing.T) {
	db, _ := newTestDB(t)
	kept := importEvents(1)[0]
	kept.UID, kept.Title = "kept@test", "Før importen"
	if err := db.CreateAppointment(ctx, kept); err != nil {
		t.Fatal(err)
	}
	before := countAppointmentRows(t, db)

	create := importEvents(400)
	// The first update succeeds; the second carries a stale version.
	other, _ := db.FindAppointmentByID(ctx, kept.ID)
	other.Place = "Et andet sted"
	if err := db.UpdateAppointment(ctx, other); err != nil {
		t.Fatal(err)
	}
	fresh := *other
	fresh.Title = "Fra importen"
	conflicting := *other
	conflicting.Version = 1 // another PC saved since
	// Tiny chunks, so that several are saved before the failure.
	defer func(b, g time.Duration) { importChunkBudget, importChunkGap = b, g }(importChunkBudget, importChunkGap)
	importChunkBudget, importChunkGap = 2*time.Millisecond, 0
	var steps []int
	left, err := db.ImportAppointments(ctx, create, []*calendar.Appointment{&fresh, &conflicting}, func(done, total int) {
		steps = append(steps, done)
		if total != 402 {
			t.Errorf("total %d", total)
		}
	})
	wantCode(t, err, board.EConflict)
	if left != 0 {
		t.Errorf("%d appointments said to be left after a full undo", left)
	}
	if len(steps) < 2 {
		t.Fatalf("progress told %v: not saved in chunks", steps)
	}
	if got := countAppointmentRows(t, db); got != before {
		t.Fatalf("%d appointments after the failed import, want %d", got, before)
	}
	back, err := db.FindAppointmentByID(ctx, kept.ID)
	if err != nil || back.Title != "Før importen" || back.Place != "Et andet sted" {
		t.Fatalf("the updated appointment was not put back: %+v %v", back, err)
	}
	for _, a := range create {
		if a.ID != 0 || a.Version != 0 {
			t.Fatalf("the caller's appointment keeps an id: %+v", a)
		}
	}
	if fresh.Version != other.Version || fresh.Title != "Fra importen" {
		t.Fatalf("the caller's update was changed: %+v", fresh)
	}
	// The same import, without the conflict, saves everything. When the
	// update's chunk was saved before the failing one, putting it back moved
	// the stored version (chunks end by time): the caller rereads it, as
	// after any conflict.
	fresh.Version = back.Version
	n, err := db.ImportAppointments(ctx, create, []*calendar.Appointment{&fresh}, nil)
	if err != nil || n != 401 || countAppointmentRows(t, db) != before+400 {
		t.Fatalf("second import: %d %v", n, err)
	}
	if rep, err := db.Check(ctx); err != nil || !rep.OK {
		t.Fatalf("Check %+v %v", rep, err)
	}
}

// BenchmarkImportLockHeld imports 10,000 events while a second writer
// saves, and reports the longest time one chunk held the write lock, the
// second writer's slowest save and the import's time. Run it once:
// go test ./storage/sqlite -run '^$' -bench ImportLockHeld -benchtime 1x
func BenchmarkImportLockHeld(b *testing.B) {
	for range b.N {
		b.StopTimer()
		clk := &clock{t: t0}
		path := b.TempDir() + "/team.tavle"
		db, err := Create(path, "Testteam", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{Now: clk.Now, Member: "AB"})
		if err != nil {
			b.Fatal(err)
		}
		c := &board.Citizen{Name: "Bo", Status: board.StatusActive}
		if err := db.CreateCitizen(ctx, c); err != nil {
			b.Fatal(err)
		}
		other, err := Open(path, Options{Member: "CD"})
		if err != nil {
			b.Fatal(err)
		}
		var mu sync.Mutex
		var held time.Duration
		importChunkHeld = func(d time.Duration) { mu.Lock(); held = max(held, d); mu.Unlock() }
		stop := make(chan struct{})
		var wg sync.WaitGroup
		var worst time.Duration
		var saves int
		var saveErr error
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				got, err := other.FindCitizenByID(ctx, c.ID)
				if err == nil {
					got.Phone = fmt.Sprintf("%08d", n)
					start := time.Now()
					err = other.UpdateCitizen(ctx, got)
					worst = max(worst, time.Since(start))
				}
				if err != nil {
					saveErr = err
					return
				}
				saves++
				time.Sleep(10 * time.Millisecond)
			}
		}()
		events := importEvents(10000)
		b.StartTimer()
		start := time.Now()
		n, err := db.ImportAppointments(ctx, events, nil, nil)
		took := time.Since(start)
		b.StopTimer()
		close(stop)
		wg.Wait()
		importChunkHeld = nil
		if err != nil || n != 10000 {
			b.Fatalf("import: %d %v", n, err)
		}
		if saveErr != nil {
			b.Fatalf("second writer: %v", saveErr)
		}
		b.ReportMetric(float64(held.Milliseconds()), "ms-lock-max")
		b.ReportMetric(float64(worst.Milliseconds()), "ms-other-save-max")
		b.ReportMetric(took.Seconds(), "s-import")
		b.ReportMetric(float64(saves), "other-saves")
		if held > 200*time.Millisecond {
			b.Errorf("a chunk held the lock %v (> 200 ms)", held)
		}
		other.Close()
		db.Close()
	}
}

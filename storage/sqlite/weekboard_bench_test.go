package sqlite

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/internal/sqlcore"
)

// Benchmark files are generated once per run with bulk inserts (no history
// rows, one transaction) and cached in a temp dir removed by TestMain.
var (
	benchMu    sync.Mutex
	benchDir   string
	benchFiles = map[string]string{}
)

func cleanBenchFiles() {
	benchMu.Lock()
	defer benchMu.Unlock()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
}

// benchNow is the "today" of the generated history: Wednesday of 2026-W13.
var benchNow = t0

// benchFile returns a team file with the given number of citizens and
// appointments of history before benchNow.
func benchFile(b *testing.B, citizens, appointments int) string {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	key := fmt.Sprintf("%d-%d", citizens, appointments)
	if p, ok := benchFiles[key]; ok {
		return p
	}
	if benchDir == "" {
		d, err := os.MkdirTemp("", "tavle-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = d
	}
	path := filepath.Join(benchDir, key+".tavle")
	start := time.Now()
	if err := generate(path, citizens, appointments); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %s in %v", key, time.Since(start).Round(time.Millisecond))
	benchFiles[key] = path
	return path
}

// generate writes a large team file: 30 members, citizens in all statuses
// with two responsible members each, appointments (10% weekly recurring
// without end, the rest single and mostly held) with two participants, a
// note per two appointments, plans, and weekly meetings in proportion.
// Each series has two changed occurrences (held; moved and a no-show), and
// some of the open-ended ones a changed occurrence this week.
func generate(path string, citizens, appointments int) error {
	db, err := Create(path, "Benchmark", &board.Member{Name: "M0", Initials: "M0", Sector: board.SectorRegion, Active: true},
		Options{Now: func() time.Time { return benchNow }})
	if err != nil {
		return err
	}
	defer db.Close()
	rnd := rand.New(rand.NewPCG(1, 2))
	now := benchNow.UnixNano()
	const day = int64(24 * time.Hour)
	// The same team at the same pace (about 137 appointments a day), so
	// more appointments means a longer history, not a busier week.
	span := int64(appointments/137+1) * day
	return db.Write(ctx, func(t *tx) error {
		stmts := map[string]string{
			"member":  `INSERT INTO members (id, name, initials, sector, updated_at) VALUES (?, ?, ?, ?, ?)`,
			"citizen": `INSERT INTO citizens (id, name, status, on_board, board_reason, board_since, review_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			"resp":    `INSERT INTO citizen_members (citizen_id, member_id, role, position) VALUES (?, ?, 'kontaktperson', ?)`,
			"app": `INSERT INTO appointments (id, uid, citizen_id, title, kind, start_at, end_at, status, freq, until_day, last_end, updated_at)
				VALUES (?, ?, ?, 'Besøg', 'home_visit', ?, ?, ?, ?, ?, ?, ?)`,
			"part":    `INSERT INTO appointment_participants (appointment_id, member_id, position) VALUES (?, ?, ?)`,
			"exc":     `INSERT INTO appointment_exceptions (appointment_id, original_at, status, start_at, end_at) VALUES (?, ?, ?, ?, ?)`,
			"note":    `INSERT INTO notes (citizen_id, author_id, at, text) VALUES (?, ?, ?, 'Samtale om ugen, aftalt næste skridt.')`,
			"action":  `INSERT INTO actions (citizen_id, text, status, due, updated_at) VALUES (?, 'Ring til jobcenter', ?, ?, ?)`,
			"meeting": `INSERT INTO meetings (id, date, updated_at) VALUES (?, ?, ?)`,
			"item":    `INSERT INTO meeting_items (meeting_id, citizen_id, meeting_date, position, discussed, notes) VALUES (?, ?, ?, ?, 1, 'Drøftet.')`,
		}
		prepared := map[string]*sql.Stmt{}
		for name, q := range stmts {
			st, err := t.Prepare(q)
			if err != nil {
				return err
			}
			defer st.Close()
			prepared[name] = st
		}
		run := func(name string, args ...any) error {
			_, err := prepared[name].Exec(args...)
			return err
		}
		for i := 2; i <= 30; i++ {
			if err := run("member", i, fmt.Sprintf("Medlem %d", i), fmt.Sprintf("M%d", i), string(board.Sectors[i%3]), now); err != nil {
				return err
			}
		}
		for c := 1; c <= citizens; c++ {
			status := board.Statuses[c%len(board.Statuses)]
			onBoard := c%8 == 0 && status != board.StatusClosed
			since := board.DateOf(benchNow).AddDays(-c % 90).String()
			if err := run("citizen", c, fmt.Sprintf("Borger %05d", c), string(status), onBoard, "krise", since,
				board.DateOf(benchNow).AddDays(c%30-10).String(), now); err != nil {
				return err
			}
			for p := 0; p < 2; p++ {
				if err := run("resp", c, 1+(c+p*7)%30, p); err != nil {
					return err
				}
			}
			for _, st := range []string{"open", "open", "done"} {
				if err := run("action", c, st, board.DateOf(benchNow).AddDays(rnd.IntN(60)-20).String(), now); err != nil {
					return err
				}
			}
		}
		var exc [][]any // the exceptions of the appointment being written
		for a := 1; a <= appointments; a++ {
			exc = nil
			c := 1 + rnd.IntN(citizens)
			start := now - rnd.Int64N(span) + 8*int64(time.Hour)
			end := start + int64(time.Hour)
			status, freq, last := "held", "", end
			var until any
			switch {
			case a%10 == 0:
				// A series of 4–26 weeks that ended long ago or runs now,
				// its second occurrence held and its third moved a day on
				// and a no-show.
				u := time.Unix(0, start).Add(time.Duration(4+rnd.IntN(23)) * 7 * 24 * time.Hour)
				freq, status, until = "weekly", "planned", u.UnixNano()
				series := &calendar.Appointment{Start: time.Unix(0, start), End: time.Unix(0, end),
					Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly, Until: u}}
				occs := calendar.Occurrences(series, series.Start, series.Start.AddDate(0, 0, 22))
				exc = [][]any{
					{a, occs[1].Start.UnixNano(), "held", nil, nil},
					{a, occs[2].Start.UnixNano(), "no_show", occs[2].Start.Add(24 * time.Hour).UnixNano(), occs[2].End.Add(24 * time.Hour).UnixNano()},
				}
				series.Exceptions = []calendar.Exception{{Original: occs[2].Start, Start: occs[2].Start.Add(24 * time.Hour), End: occs[2].End.Add(24 * time.Hour)}}
				last = sqlcore.LastEnd(series)
			case a%17 == 0:
				status = "no_show"
			case a%13 == 0:
				status = "cancelled"
			case start > now:
				status = "planned"
			}
			if err := run("app", a, fmt.Sprintf("b%d@tavlen", a), c, start, end, status, freq, until, last, now); err != nil {
				return err
			}
			for _, e := range exc {
				if err := run("exc", e...); err != nil {
					return err
				}
			}
			for p := 0; p < 2; p++ {
				if err := run("part", a, 1+(a+p*11)%30, p); err != nil {
					return err
				}
			}
			if a%2 == 0 {
				if err := run("note", c, 1+a%30, start+int64(time.Hour)); err != nil {
					return err
				}
			}
		}
		// Open-ended weekly series: one per ten citizens, whatever the history.
		for c := 10; c <= citizens; c += 10 {
			a := appointments + c/10
			start := now - rnd.Int64N(365*day)
			if err := run("app", a, fmt.Sprintf("b%d@tavlen", a), c, start, start+int64(time.Hour), "planned", "weekly", nil,
				int64(^uint64(0)>>1), now); err != nil {
				return err
			}
			if err := run("part", a, 1+c%30, 0); err != nil {
				return err
			}
			// This week's occurrence: every second series held, every
			// third moved a day on.
			series := &calendar.Appointment{Start: time.Unix(0, start), End: time.Unix(0, start+int64(time.Hour)),
				Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
			w := calendar.WeekOf(benchNow)
			for _, o := range calendar.Occurrences(series, w.Start(), w.End()) {
				if c%20 == 0 {
					if err := run("exc", a, o.Start.UnixNano(), "held", nil, nil); err != nil {
						return err
					}
				} else if c%30 == 0 {
					if err := run("exc", a, o.Start.UnixNano(), "", o.Start.Add(24*time.Hour).UnixNano(), o.End.Add(24*time.Hour).UnixNano()); err != nil {
						return err
					}
				}
			}
		}
		meetings := max(3, int(span/day/7))
		for m := 1; m <= meetings; m++ {
			date := board.DateOf(benchNow).AddDays(-7 * m).String()
			if err := run("meeting", m, date, now); err != nil {
				return err
			}
			for i := 0; i < 40; i++ {
				if err := run("item", m, 1+(m*40+i)%citizens, date, i); err != nil {
					return err
				}
			}
		}
		return t.RefreshAllFacts()
	})
}

func benchWeekBoard(b *testing.B, citizens, appointments int) {
	path := benchFile(b, citizens, appointments)
	db, err := Open(path, Options{ReadOnly: true, Now: func() time.Time { return benchNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	w := calendar.WeekOf(benchNow)
	today := board.DateOf(benchNow)
	wb, err := db.WeekBoard(ctx, w.Start(), w.End(), today)
	if err != nil {
		b.Fatal(err)
	}
	entries := 0
	for _, r := range wb.Rows {
		entries += len(r.Entries)
	}
	b.ReportMetric(float64(len(wb.Rows)), "rows")
	b.ReportMetric(float64(entries), "entries")
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.WeekBoard(ctx, w.Start(), w.End(), today); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWeekBoardLarge: 5,000 citizens, 250,000 appointments of history.
// Target: under 50 ms, and at most 1.5× BenchmarkWeekBoardLargeTenth.
func BenchmarkWeekBoardLarge(b *testing.B) { benchWeekBoard(b, 5000, 250000) }

// BenchmarkWeekBoardLargeTenth: the same team with a tenth of the history.
func BenchmarkWeekBoardLargeTenth(b *testing.B) { benchWeekBoard(b, 5000, 25000) }

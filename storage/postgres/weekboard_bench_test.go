package postgres

import (
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// BenchmarkWeekBoardOfOneTeamAmong100 reads the week board of one team of
// 60 citizens in a database of 100 such teams, each with five years of
// fortnightly appointments per citizen (issue target: 5 ms).
func BenchmarkWeekBoardOfOneTeamAmong100(b *testing.B) {
	serverAddress(b)
	addr := newDatabase(b)
	db, err := Create(addr, "Team 1", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{Member: "AB"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	u, _ := url.Parse(addr)
	start := time.Date(2021, 1, 4, 9, 0, 0, 0, calendar.Copenhagen).UnixNano()
	week := int64(7 * 24 * time.Hour)
	// The superuser fills the database past row-level security, in bulk.
	superExec(b, strings.TrimPrefix(u.Path, "/"),
		`INSERT INTO team (name, updated_at) SELECT 'Team ' || n, 0 FROM generate_series(2, 100) n`,
		`INSERT INTO members (team_id, name, initials, sector, updated_at) SELECT id, 'Medlem', 'M' || id, 'region', 0 FROM team WHERE id > 1`,
		`INSERT INTO citizens (team_id, name, status, on_board, updated_at)
			SELECT t.id, 'Borger ' || n, 'active', (n % 3 = 0)::int, 0 FROM team t, generate_series(1, 60) n`,
		`INSERT INTO citizen_members (team_id, citizen_id, member_id, position)
			SELECT c.team_id, c.id, m.id, 0 FROM citizens c JOIN members m ON m.team_id = c.team_id`,
		fmt.Sprintf(`INSERT INTO appointments (team_id, uid, citizen_id, title, kind, start_at, end_at, status, last_end, updated_at)
			SELECT c.team_id, c.id || '-' || w || '@tavlen', c.id, 'Besøg', 'home_visit', %[1]d + w * %[2]d + (c.id %% 5) * 86400000000000,
				%[1]d + w * %[2]d + (c.id %% 5) * 86400000000000 + 3600000000000, 'planned',
				%[1]d + w * %[2]d + (c.id %% 5) * 86400000000000 + 3600000000000, 0
			FROM citizens c, generate_series(0, 260, 2) w`, start, week),
		`INSERT INTO appointment_participants (team_id, appointment_id, member_id, position)
			SELECT a.team_id, a.id, m.id, 0 FROM appointments a JOIN members m ON m.team_id = a.team_id`,
		`INSERT INTO citizen_facts (team_id, citizen_id) SELECT team_id, id FROM citizens ON CONFLICT DO NOTHING`,
		`ANALYZE`,
	)
	if os.Getenv("TAVLEN_EXPLAIN") != "" {
		// The board's statements, their time and (TAVLEN_EXPLAIN=plans)
		// their plans with row-level security on go to the server's log.
		name := strings.TrimPrefix(u.Path, "/")
		stmts := []string{`ALTER DATABASE ` + name + ` SET log_min_duration_statement = 0`}
		if os.Getenv("TAVLEN_EXPLAIN") == "plans" {
			stmts = append(stmts, `ALTER DATABASE `+name+` SET session_preload_libraries = 'auto_explain'`,
				`ALTER DATABASE `+name+` SET auto_explain.log_min_duration = 0`,
				`ALTER DATABASE `+name+` SET auto_explain.log_analyze = on`)
		}
		superExec(b, "postgres", stmts...)
		db.pool.Reset()
	}
	w := calendar.Week{Year: 2025, Week: 21} // a week with each citizen's visit (fortnightly)
	today := board.DateOf(w.Start())
	wb, err := db.WeekBoard(ctx, w.Start(), w.End(), today)
	if err != nil {
		b.Fatal(err)
	}
	entries := 0
	for _, r := range wb.Rows {
		entries += len(r.Entries)
	}
	if len(wb.Rows) != 60 || entries != 60 {
		b.Fatalf("%d rows and %d entries, want 60 and 60", len(wb.Rows), entries)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.WeekBoard(ctx, w.Start(), w.End(), today); err != nil {
			b.Fatal(err)
		}
	}
}

package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// fillAtVersion writes rows the way Tavlen at schema version v stored them.
var fillAtVersion = map[int][]string{
	1: {
		`INSERT INTO team (id, name, updated_at) VALUES (1, 'Gammelt team', 1)`,
		`INSERT INTO members (id, name, initials, sector, updated_at) VALUES (1, 'Hans Holm', 'HH', 'kommune', 1)`,
		`INSERT INTO citizens (id, name, status, on_board, board_reason, board_since, updated_at) VALUES (1, 'Ida Ørsted', 'active', 1, 'indlagt', '2025-01-02', 1)`,
		`INSERT INTO citizen_members (citizen_id, member_id, role, position) VALUES (1, 1, 'kontaktperson', 0)`,
		`INSERT INTO notes (citizen_id, author_id, at, text) VALUES (1, 1, 1, 'første note')`,
		`INSERT INTO actions (citizen_id, text, status, due, updated_at) VALUES (1, 'ring til lægen', 'open', '2025-02-01', 1)`,
	},
	2: {
		`INSERT INTO appointments (uid, citizen_id, title, kind, start_at, end_at, status, last_end, updated_at)
			VALUES ('u1@tavlen', 1, 'Hjemmebesøg', 'home_visit', 1000, 2000, 'held', 2000, 1)`,
		// Mondays 10:00 from 2 March 2026, without end.
		`INSERT INTO appointments (uid, citizen_id, title, kind, start_at, end_at, status, freq, last_end, updated_at)
			VALUES ('u2@tavlen', 1, 'Samtale', 'consultation', 1772442000000000000, 1772445600000000000, 'planned', 'weekly', 9223372036854775807, 1)`,
		`INSERT INTO meetings (id, date, updated_at) VALUES (1, '2025-01-07', 1)`,
		`INSERT INTO meeting_items (meeting_id, citizen_id, meeting_date, position, discussed, notes) VALUES (1, 1, '2025-01-07', 0, 1, 'godt møde')`,
	},
	// From 4 on, every write keeps citizen_facts up to date.
	4: {
		`INSERT INTO citizen_facts (citizen_id, last_held, last_no_show, note_id, meeting_id)
			SELECT c.id,
				(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'held' ORDER BY start_at DESC LIMIT 1),
				(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'no_show' ORDER BY start_at DESC LIMIT 1),
				(SELECT id FROM notes WHERE citizen_id = c.id ORDER BY at DESC, id DESC LIMIT 1),
				(SELECT meeting_id FROM meeting_items WHERE citizen_id = c.id AND discussed = 1 ORDER BY meeting_date DESC, meeting_id DESC LIMIT 1)
			FROM citizens c`,
	},
	// 6: the Monday 16 March 2026 occurrence of u2 was a no-show.
	6: {
		`INSERT INTO appointment_exceptions (appointment_id, original_at, status) VALUES (2, 1773651600000000000, 'no_show')`,
	},
}

func TestMigrateFromEveryOlderVersion(t *testing.T) {
	if latestVersion() < 2 {
		t.Fatal("want at least two migrations")
	}
	for v := 1; v < latestVersion(); v++ {
		t.Run(fmt.Sprintf("from %d", v), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.tavle")
			raw, err := sql.Open("sqlite", dsn(path, "rwc"))
			if err != nil {
				t.Fatal(err)
			}
			if err := migrate(ctx, raw, v); err != nil {
				t.Fatal(err)
			}
			for w := 1; w <= v; w++ {
				for _, s := range fillAtVersion[w] {
					if _, err := raw.Exec(s); err != nil {
						t.Fatalf("fill v%d: %v", w, err)
					}
				}
			}
			var got int
			raw.QueryRow("PRAGMA user_version").Scan(&got)
			raw.Close()
			if got != v {
				t.Fatalf("made version %d, want %d", got, v)
			}

			db, err := Open(path, Options{Now: func() time.Time { return t0 }})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			rep, err := db.Check(ctx)
			if err != nil || rep.SchemaVersion != latestVersion() || rep.Integrity != "ok" {
				t.Fatalf("after migration: %+v %v", rep, err)
			}
			c, err := db.FindCitizenByID(ctx, 1)
			if err != nil {
				t.Fatal(err)
			}
			if c.Name != "Ida Ørsted" || !c.OnBoard || c.BoardSince != board.MustDate("2025-01-02") ||
				len(c.Responsible) != 1 || c.Responsible[0].Role != "kontaktperson" {
				t.Fatalf("citizen after migration: %+v", c)
			}
			notes, err := db.FindNotes(ctx, 1)
			if err != nil || len(notes) != 1 || notes[0].Text != "første note" {
				t.Fatalf("notes after migration: %v %v", notes, err)
			}
			if v >= 2 {
				a, err := db.FindAppointmentByID(ctx, 1)
				if err != nil || a.UID != "u1@tavlen" {
					t.Fatalf("appointment after migration: %+v %v", a, err)
				}
				m, err := db.FindMeetingByID(ctx, 1)
				if err != nil || len(m.Items) != 1 || m.Items[0].Notes != "godt møde" {
					t.Fatalf("meeting after migration: %+v %v", m, err)
				}
			}
			// The board's facts were computed from the old history.
			wb, err := db.WeekBoard(ctx, t0, t0.Add(7*24*time.Hour), board.DateOf(t0))
			if err != nil || len(wb.Rows) != 1 {
				t.Fatalf("board after migration: %+v %v", wb, err)
			}
			if r := wb.Rows[0]; r.LatestNote == nil || r.LatestNote.Text != "første note" || len(r.Responsible) != 1 {
				t.Fatalf("board row after migration: %+v", r)
			}
			if r := wb.Rows[0]; v >= 2 && (r.LastDiscussed != board.MustDate("2025-01-07") || r.LastMeetingNote != "godt møde") {
				t.Fatalf("last discussed after migration: %v %q", r.LastDiscussed, r.LastMeetingNote)
			}
			// Changes to single occurrences (006) work on a migrated file.
			if v >= 2 {
				a, err := db.FindAppointmentByID(ctx, 2)
				if err != nil {
					t.Fatal(err)
				}
				if err := a.MarkOccurrence(time.Date(2026, 3, 23, 10, 0, 0, 0, calendar.Copenhagen), calendar.StatusHeld); err != nil {
					t.Fatal(err)
				}
				if err := db.UpdateAppointment(ctx, a); err != nil {
					t.Fatal(err)
				}
				w := calendar.WeekOf(t0)
				wb, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(t0))
				if err != nil || len(wb.Rows) != 1 {
					t.Fatalf("board: %v", err)
				}
				r := wb.Rows[0]
				if !r.Facts.LastContact.Equal(time.Date(2026, 3, 23, 10, 0, 0, 0, calendar.Copenhagen)) || len(r.Entries) != 1 || r.Entries[0].Status != "held" {
					t.Fatalf("board after marking an occurrence: facts %+v entries %+v", r.Facts, r.Entries)
				}
			}
			// The migrated file takes the newest fields and writes history.
			c.ReferredBy = "egen læge"
			if err := db.UpdateCitizen(ctx, c); err != nil {
				t.Fatal(err)
			}
			c, _ = db.FindCitizenByID(ctx, 1)
			if c.ReferredBy != "egen læge" {
				t.Fatalf("referred by = %q", c.ReferredBy)
			}
			if err := db.VerifyAudit(ctx); err != nil {
				t.Fatal(err)
			}
			// Presence (005) works on a migrated file.
			other, err := Open(path, Options{Member: "HH", Now: func() time.Time { return t0 }})
			if err != nil {
				t.Fatal(err)
			}
			defer other.Close()
			if err := other.Beat(ctx, &board.RecordRef{Kind: board.RecordCitizen, ID: 1}); err != nil {
				t.Fatal(err)
			}
			if p, err := db.Present(ctx); err != nil || len(p) != 1 || p[0].Initials != "HH" || p[0].Editing == nil {
				t.Fatalf("presence after migration: %+v %v", p, err)
			}
		})
	}
}

func TestMigrationsAreNumberedInOrder(t *testing.T) {
	for i, m := range migrations() {
		if m.Version != i+1 || m.SQL == "" {
			t.Fatalf("migration %d: %+v", i, m)
		}
	}
}

package sqlite

import (
	"testing"

	"tavlen/board"
)

func TestCheck(t *testing.T) {
	db, _ := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Sara"})
	rep, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK || rep.Integrity != "ok" || rep.History != "ok" || rep.SchemaVersion != latestVersion() {
		t.Fatalf("report: %+v", rep)
	}
	want := map[string]int{"members": 1, "citizens": 1, "audit": 3, "changes": 3, "notes": 0, "appointments": 0}
	for table, n := range want {
		if rep.Counts[table] != n {
			t.Errorf("Counts[%s] = %d, want %d", table, rep.Counts[table], n)
		}
	}
	if len(rep.Counts) != len(CountedTables()) {
		t.Errorf("counted %d tables, want %d", len(rep.Counts), len(CountedTables()))
	}
}

package postgres

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/storagetest"
)

// TestContract runs the tests every storage adapter must pass, each on a
// team in a new database of a real PostgreSQL server.
func TestContract(t *testing.T) {
	serverAddress(t)
	storagetest.Run(t, storagetest.Adapter{
		Create: func(t *testing.T, now func() time.Time) storagetest.Store {
			addr := newDatabase(t)
			db, err := Create(addr, "Testteam", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true},
				Options{Now: now, Member: "AB"})
			if err != nil {
				t.Fatalf("Create: %v", err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		},
		Open: func(t *testing.T, s storagetest.Store, now func() time.Time, member string, readOnly bool) (storagetest.Store, error) {
			return Open(s.(*DB).testAddress, "Testteam", Options{Now: now, Member: member, ReadOnly: readOnly})
		},
		PresenceExpiry: PresenceExpiry,
		Inspect:        inspectContract,
	})
}

// inspectContract checks how the database keeps what the contract saved.
func inspectContract(t *testing.T, s storagetest.Store, step storagetest.Step) {
	t.Helper()
	db := s.(*DB)
	switch step.Name {
	case storagetest.StepNotesWritten:
		// The triggers keep notes append-only, even for the owner.
		for _, stmt := range []string{`UPDATE notes SET text = 'ændret'`, `DELETE FROM notes`, `TRUNCATE notes`} {
			_, err := db.SQL.Exec(stmt)
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Fatalf("%s: err = %v, want the trigger's refusal", stmt, err)
			}
		}
	case storagetest.StepAppointmentDeleted:
		var n int
		if err := db.SQL.QueryRow(`SELECT count(*) FROM appointment_exceptions`).Scan(&n); err != nil || n != 0 {
			t.Fatalf("%d exception rows left (%v)", n, err)
		}
	}
}

var _ storagetest.Store = (*DB)(nil)

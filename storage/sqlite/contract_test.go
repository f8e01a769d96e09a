package sqlite

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/storagetest"
)

// TestContract runs the tests every storage adapter must pass on a real
// SQLite file.
func TestContract(t *testing.T) {
	storagetest.Run(t, storagetest.Adapter{
		Create: func(t *testing.T, now func() time.Time) storagetest.Store {
			path := filepath.Join(t.TempDir(), "team.tavle")
			db, err := Create(path, "Testteam", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true},
				Options{Now: now, Member: "AB"})
			if err != nil {
				t.Fatalf("Create: %v", err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		},
		Open: func(t *testing.T, s storagetest.Store, now func() time.Time, member string, readOnly bool) (storagetest.Store, error) {
			return Open(s.(*DB).Path(), Options{Now: now, Member: member, ReadOnly: readOnly})
		},
		PresenceExpiry: PresenceExpiry,
		Inspect:        inspectContract,
	})
}

// inspectContract checks how the file keeps what the contract saved.
func inspectContract(t *testing.T, s storagetest.Store, step storagetest.Step) {
	t.Helper()
	db := s.(*DB)
	switch step.Name {
	case storagetest.StepNotesWritten:
		// The triggers keep notes append-only, even for SQLite tools.
		for _, stmt := range []string{`UPDATE notes SET text = 'ændret' WHERE id = 1`, `DELETE FROM notes WHERE id = 1`} {
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
	case storagetest.StepWeekBoard:
		// One transaction gives the same board as two at once.
		serial, err := db.WeekBoardInOneRead(ctx, step.From, step.To, step.Today)
		if err != nil || !reflect.DeepEqual(serial, step.WeekBoard) {
			t.Fatalf("serial board differs: %v", err)
		}
	}
}

var _ storagetest.Store = (*DB)(nil)

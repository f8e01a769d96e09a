package app

import (
	"os"
	"testing"

	"tavlen/board"
)

// A printed board poster shows every citizen on it, so each one's history
// records the print, as a printed plan does.
func TestPrintBoardLogsEveryCitizen(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	rows := u.board.wb.Rows
	if len(rows) < 2 {
		t.Fatalf("demo board has %d rows", len(rows))
	}
	tap(t, u.win.Content(), "Udskriv tavle")
	if len(f.viewed) != 1 {
		t.Fatalf("viewer got %q", f.viewed)
	}
	u.bg.Wait()
	for _, r := range rows {
		got, err := u.store.FindAudit(u.ctx, board.AuditFilter{CitizenID: r.Citizen.ID, Action: board.AuditPrint})
		if err != nil || len(got) != 1 {
			t.Fatalf("citizen %d: print log %v, %v; want one entry", r.Citizen.ID, got, err)
		}
	}
}

// A file that can only be read still prints the poster; nothing is logged
// and nothing fails.
func TestPrintBoardReadOnlyStillPrints(t *testing.T) {
	u := newTestUI(t)
	f := useFakeFiles(t, u)
	path := u.store.Path()
	u.closeStore()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	u.openPath(path)
	if !u.readOnly() {
		t.Skip("file opens writable (running as root?)")
	}
	if err := u.printBoard(u.board.week); err != nil {
		t.Fatal(err)
	}
	u.bg.Wait()
	if len(f.viewed) != 1 {
		t.Fatalf("viewer got %q", f.viewed)
	}
}

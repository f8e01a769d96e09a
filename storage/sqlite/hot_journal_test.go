package sqlite

import (
	"os"
	"strings"
	"testing"

	"tavlen/board"
)

// TestReadOnlyOpenRollsBackHotJournal: a PC died mid-save (the sqlite3
// shell, killed inside its write transaction). The read-only opens of
// `tavle check`, `citizens`, `members` and `backup` must roll the file back
// and work, not say the file is read-only; the backup is made.
func TestReadOnlyOpenRollsBackHotJournal(t *testing.T) {
	db, _ := newTestDB(t)
	for i := range 200 {
		addCitizen(t, db, &board.Citizen{Name: "Borger " + strings.Repeat("x", i%50), Status: board.StatusActive})
	}
	path := db.Path()
	db.Close()
	leaveHotJournal(t, path, "UPDATE citizens SET notes = hex(randomblob(400))")

	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open after a crash: %v", err)
	}
	defer db.Close()
	if hasHotJournal(path) {
		t.Fatal("the hot journal is still there: nothing rolled back")
	}
	rep, err := db.Check(ctx)
	if err != nil || !rep.OK {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	list, err := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
	if err != nil || len(list) != 200 {
		t.Fatalf("FindCitizens = %d, %v", len(list), err)
	}
	for _, c := range list {
		if c.Notes != "" {
			t.Fatalf("the unfinished save was kept: %q", c.Notes[:10])
		}
	}
	if _, err := db.Backup(ctx); err != nil {
		t.Fatalf("Backup after a crash: %v", err)
	}
	if _, err := db.EnsureDailyBackup(ctx); err != nil {
		t.Fatalf("EnsureDailyBackup after a crash: %v", err)
	}
}

// TestReadOnlyFileWithHotJournalSaysWhatToDo: when the crashed file cannot
// be written from here, the refusal says it needs one open with write
// access, not merely that it is read-only.
func TestReadOnlyFileWithHotJournalSaysWhatToDo(t *testing.T) {
	db, _ := newTestDB(t)
	for range 100 {
		addCitizen(t, db, &board.Citizen{Name: "Borger", Status: board.StatusActive})
	}
	path := db.Path()
	db.Close()
	leaveHotJournal(t, path, "UPDATE citizens SET notes = hex(randomblob(400))")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o644) })
	_, err := Open(path, Options{ReadOnly: true})
	if e := wantCode(t, err, board.EReadOnly); !strings.Contains(e.Message, "write access") {
		t.Fatalf("message does not say what to do: %q", e.Message)
	}
	if !hasHotJournal(path) {
		t.Fatal("the journal must be left for the rollback")
	}
}

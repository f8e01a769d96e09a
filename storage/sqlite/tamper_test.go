package sqlite

import (
	"database/sql"
	"os"
	"os/exec"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"
)

// init keeps the chain heads the tests' PC remembers out of the real
// config folder (child processes inherit it).
func init() {
	if os.Getenv("TAVLEN_TEST_CONFIG") == "" {
		dir, err := os.MkdirTemp("", "tavlen-sqlite-config-")
		if err == nil {
			os.Setenv("TAVLEN_TEST_CONFIG", dir)
			os.Setenv("XDG_CONFIG_HOME", dir)
			os.Setenv("APPDATA", dir)
		}
	}
}

// shell runs SQL through the real sqlite3 shell, as a person tampering
// with the file would.
func shell(t *testing.T, path, script string) {
	t.Helper()
	if out, err := exec.Command(sqlite3CLI(t), path, script).CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %s %v", out, err)
	}
}

const (
	noteGuard  = `CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes BEGIN SELECT RAISE(ABORT, 'progress notes are append-only'); END;`
	auditGuard = `CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;`
)

func tamperFile(t *testing.T) (*DB, *board.Citizen) {
	t.Helper()
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	for _, text := range []string{"Første notat", "Andet notat\nmed to linjer", "Tredje"} {
		if err := db.AddNote(ctx, &board.Note{CitizenID: c.ID, Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	for _, phone := range []string{"11111111", "22222222", "33333333"} {
		c.Phone = phone
		if err := db.UpdateCitizen(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	return db, c
}

func wantTamper(t *testing.T, db *DB, says string) {
	t.Helper()
	rep, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK || !strings.Contains(rep.History, says) {
		t.Fatalf("Check OK=%v history %q, want it to say %q", rep.OK, rep.History, says)
	}
}

func TestCheckFindsDroppedGuard(t *testing.T) {
	db, _ := tamperFile(t)
	shell(t, db.Path(), "DROP TRIGGER audit_no_delete;")
	wantTamper(t, db, "audit_no_delete")
}

func TestCheckFindsNoteRewrittenInPlace(t *testing.T) {
	db, _ := tamperFile(t)
	shell(t, db.Path(), "DROP TRIGGER notes_no_update; UPDATE notes SET text = 'Omskrevet' WHERE id = 2; "+noteGuard)
	wantTamper(t, db, "Progress note 2")
}

func TestCheckFindsRemovedNewestEntries(t *testing.T) {
	db, _ := tamperFile(t)
	if rep, err := db.Check(ctx); err != nil || !rep.OK {
		t.Fatalf("Check before: %+v %v", rep, err)
	}
	shell(t, db.Path(), "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id > (SELECT max(id) - 2 FROM audit); "+auditGuard)
	wantTamper(t, db, "this PC has seen")
}

// TestCheckFindsRehashedChain: someone edits an entry and re-hashes the
// whole chain with Tavlen's own recipe, so the chain is whole again. The
// head this PC remembers no longer matches.
func TestCheckFindsRehashedChain(t *testing.T) {
	db, _ := tamperFile(t)
	if rep, err := db.Check(ctx); err != nil || !rep.OK {
		t.Fatalf("Check before: %+v %v", rep, err)
	}
	entries, err := db.FindAudit(ctx, board.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", "file:"+db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	mustExec := func(q string, args ...any) {
		if _, err := raw.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mustExec("DROP TRIGGER audit_no_update")
	prev := ""
	for i := len(entries) - 1; i >= 0; i-- { // oldest first
		e := entries[i]
		if e.ID == 1 {
			e.Member = "XX"
		}
		e.Hash = sqlcore.AuditHash(prev, e)
		mustExec("UPDATE audit SET member = ?, hash = ? WHERE id = ?", e.Member, e.Hash, e.ID)
		prev = e.Hash
	}
	mustExec(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;`)
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatalf("the re-hashed chain should be whole: %v", err)
	}
	wantTamper(t, db, "rewritten")
}

// TestCheckComparesWithNewestBackup: on a PC that never saw the file, the
// newest backup's head still shows removed entries.
func TestCheckComparesWithNewestBackup(t *testing.T) {
	db, _ := tamperFile(t)
	if _, err := db.Backup(ctx); err != nil {
		t.Fatal(err)
	}
	shell(t, db.Path(), "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = (SELECT max(id) FROM audit); "+auditGuard)
	ForgetChainHead(db.Path())
	wantTamper(t, db, "backup of")
}

package sqlite

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// TestAuditChainShowsTampering: the triggers refuse changes to the
// history, and an edit past them breaks the hash chain. (The access log
// itself is in the contract, storagetest.)
func TestAuditChainShowsTampering(t *testing.T) {
	db, clk := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Mona"})
	clk.Advance(time.Minute)
	if err := db.LogAccess(ctx, c.ID, board.AuditPrint, board.AccessPlanPrinted); err != nil {
		t.Fatal(err)
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}

	// The triggers refuse changes to the history.
	for _, stmt := range []string{`UPDATE audit SET member = 'XX'`, `DELETE FROM audit WHERE id = 2`} {
		if _, err := db.SQL.Exec(stmt); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	// Someone with a SQLite tool drops the trigger and edits a row: the
	// chain shows it.
	if _, err := db.SQL.Exec(`DROP TRIGGER audit_no_update`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.Exec(`UPDATE audit SET member = 'XX' WHERE id = 2`); err != nil {
		t.Fatal(err)
	}
	e := wantCode(t, db.VerifyAudit(ctx), board.ECorrupt)
	if !strings.Contains(e.Message, "entry 2") {
		t.Fatalf("message: %s", e.Message)
	}
	rep, _ := db.Check(ctx)
	if rep.OK || rep.History == "ok" {
		t.Fatalf("Check after tampering: %+v", rep)
	}
}

func TestAuditDeletionInTheMiddleShows(t *testing.T) {
	db, _ := newTestDB(t)
	for _, n := range []string{"A", "B", "C"} {
		addCitizen(t, db, &board.Citizen{Name: n})
	}
	db.SQL.Exec(`DROP TRIGGER audit_no_delete`)
	if _, err := db.SQL.Exec(`DELETE FROM audit WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.VerifyAudit(ctx), board.ECorrupt)
}

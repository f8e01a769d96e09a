package storagetest

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// testAccessLog: views, prints and exports are logged by who and when,
// with how; the history filters by time and limit, newest first.
func testAccessLog(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	c := addCitizen(t, db, &board.Citizen{Name: "Mona"})
	clk.Advance(time.Minute)
	db.SetMember("CD")
	if err := db.LogAccess(ctx, c.ID, board.AuditPrint, board.AccessPlanPrinted); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.LogAccess(ctx, c.ID, "peek", ""), board.EInvalid)
	hist, err := db.FindAudit(ctx, board.AuditFilter{CitizenID: c.ID})
	if err != nil || len(hist) != 2 {
		t.Fatalf("history: %v %v", hist, err)
	}
	p := hist[0]
	if p.Action != board.AuditPrint || p.Member != "CD" || p.Changes != board.AccessPlanPrinted || !p.At.Equal(t0.Add(time.Minute)) ||
		p.OSUser == "" || p.Kind != board.RecordCitizen || len(p.Fields) != 0 {
		t.Fatalf("access row: %+v", p)
	}
	if made := hist[1]; made.Kind != board.RecordCitizen || made.Action != board.AuditInsert || !strings.HasPrefix(fieldsText(made), "citizen.name: Mona\ncitizen.status: referred") {
		t.Fatalf("insert row: %+v", made)
	}
	since, _ := db.FindAudit(ctx, board.AuditFilter{Since: t0.Add(time.Second)})
	if len(since) != 1 {
		t.Fatalf("since: %d rows", len(since))
	}
	limited, _ := db.FindAudit(ctx, board.AuditFilter{Limit: 2})
	if len(limited) != 2 || limited[0].ID < limited[1].ID {
		t.Fatalf("limit: %+v", limited)
	}
	if kinds, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCitizen, Action: board.AuditInsert}); len(kinds) != 1 {
		t.Fatalf("by kind: %+v", kinds)
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
}

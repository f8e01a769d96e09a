package sqlite

import (
	"reflect"
	"testing"

	"tavlen/board"
)

// TestAuditEntriesSpeakDomainWords: FindAudit hands out kinds and field
// keys, never tables or history labels, and filters by kind.
func TestAuditEntriesSpeakDomainWords(t *testing.T) {
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Mona"})
	if err := db.SaveCrisisPlan(ctx, &board.CrisisPlan{CitizenID: c.ID, WhomToCall: "Mor"}); err != nil {
		t.Fatal(err)
	}
	hist, err := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCrisisPlan})
	if err != nil || len(hist) != 1 {
		t.Fatalf("history of crisis plans: %v %v", hist, err)
	}
	e := hist[0]
	if e.Kind != board.RecordCrisisPlan || e.CitizenID != c.ID ||
		!reflect.DeepEqual(e.Fields, []board.FieldChange{{Field: "crisis.whom_to_call", After: "Mor"}}) {
		t.Fatalf("entry: %+v", e)
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
}

package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
)

func testPlan(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Gitte", Status: board.StatusActive})
	other := addCitizen(t, db, &board.Citizen{Name: "Hans"})

	home := &board.Goal{CitizenID: c.ID, Text: "Jeg vil have min egen lejlighed", LifeArea: "bolig"}
	work := &board.Goal{CitizenID: c.ID, Text: "Arbejde to dage om ugen", LifeArea: "arbejde", Position: 1}
	for _, g := range []*board.Goal{home, work} {
		if err := db.CreateGoal(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	late := &board.Action{CitizenID: c.ID, GoalID: home.ID, Text: "Søg bolig", ResponsibleID: ab, Sector: board.SectorKommune, Due: board.MustDate("2026-04-10")}
	soon := &board.Action{CitizenID: c.ID, GoalID: work.ID, Text: "Møde på jobcenter", Due: board.MustDate("2026-03-30")}
	undated := &board.Action{CitizenID: c.ID, Text: "Tal med mor"}
	for _, a := range []*board.Action{late, soon, undated} {
		if err := db.CreateAction(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	wantCode(t, db.CreateAction(ctx, &board.Action{CitizenID: other.ID, GoalID: home.ID, Text: "x"}), board.EInvalid)
	wantCode(t, db.CreateAction(ctx, &board.Action{CitizenID: c.ID, ResponsibleID: 999, Text: "x"}), board.EInvalid)

	crisis := &board.CrisisPlan{CitizenID: c.ID, WarningSigns: "Sover ikke", WhatHelps: "Gåture", WhomToCall: "Søster 12345678"}
	if err := db.SaveCrisisPlan(ctx, crisis); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.SaveCrisisPlan(ctx, &board.CrisisPlan{CitizenID: c.ID, WhatHelps: "andet"}), board.EConflict)
	clk.Advance(time.Hour)
	crisis.WhatHelps = "Gåture og musik"
	if err := db.SaveCrisisPlan(ctx, crisis); err != nil || crisis.Version != 2 {
		t.Fatalf("save crisis plan: %v %+v", err, crisis.Stamp)
	}

	plan, err := db.FindPlan(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Goals) != 2 || plan.Goals[0].ID != home.ID || plan.Crisis.WhatHelps != "Gåture og musik" || !plan.LastChange.Equal(t0.Add(time.Hour)) {
		t.Fatalf("plan: %+v", plan)
	}
	var order []string
	for _, a := range plan.Actions {
		order = append(order, a.Text)
	}
	if got := join(order); got != "Møde på jobcenter|Søg bolig|Tal med mor" {
		t.Fatalf("action order: %s", got)
	}
	if next := board.NextOpenAction(plan.Actions); next.ID != soon.ID {
		t.Fatalf("next action: %+v", next)
	}

	soon.Status, soon.DoneOn = board.ActionDone, board.MustDate("2026-03-26")
	if err := db.UpdateAction(ctx, soon); err != nil {
		t.Fatal(err)
	}
	open, _ := db.FindActions(ctx, board.ActionFilter{CitizenID: c.ID, OpenOnly: true})
	if len(open) != 2 {
		t.Fatalf("open actions: %d", len(open))
	}
	due, _ := db.FindActions(ctx, board.ActionFilter{DueBefore: board.MustDate("2026-04-11"), ResponsibleID: ab})
	if len(due) != 1 || due[0].ID != late.ID {
		t.Fatalf("due before: %v", due)
	}

	// Deleting a goal keeps its actions, unlinked; a stale delete is refused.
	wantCode(t, db.DeleteGoal(ctx, home.ID, home.Version+1), board.EConflict)
	if err := db.DeleteGoal(ctx, home.ID, home.Version); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.DeleteGoal(ctx, home.ID, home.Version), board.ENotFound)
	acts, _ := db.FindActions(ctx, board.ActionFilter{CitizenID: c.ID})
	for _, a := range acts {
		if a.ID == late.ID && a.GoalID != 0 {
			t.Fatal("action still linked to the deleted goal")
		}
	}
	work.Text = "Arbejde tre dage om ugen"
	if err := db.UpdateGoal(ctx, work); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteAction(ctx, undated.ID, undated.Version); err != nil {
		t.Fatal(err)
	}
	hist, _ := db.FindAudit(ctx, board.AuditFilter{CitizenID: c.ID, Kind: board.RecordGoal})
	if len(hist) != 4 || fieldsText(hist[0]) != "goal.text: Arbejde to dage om ugen → Arbejde tre dage om ugen" || hist[1].Action != board.AuditDelete {
		t.Fatalf("goal history: %+v", hist)
	}
}

func join(list []string) string {
	out := ""
	for i, s := range list {
		if i > 0 {
			out += "|"
		}
		out += s
	}
	return out
}

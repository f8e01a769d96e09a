package record

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// TestCitizenValidationInPlainWords: the overview refuses a citizen that
// does not validate, says why in Danish, and keeps what was typed.
func TestCitizenValidationInPlainWords(t *testing.T) {
	tests := []struct {
		name string
		edit func(f *Overview)
		want string
	}{
		{"no name", func(f *Overview) { f.Name.SetText("  ") }, "Borgeren skal have et navn."},
		{"no reason", func(f *Overview) { f.Reason.SetText("") }, "Skriv hvorfor borgeren er på tavlen."},
		{"bad date", func(f *Overview) { f.Review.SetText("32.13.2026") }, "Revisionsdato: “32.13.2026” er ikke en dato"},
		{"review before since", func(f *Overview) { f.Review.SetText("01.01.2020") }, "Revisionsdatoen kan ikke ligge før"},
	}
	r, _ := openDemoPage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.Overview.Cancel()
			tt.edit(r.Overview)
			typed := r.Overview.Values()
			if r.Overview.Save() {
				t.Fatal("saved an invalid citizen")
			}
			if !strings.Contains(r.Overview.Problem.Text, tt.want) || !r.Overview.Problem.Visible() {
				t.Errorf("problem = %q, want %q", r.Overview.Problem.Text, tt.want)
			}
			if r.Overview.Values() != typed {
				t.Error("the typed text changed after a failed save")
			}
		})
	}
}

// TestCrisisPlanSave: an edit of the crisis plan makes the record dirty
// and Save stores it.
func TestCrisisPlanSave(t *testing.T) {
	r, s := openDemoPage(t)
	r.Crisis.Helps.SetText("Gåtur med hunden")
	if !r.Dirty() {
		t.Fatal("crisis plan edit not dirty")
	}
	if !r.Save() {
		t.Fatalf("save failed: %q", r.Crisis.Problem.Text)
	}
	plan, _ := s.FindPlan(context.Background(), r.C.ID)
	if plan.Crisis == nil || plan.Crisis.WhatHelps != "Gåtur med hunden" {
		t.Errorf("crisis plan = %+v", plan.Crisis)
	}
}

// TestGoalActionContactDialogs: the goal, action and contact forms refuse
// an empty goal in plain words and store what was typed.
func TestGoalActionContactDialogs(t *testing.T) {
	r, s := openDemoPage(t)
	ctx := context.Background()

	before := len(r.Goals.Goals)
	test.Tap(buttonIn(r.Goals.Root, "Nyt mål"))
	d := topDialog(r)
	es := entriesIn(d)
	test.Tap(buttonIn(d, "Gem"))
	if !strings.Contains(textsIn(d), "Skriv målet med borgerens egne ord.") {
		t.Error("empty goal: no plain-words problem shown")
	}
	test.Type(es[0], "Jeg vil have min egen lejlighed")
	test.Tap(buttonIn(d, "Gem"))
	if len(r.Goals.Goals) != before+1 {
		t.Fatalf("goals %d, want %d", len(r.Goals.Goals), before+1)
	}

	test.Tap(buttonIn(r.Actions.Root, "Ny handling"))
	d = topDialog(r)
	es = entriesIn(d)
	test.Type(es[0], "Ring til boligselskabet")
	es[1].SetText("01.12.2026")
	test.Tap(buttonIn(d, "Gem"))
	acts, _ := s.FindActions(ctx, board.ActionFilter{CitizenID: r.C.ID})
	found := false
	for _, a := range acts {
		if a.Text == "Ring til boligselskabet" && a.Due == board.MustDate("2026-12-01") {
			found = true
		}
	}
	if !found {
		t.Errorf("action not stored: %s", textsIn(d))
	}

	test.Tap(buttonIn(r.Contacts.Root, "Ny kontakt"))
	d = topDialog(r)
	es = entriesIn(d)
	test.Type(es[0], "Dr. Hansen")
	test.Type(es[1], "egen læge")
	test.Tap(buttonIn(d, "Gem"))
	cs, _ := s.FindContacts(ctx, board.ContactFilter{CitizenID: r.C.ID, Search: "Hansen"})
	if len(cs) != 1 || cs[0].Relation != "egen læge" {
		t.Errorf("contact = %+v", cs)
	}
}

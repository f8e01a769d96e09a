package app

import (
	"strings"
	"testing"

	"tavlen/app/record"
	"tavlen/board"
)

// "Skriv første plan…" on the Venteliste opens the citizen's record on the
// Goals tab; back on the list with a goal written, "Forløbet er i gang"
// makes the citizen active.
func TestWaitingIntakeOpensPlanOnGoals(t *testing.T) {
	u := newTestUI(t)
	// One citizen in intake, without goals: the demo's others are active.
	others, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{Status: board.StatusIntake})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range others {
		o.Status = board.StatusActive
		if err := u.store.UpdateCitizen(u.ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	c := &board.Citizen{Name: "Ida Indskrivning", Status: board.StatusIntake, ReferrerKind: board.ReferrerGP, ReferredOn: u.today().AddDays(-5)}
	if err := u.store.CreateCitizen(u.ctx, c); err != nil {
		t.Fatal(err)
	}
	selectTab(t, u, "Venteliste")
	if in := u.room.waiting.IntakeCitizens(); len(in) != 1 || in[0].ID != c.ID {
		t.Fatalf("the intake section shows %d citizens", len(in))
	}
	if strings.Contains(shownTexts(u.room.waiting.Content()), "Forløbet er i gang") {
		t.Fatal("the course can start before a goal is written")
	}
	tap(t, u.room.waiting.Content(), "Skriv første plan…")
	r, ok := u.page.(*citizenRecord)
	if !ok {
		t.Fatalf("no record open: %T", u.page)
	}
	if r.C.ID != c.ID || r.Tabs.SelectedIndex() != record.TabGoals {
		t.Fatalf("the record of %d opened on tab %d, want %d on %d", r.C.ID, r.Tabs.SelectedIndex(), c.ID, record.TabGoals)
	}
	if err := u.store.CreateGoal(u.ctx, &board.Goal{CitizenID: c.ID, Text: "Egen bolig", LifeArea: "bolig"}); err != nil {
		t.Fatal(err)
	}
	u.pop()
	if u.page != nil {
		t.Fatal("the record did not close")
	}
	tap(t, u.room.waiting.Content(), "Forløbet er i gang")
	got, err := u.store.FindCitizenByID(u.ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != board.StatusActive {
		t.Errorf("after the start %s is %q", got.Name, got.Status)
	}
}

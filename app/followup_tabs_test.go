package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/app/wellbeing"
	"tavlen/board"
)

// The shell shows the three follow-up tabs, and the record's WHO-5 part
// saves through the shell's env (the record wires it in as a tab).
func TestFollowUpTabsAndWellbeingEnv(t *testing.T) {
	u := newTestUI(t)
	var names []string
	for _, it := range u.tabs.Items {
		names = append(names, it.Text)
	}
	want := map[string]bool{"Hvem har brug for os": false, "Mine opgaver": false, "Teamstatus": false}
	for _, n := range names {
		if _, ok := want[n]; ok {
			want[n] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Errorf("no tab %q in %q", n, names)
		}
	}
	for i := range u.tabs.Items {
		u.tabs.SelectIndex(i) // each follow-up tab reads the file when chosen
	}
	c := firstOnBoard(t, u)
	tab := wellbeing.New(u.wellbeingEnv(), c.ID)
	for i := range tab.Items {
		tab.Items[i].SetSelected("2")
	}
	test.Tap(tab.Save)
	got, err := u.store.FindWellbeing(u.ctx, board.WellbeingFilter{CitizenID: c.ID})
	if err != nil || len(got) == 0 || got[len(got)-1].Score() != 40 {
		t.Fatalf("saved: %v %v (problem %q)", got, err, tab.Problem.Text)
	}
}

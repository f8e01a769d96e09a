package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

func TestContactsSearchAndEdit(t *testing.T) {
	u := newTestUI(t)
	u.tabs.SelectIndex(2)
	v := u.cts
	if len(v.members.Objects) != len(u.members) {
		t.Errorf("%d member rows for %d members", len(v.members.Objects), len(u.members))
	}
	if len(v.external.Objects) == 0 {
		t.Fatal("no citizen contacts listed")
	}
	m := u.members[0]
	test.Type(v.search, m.Name)
	if len(v.members.Objects) != 1 || !strings.Contains(textsIn(v.members), m.Name) {
		t.Errorf("search for %q shows %d members: %s", m.Name, len(v.members.Objects), textsIn(v.members))
	}
	capture(t, u, "contacts")

	// Edit the member's phone.
	d := u.editMember(m, v.reload)
	es := entriesIn(topOverlay(u))
	es[4].SetText("70 70 70 70") // phone
	d.Submit()
	got, _ := u.store.FindMemberByID(u.ctx, m.ID)
	if got.Phone != "70 70 70 70" {
		t.Errorf("member phone = %q (%s)", got.Phone, d.Problem.Text)
	}
	// Bad initials are refused in plain words.
	d = u.editMember(&board.Member{Active: true}, v.reload)
	es = entriesIn(topOverlay(u))
	es[0].SetText("Ny Kollega")
	es[1].SetText("ABCDEFG")
	d.Submit()
	if !strings.Contains(d.Problem.Text, "Initialer skal være 1 til 5 bogstaver") {
		t.Errorf("problem = %q", d.Problem.Text)
	}
}

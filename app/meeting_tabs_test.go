package app

import (
	"testing"

	"tavlen/board"
)

// The Årshjul and Venteliste tabs are in the main window and read the
// file when chosen; "Book indskrivning" on the waiting list opens the
// intake slot finder and the booked citizen leaves the list.
func TestRoomTabsWired(t *testing.T) {
	u := newTestUI(t)
	byName := map[string]int{}
	for i, it := range u.tabs.Items {
		byName[it.Text] = i
	}
	wheel, okW := byName["Årshjul"]
	wait, okV := byName["Venteliste"]
	if !okW || !okV {
		t.Fatalf("tabs %v lack Årshjul or Venteliste", byName)
	}
	u.tabs.SelectIndex(wheel)
	u.tabs.SelectIndex(wait)
	list := u.room.waiting
	var c *board.Citizen
	for _, e := range list.Entries() {
		if len(e.Citizen.Responsible) > 0 {
			c = e.Citizen
			break
		}
	}
	if c == nil {
		t.Fatal("the demo's waiting list has no referral with a responsible member")
	}
	u.bookIntakeFromWaiting(c, list.Reload)
	top := topOverlay(u)
	if top == nil {
		t.Fatal("no intake dialog")
	}
	tap(t, top, "Book")
	got, err := u.store.FindCitizenByID(u.ctx, c.ID)
	if err != nil || got.Status != board.StatusIntake {
		t.Fatalf("after booking: %+v %v", got, err)
	}
	for _, e := range list.Entries() {
		if e.Citizen.ID == c.ID {
			t.Error("the booked citizen is still on the waiting list")
		}
	}
}

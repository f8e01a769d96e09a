package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
)

func TestReferralCreatesCitizenAndBooksIntake(t *testing.T) {
	u := newTestUI(t)
	if !u.shortcut(keyNew) || topOverlay(u) == nil {
		t.Fatal("Ctrl+N did not open the referral form")
	}
	topOverlay(u).Hide()
	u.canvas().Overlays().Remove(topOverlay(u))
	f, _ := u.newCitizenDialog()
	d := topOverlay(u)
	es := entriesIn(d)
	test.Type(es[0], "Nanna Nybo")
	test.Type(es[3], "Egen læge")
	var picked []int64
	for _, m := range u.activeMembers() {
		if m.Sector == board.SectorRegion || m.Sector == board.SectorKommune {
			picked = append(picked, m.ID)
			if len(picked) == 2 {
				break
			}
		}
	}
	f.responsible.Set(picked)
	capture(t, u, "referral")
	test.Tap(buttonIn(d, "Gem"))
	cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{Search: "Nanna"})
	if err != nil || len(cs) != 1 {
		t.Fatalf("citizen not created: %v %v", cs, err)
	}
	c := cs[0]
	if c.Status != board.StatusReferred || c.ReferredBy != "Egen læge" || c.ReferredOn != u.today() || len(c.Responsible) != 2 {
		t.Errorf("citizen = %+v", c)
	}
	// The board shows the new referral.
	found := false
	for _, l := range u.board.lines {
		found = found || (!l.heading() && l.row.Citizen.ID == c.ID && l.group == board.GroupIntake)
	}
	if !found {
		t.Error("new citizen not in the intake group on the board")
	}

	slots, err := u.intakeSlots(c)
	if err != nil || len(slots) == 0 {
		t.Fatalf("no intake slots: %v", err)
	}
	from, to := slots[0].Add(-24*time.Hour), slots[0].Add(24*time.Hour)
	apps, _ := u.store.FindAppointments(u.ctx, calendar.Filter{From: from, To: to})
	probe := &calendar.Appointment{Participants: picked}
	if cl := calendar.ClashesWith(probe, slots[0], slots[0].Add(intakeLength), calendar.Expand(apps, from, to)); len(cl) > 0 {
		t.Errorf("offered slot %v clashes: %+v", slots[0], cl)
	}
	if topOverlay(u) == nil {
		t.Fatal("no intake offer shown")
	}
	capture(t, u, "intake")
	test.Tap(buttonIn(topOverlay(u), "Book"))
	apps, _ = u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})
	if len(apps) != 1 || apps[0].End.Sub(apps[0].Start) != 2*time.Hour || !apps[0].Start.Equal(slots[0]) || len(apps[0].Participants) != 2 {
		t.Fatalf("intake = %+v", apps)
	}
	c, _ = u.store.FindCitizenByID(u.ctx, c.ID)
	if c.Status != board.StatusIntake {
		t.Errorf("status after booking = %q, want intake", c.Status)
	}
}

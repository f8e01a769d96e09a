package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
)

// selectTab chooses the main window's tab named text.
func selectTab(t *testing.T, u *UI, text string) {
	t.Helper()
	for i, it := range u.tabs.Items {
		if it.Text == text {
			u.tabs.SelectIndex(i)
			return
		}
	}
	t.Fatalf("no tab %q", text)
}

// "Ny henvisning…" on the Venteliste opens the referral form, and the
// saved referral is on the list at once.
func TestWaitingNewReferral(t *testing.T) {
	u := newTestUI(t)
	selectTab(t, u, "Venteliste")
	tap(t, u.room.waiting.Content(), "Ny henvisning…")
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no referral form")
	}
	test.Type(entriesIn(d)[0], "Nanna Nybo")
	tap(t, d, "Gem")
	for _, e := range u.room.waiting.Entries() {
		if e.Citizen.Name == "Nanna Nybo" && e.Citizen.Status == board.StatusReferred {
			return
		}
	}
	t.Error("the new referral is not on the waiting list")
}

// The new citizen's referral form refuses a referral date after today,
// as the waiting list's form does.
func TestNewReferralRefusesFutureDate(t *testing.T) {
	u := newTestUI(t)
	u.newCitizenDialog()
	d := topOverlay(u)
	es := entriesIn(d)
	test.Type(es[0], "Nanna Nybo")
	es[4].SetText(kit.FmtDate(u.today().AddDays(1)))
	tap(t, d, "Gem")
	if texts := shownTexts(d); !strings.Contains(texts, "kan ikke ligge efter i dag") {
		t.Errorf("a referral dated tomorrow was not refused:\n%s", texts)
	}
	if cs, _ := u.store.FindCitizens(u.ctx, board.CitizenFilter{Search: "Nanna"}); len(cs) != 0 {
		t.Error("the referral dated tomorrow was saved")
	}
}

// A theme or a referral saved on another PC shows in the open Årshjul or
// Venteliste tab when live sharing sees the save.
func TestLiveReloadsRoomTabs(t *testing.T) {
	u := newTestUI(t)
	other := otherPC(t, u)
	selectTab(t, u, "Årshjul")
	th := &board.Theme{Year: u.today().Year, Month: u.today().Month, Title: "Fra den anden pc"}
	if err := other.CreateTheme(u.ctx, th); err != nil {
		t.Fatal(err)
	}
	u.live.onChange()
	found := false
	for _, x := range u.room.wheel.Themes() {
		found = found || x.ID == th.ID
	}
	if !found {
		t.Error("the open Årshjul does not show the other PC's theme")
	}

	selectTab(t, u, "Venteliste")
	c := &board.Citizen{Name: "Vera Venter", Status: board.StatusReferred, ReferredOn: u.today()}
	if err := other.CreateCitizen(u.ctx, c); err != nil {
		t.Fatal(err)
	}
	u.live.onChange()
	for _, e := range u.room.waiting.Entries() {
		if e.Citizen.ID == c.ID {
			return
		}
	}
	t.Error("the open Venteliste does not show the other PC's referral")
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"tavlen/app/record"
	"tavlen/app/waiting"
	"tavlen/app/yearwheel"
	"tavlen/board"
)

// The meeting room's tabs beside the board: the year wheel of themes
// (Årshjul) and the referrals waiting for their intake (Venteliste). Each
// is a screen package of its own; this file wires them to the open file.

// roomTabs are the two tabs and their screens.
type roomTabs struct {
	wheelTab, waitingTab *container.TabItem
	wheel                *yearwheel.Screen
	waiting              *waiting.Screen
}

// newRoomTabs builds the Årshjul and Venteliste tabs on the open file.
func (u *UI) newRoomTabs() []*container.TabItem {
	win := func() fyne.Window { return u.win }
	u.room = &roomTabs{
		wheel: yearwheel.New(u.store, yearwheel.Config{Now: u.cfg.Now, Keeper: u.keeper(), Window: win,
			Entry: u.entryHost(), ReadOnly: u.readOnly}),
		waiting: waiting.New(u.store, waiting.Config{Now: u.cfg.Now, Keeper: u.keeper(), Window: win,
			Entry: u.entryHost(), ReadOnly: u.readOnly, BookIntake: u.bookIntakeFromWaiting, NewReferral: u.showNewCitizen,
			OpenPlan: u.openPlanFromWaiting}),
	}
	u.room.wheelTab = container.NewTabItem(T("yearwheel.title", "Year wheel"), u.room.wheel.Content())
	u.room.waitingTab = container.NewTabItem(T("waiting.title", "Waiting list"), u.room.waiting.Content())
	return []*container.TabItem{u.room.wheelTab, u.room.waitingTab}
}

// reloadRoomTab reads the selected room tab again; it reports whether t
// was one of them.
func (u *UI) reloadRoomTab(t *container.TabItem) bool {
	switch {
	case u.room == nil || u.store == nil:
		return false
	case t == u.room.wheelTab:
		u.room.wheel.Reload()
	case t == u.room.waitingTab:
		u.room.waiting.Reload()
	default:
		return false
	}
	return true
}

// reloadWaiting reads the waiting list again after a new referral was
// saved (referral.go), whichever button opened the form.
func (u *UI) reloadWaiting() {
	if u.room != nil && u.store != nil {
		u.room.waiting.Reload()
	}
}

// bookIntakeFromWaiting offers the intake slots (referral.go) for a
// citizen on the waiting list and reads the board again after a booking.
func (u *UI) bookIntakeFromWaiting(c *board.Citizen, booked func()) {
	u.offerIntakeThen(c, func() {
		if u.board != nil {
			u.board.reload()
		}
		booked()
	})
}

// openPlanFromWaiting opens a citizen in intake on the record's Goals tab,
// where the intake meeting writes the first plan; back on the waiting list
// the section reads again, so a written goal offers to start the course.
func (u *UI) openPlanFromWaiting(citizenID int64) {
	u.openCitizenOnTab(citizenID, record.TabGoals, u.reloadWaiting)
}

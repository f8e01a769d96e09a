package app

import (
	"fyne.io/fyne/v2"

	"tavlen/app/record"
	"tavlen/board"
	"tavlen/calendar"
)

// recordEnv is what the citizen record (package record) gets from the
// shell instead of *UI: the file, the team, the window's dialogs, and the
// doors to the screens it opens.
func (u *UI) recordEnv() record.Env {
	return record.Env{
		Ctx:              u.ctx,
		Store:            func() record.Store { return u.store },
		Keeper:           u.keeper(),
		Now:              u.cfg.Now,
		Me:               func() *board.Member { return u.me },
		Member:           func(id int64) *board.Member { return u.byID[id] },
		MemberByInitials: u.memberByInitials,
		ReadOnly:         u.readOnly,
		Entries:          u.entryHost(),
		Focus:            func(f fyne.Focusable) { u.canvas().Focus(f) },
		Dialogs:          u.dialogs,
		Members:          u.activeMembers,
		Screens: record.Screens{
			Wellbeing:       u.wellbeingTab,
			Back:            u.pop,
			EditAppointment: func(a *calendar.Appointment, after func()) { u.editAppointment(a, after) },
			OpenOccurrence:  u.openOccurrence,
			PrintPlan:       u.printPlan,
			ExportCalendar:  func(c *board.Citizen) { u.exportCalendar(exportScope{citizen: c}) },
			ImportCalendar:  u.importCalendar,
			ReadOnlyMet: func() {
				if u.live != nil {
					u.live.show()
				}
			},
		},
	}
}

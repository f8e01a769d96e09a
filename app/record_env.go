package app

import (
	"fyne.io/fyne/v2"

	"tavlen/app/record"
	"tavlen/board"
)

// recordEnv is what the record's tabs (package record) get from the
// shell instead of *UI.
func (u *UI) recordEnv() record.Env {
	return record.Env{
		Ctx:              u.ctx,
		Store:            u.store,
		Keeper:           u.keeper(),
		Now:              u.cfg.Now,
		Me:               func() *board.Member { return u.me },
		Member:           func(id int64) *board.Member { return u.byID[id] },
		MemberByInitials: u.memberByInitials,
		ReadOnly:         u.readOnly,
		Entries:          u.entryHost(),
		Focus:            func(f fyne.Focusable) { u.canvas().Focus(f) },
	}
}

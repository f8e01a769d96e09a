// Package record is the citizen record's screen parts that need no *UI:
// the progress notes and the History tab. They get the small Env below
// from the shell, as meeting mode gets its Store and Config.
package record

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// T is the app's one catalogue of words.
var T = kit.T

// Store is the part of the team file the record's tabs read and write.
type Store interface {
	board.NoteService
	board.AuditService
}

// Env is what the record's tabs need from the shell.
type Env struct {
	Ctx   context.Context
	Store Store
	// Keeper keeps a save on this PC while the file is out of reach; nil
	// when there is nowhere to keep it.
	Keeper saving.Keeper
	Now    func() time.Time
	// Me is the member at the keyboard; it may return nil.
	Me func() *board.Member
	// Member and MemberByInitials look members up in the shell's index;
	// they return nil for one it does not know.
	Member           func(id int64) *board.Member
	MemberByInitials func(initials string) *board.Member
	ReadOnly         func() bool
	// Entries passes the app's shortcuts on from the tabs' text fields.
	Entries *kit.EntryHost
	Focus   func(fyne.Focusable)
}

func (e Env) me() *board.Member {
	if e.Me == nil {
		return nil
	}
	return e.Me()
}

func (e Env) member(id int64) *board.Member {
	if e.Member == nil {
		return nil
	}
	return e.Member(id)
}

func (e Env) readOnly() bool { return e.ReadOnly != nil && e.ReadOnly() }

// AddNote saves a progress note; when the file cannot be reached it is
// kept on this PC with the time it was written (the file would stamp the
// time it arrives).
func (e Env) AddNote(n *board.Note) error {
	err := saving.Recover(func() error { return e.Store.AddNote(e.Ctx, n) })
	if !saving.Gone(err) {
		return err
	}
	kept := *n
	if kept.At.IsZero() && e.Now != nil {
		kept.At = e.Now()
	}
	if saving.KeepCreate(e.Keeper, outbox.KindNote, err, &kept) {
		return nil
	}
	return err
}

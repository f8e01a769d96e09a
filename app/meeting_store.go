package app

import (
	"tavlen/app/meeting"
	"tavlen/app/saving"
)

// meetingStore is the team file as meeting mode gets it: the services
// and this PC's outbox, so meeting mode's saves are kept while the file
// is out of reach, like every form's.
type meetingStore struct {
	Store
	saving.Keeper
}

func (u *UI) meetingStore() meeting.Store { return meetingStore{u.store, u.keeper()} }

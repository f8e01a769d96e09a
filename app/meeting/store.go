package meeting

import (
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
)

// Store is the part of the team file meeting mode reads and writes.
// *sqlite.DB implements it, and so does the app's Store. A store that is
// also a saving.Keeper (the app passes its outbox along) keeps meeting
// mode's saves on this PC while the file is out of reach, as every form's.
type Store interface {
	board.MemberService
	board.CitizenService
	board.PlanService
	board.MeetingService
	board.BoardService
	board.AuditService
	calendar.Service
}

// keeperOf is s's outbox, or nil when it has none.
func keeperOf(s Store) saving.Keeper {
	if k, ok := s.(saving.Keeper); ok {
		return k
	}
	return nil
}

package meeting

import (
	"tavlen/board"
	"tavlen/calendar"
)

// Store is the part of the team file meeting mode reads and writes.
// *storage.DB implements it, and so does the app's Store.
type Store interface {
	board.MemberService
	board.CitizenService
	board.PlanService
	board.MeetingService
	board.BoardService
	board.AuditService
	calendar.Service
}

package app

import (
	"tavlen/board"
	"tavlen/calendar"
)

// Store is the open team file as the app sees it: every domain service
// plus the few file-level operations the screens need. *storage.DB
// implements it; tests use the same real file type.
type Store interface {
	board.MemberService
	board.CitizenService
	board.NoteService
	board.PlanService
	board.ContactService
	board.MeetingService
	board.AuditService
	board.TeamService
	board.BoardService
	calendar.Service

	ReadOnly() bool
	Path() string
	Close() error
	SetMember(initials string)
}

// Package storage is the contract between Tavlen and the places a team's
// data is kept: Store lists what every storage adapter offers. The adapters
// are named after the outside thing (storage/sqlite; a region's PostgreSQL
// next) and all pass the same contract tests (storage/storagetest).
package storage

import (
	"context"

	"tavlen/board"
	"tavlen/calendar"
)

// Store is what a storage adapter offers: every domain service, the
// change sequence and presence of live sharing, and batches.
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
	board.ThemeService
	calendar.Service

	ReadOnly() bool
	Close() error
	SetMember(initials string)

	// ChangeSeq is the sequence number of the latest committed change;
	// ChangesSince lists the changes after seq, oldest first.
	ChangeSeq(ctx context.Context) (int64, error)
	ChangesSince(ctx context.Context, seq int64) ([]board.Change, error)

	// Beat, Present and Leave are presence: hints, never locks.
	Beat(ctx context.Context, editing *board.RecordRef) error
	Present(ctx context.Context) ([]board.Presence, error)
	Leave(ctx context.Context) error

	// Batch runs fn's saves in one all-or-nothing unit.
	Batch(ctx context.Context, fn func(ctx context.Context) error) error

	// VerifyAudit fails with ECorrupt when the history was altered.
	VerifyAudit(ctx context.Context) error
}

package board

import (
	"context"
	"time"
)

// Audit actions. Changes are written by the storage in the same transaction
// as the change; access (view, print, export) is logged by the caller.
const (
	AuditInsert = "insert"
	AuditUpdate = "update"
	AuditDelete = "delete"
	AuditView   = "view"
	AuditPrint  = "print"
	AuditExport = "export"
)

// AuditEntry is one row of the append-only history: who did what to which
// record, when and from which machine.
type AuditEntry struct {
	ID        int64
	At        time.Time
	Member    string // initials of the member working on the machine
	OSUser    string
	Machine   string
	Action    string // one of the Audit* constants
	Table     string
	RowID     int64
	CitizenID int64  // the citizen the record belongs to, or 0
	Changes   string // "field: old → new" lines, or a note for access
	Hash      string // chains each row to the one before, so tampering shows
}

// AuditFilter selects history rows. Zero fields do not filter.
type AuditFilter struct {
	CitizenID int64
	Table     string
	RowID     int64
	Action    string
	Since     time.Time
	Limit     int
}

// AuditService reads the history and logs access to a citizen's data.
type AuditService interface {
	// FindAudit returns history rows, newest first.
	FindAudit(ctx context.Context, filter AuditFilter) ([]*AuditEntry, error)
	// LogAccess records that a citizen's data was viewed, printed or
	// exported (action), with a short description of how.
	LogAccess(ctx context.Context, citizenID int64, action, how string) error
}

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
	Action    string     // one of the Audit* constants
	Kind      RecordKind // what kind of record
	RowID     int64      // the record's ID
	CitizenID int64      // the citizen the record belongs to, or 0
	// Fields are the changed fields of an insert, update or delete, by
	// domain key.
	Fields []FieldChange
	// Changes is the text the store keeps and chains: for access (view,
	// print, export) how the data was accessed (one of the Access*
	// constants); for changes the store's own lines, which Fields replace
	// for readers.
	Changes string
	Hash    string // chains each row to the one before, so tampering shows
}

// AuditFilter selects history rows. Zero fields do not filter.
type AuditFilter struct {
	CitizenID int64
	Kind      RecordKind
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

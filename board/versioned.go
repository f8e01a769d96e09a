package board

// Versioned is a record saved with a version check: the saves, the merge
// and the outbox read its row and stamp through it instead of by
// reflection. Every editable record embeds Stamp, which gives Stamped.
type Versioned interface {
	// RecordID is the record's row: its ID, or for a crisis plan its
	// citizen's ID (0 for a record not saved yet).
	RecordID() int64
	// Stamped is the stamp the record was read with.
	Stamped() Stamp
}

// Stamped returns the stamp itself; embedded, it makes a record Versioned.
func (s Stamp) Stamped() Stamp { return s }

// RecordID is the citizen's ID.
func (c *Citizen) RecordID() int64 { return c.ID }

// RecordID is the contact's ID.
func (c *Contact) RecordID() int64 { return c.ID }

// RecordID is the member's ID.
func (m *Member) RecordID() int64 { return m.ID }

// RecordID is the goal's ID.
func (g *Goal) RecordID() int64 { return g.ID }

// RecordID is the action's ID.
func (a *Action) RecordID() int64 { return a.ID }

// RecordID is the citizen's ID: a citizen has one crisis plan.
func (p *CrisisPlan) RecordID() int64 { return p.CitizenID }

// RecordID is the meeting's ID.
func (m *Meeting) RecordID() int64 { return m.ID }

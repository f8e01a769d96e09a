package board

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
)

// Member is a person in the team: a regional practitioner, a municipal
// contact person, a GP. Initials are unique in the team and are what the
// board shows on chips.
type Member struct {
	ID           int64
	Name         string
	Initials     string
	Role         string // e.g. "sygeplejerske", "kontaktperson", "læge"
	Sector       Sector
	Organisation string
	Phone        string
	Email        string
	Active       bool

	Stamp
}

// Stamp is the optimistic-concurrency and history stamp every editable
// record carries. Version is the one read; a save of an older version fails
// with an EConflict error.
type Stamp struct {
	Version   int64
	UpdatedAt time.Time
	UpdatedBy string // initials of the member who saved last
}

// Validate checks the member's fields and normalises the initials.
func (m *Member) Validate() error {
	m.Name = strings.TrimSpace(m.Name)
	m.Initials = strings.ToUpper(strings.TrimSpace(m.Initials))
	if m.Name == "" {
		return Invalid("invalid.member_name", "A member needs a name.")
	}
	if n := utf8.RuneCountInString(m.Initials); n < 1 || n > 5 || strings.ContainsAny(m.Initials, " \t") {
		return Invalid("invalid.initials", "Initials must be 1 to 5 letters without spaces.")
	}
	if !m.Sector.Valid() {
		return Invalid("invalid.member_sector", "Choose the member's sector.")
	}
	return refuseCPR(m.StoredTexts()...)
}

// MemberFilter selects members. Zero fields do not filter.
type MemberFilter struct {
	ID         int64
	Initials   string
	ActiveOnly bool
	Sector     Sector
	Search     string // part of name, initials, role or organisation
}

// MemberService reads and writes team members.
type MemberService interface {
	FindMemberByID(ctx context.Context, id int64) (*Member, error)
	FindMembers(ctx context.Context, filter MemberFilter) ([]*Member, error)
	CreateMember(ctx context.Context, m *Member) error
	// UpdateMember saves m if m.Version is still the stored version, and
	// then raises m.Version; otherwise it returns an EConflict error.
	UpdateMember(ctx context.Context, m *Member) error
}

// MemberIndex maps member IDs to members, for looking up chips.
type MemberIndex map[int64]*Member

// IndexMembers returns an index of members by ID.
func IndexMembers(members []*Member) MemberIndex {
	idx := make(MemberIndex, len(members))
	for _, m := range members {
		idx[m.ID] = m
	}
	return idx
}

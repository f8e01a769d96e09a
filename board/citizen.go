package board

import (
	"context"
	"fmt"
	"strings"
)

// Status is where a citizen is in the team's course.
type Status string

const (
	StatusReferred Status = "referred"
	StatusIntake   Status = "intake"
	StatusActive   Status = "active"
	StatusPaused   Status = "paused"
	StatusClosed   Status = "closed"
)

// Statuses lists the statuses in course order.
var Statuses = []Status{StatusReferred, StatusIntake, StatusActive, StatusPaused, StatusClosed}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Citizen is a person the team works with. Tavlen stores no CPR number.
type Citizen struct {
	ID            int64
	Name          string
	PreferredName string // what the citizen likes to be called; used on the plan
	Phone         string
	Address       string
	Status        Status

	// On the board: the intensive, shared caseload of the FACT board.
	OnBoard     bool
	BoardReason string
	BoardSince  Date
	ReviewDate  Date

	Responsible []Responsibility
	Consent     Consent

	SafetyNote string // for home visits: "visit two together", "dog in the flat"
	Notes      string // internal; never printed or exported to the citizen

	ReferredBy string // GP, hospital ward, municipality…
	ReferredOn Date
	// The referral (board/waiting.go): the kind of referrer, the reason in
	// the referrer's words, and a declined referral's day and reason.
	ReferrerKind   ReferrerKind
	ReferralReason string
	DeclinedOn     Date
	DeclinedReason string

	Stamp
}

// Responsibility is a member responsible for a citizen, with the member's
// role for this citizen (e.g. "kontaktperson", "behandler").
type Responsibility struct {
	MemberID int64
	Role     string
}

// Consent is the citizen's consent to share information across sectors.
type Consent struct {
	GivenOn     Date
	Scope       string
	Withdrawn   bool
	WithdrawnOn Date
}

// Valid reports whether consent is given and not withdrawn.
func (c Consent) Valid() bool { return !c.GivenOn.IsZero() && !c.Withdrawn }

// DisplayName returns the preferred name when set, else the name.
func (c *Citizen) DisplayName() string {
	if c.PreferredName != "" {
		return c.PreferredName
	}
	return c.Name
}

// SetResponsible makes the members ids responsible. Members who stay keep
// their place and role, new ones follow in the order given: a form that
// lists members in its own order does not reorder them (which the history
// showed as a change nobody made).
func (c *Citizen) SetResponsible(ids []int64) {
	chosen := map[int64]bool{}
	for _, id := range ids {
		chosen[id] = true
	}
	var out []Responsibility
	for _, r := range c.Responsible {
		if chosen[r.MemberID] {
			out = append(out, r)
			delete(chosen, r.MemberID)
		}
	}
	for _, id := range ids {
		if chosen[id] {
			out = append(out, Responsibility{MemberID: id})
			delete(chosen, id)
		}
	}
	c.Responsible = out
}

// IsResponsible reports whether member id is among the responsible members.
func (c *Citizen) IsResponsible(id int64) bool {
	for _, r := range c.Responsible {
		if r.MemberID == id {
			return true
		}
	}
	return false
}

// Validate checks the citizen's fields.
func (c *Citizen) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	c.PreferredName = strings.TrimSpace(c.PreferredName)
	if c.Name == "" {
		return Invalid("invalid.citizen_name", "A citizen needs a name.")
	}
	if c.Status == "" {
		c.Status = StatusReferred
	}
	if !c.Status.Valid() {
		return Invalid("invalid.citizen_status", fmt.Sprintf("Unknown status %q.", c.Status)).With("Status", c.Status)
	}
	if c.OnBoard {
		if strings.TrimSpace(c.BoardReason) == "" {
			return Invalid("invalid.board_reason", "Write why the citizen is on the board.")
		}
		if c.BoardSince.IsZero() {
			return Invalid("invalid.board_since", "Give the date the citizen came on the board.")
		}
		if !c.ReviewDate.IsZero() && c.ReviewDate.Before(c.BoardSince) {
			return Invalid("invalid.review_before_since", "The review date cannot be before the date the citizen came on the board.")
		}
	}
	if c.Consent.Withdrawn && c.Consent.GivenOn.IsZero() {
		return Invalid("invalid.consent_withdrawn", "Consent can only be withdrawn after it was given.")
	}
	seen := map[int64]bool{}
	for _, r := range c.Responsible {
		if r.MemberID == 0 {
			return Invalid("invalid.responsible_missing", "A responsible member is missing.")
		}
		if seen[r.MemberID] {
			return Invalid("invalid.responsible_twice", "A member is responsible twice.")
		}
		seen[r.MemberID] = true
	}
	if err := c.validateReferral(); err != nil {
		return err
	}
	return refuseCPR(c.StoredTexts()...)
}

// CitizenFilter selects citizens. Zero fields do not filter.
type CitizenFilter struct {
	ID            int64
	Status        Status
	OnBoard       bool // only those on the board
	IncludeClosed bool
	MemberID      int64  // only those this member is responsible for
	Search        string // part of the name or preferred name
}

// CitizenService reads and writes citizens.
type CitizenService interface {
	FindCitizenByID(ctx context.Context, id int64) (*Citizen, error)
	FindCitizens(ctx context.Context, filter CitizenFilter) ([]*Citizen, error)
	CreateCitizen(ctx context.Context, c *Citizen) error
	// UpdateCitizen saves c if c.Version is still the stored version.
	UpdateCitizen(ctx context.Context, c *Citizen) error
}

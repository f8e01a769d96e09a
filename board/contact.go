package board

import (
	"context"
	"strings"
)

// Contact is one of a citizen's external contacts: GP, relative, housing
// support, job centre…
type Contact struct {
	ID           int64
	CitizenID    int64
	Name         string
	Relation     string // "egen læge", "mor", "bostøtte", "jobcenter"
	Organisation string
	Phone        string
	Email        string
	Notes        string
	Stamp
}

// Validate checks the contact.
func (c *Contact) Validate() error {
	c.Name = strings.TrimSpace(c.Name)
	if c.CitizenID == 0 {
		return Invalid("invalid.contact_citizen", "A contact belongs to a citizen.")
	}
	if c.Name == "" {
		return Invalid("invalid.contact_name", "A contact needs a name.")
	}
	return refuseCPR(c.StoredTexts()...)
}

// ContactFilter selects contacts. Zero fields do not filter.
type ContactFilter struct {
	CitizenID int64
	Search    string // part of name, relation, organisation or phone
}

// ContactService reads and writes citizens' external contacts.
type ContactService interface {
	FindContacts(ctx context.Context, filter ContactFilter) ([]*Contact, error)
	CreateContact(ctx context.Context, c *Contact) error
	UpdateContact(ctx context.Context, c *Contact) error
	DeleteContact(ctx context.Context, id, version int64) error
}

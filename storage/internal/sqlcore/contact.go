package sqlcore

import (
	"context"

	"tavlen/board"
)

const contactColumns = `id, citizen_id, name, relation, organisation, phone, email, notes, version, updated_at, updated_by`

func scanContact(row interface{ Scan(...any) error }) (*board.Contact, error) {
	var c board.Contact
	var v, at int64
	var by string
	if err := row.Scan(&c.ID, &c.CitizenID, &c.Name, &c.Relation, &c.Organisation, &c.Phone, &c.Email, &c.Notes, &v, &at, &by); err != nil {
		return nil, err
	}
	c.Stamp = stampOf(v, at, by)
	return &c, nil
}

func contactFields(c *board.Contact) []field {
	return []field{{"name", c.Name}, {"relation", c.Relation}, {"organisation", c.Organisation},
		{"phone", c.Phone}, {"email", c.Email}, {"notes", c.Notes}}
}

// FindContacts returns contacts ordered by name.
func (db *DB) FindContacts(ctx context.Context, f board.ContactFilter) ([]*board.Contact, error) {
	var where []string
	var args []any
	if f.CitizenID != 0 {
		where, args = append(where, "citizen_id = ?"), append(args, f.CitizenID)
	}
	var list []*board.Contact
	err := db.read(ctx, func(tx *Q) (err error) {
		list, err = queryContacts(ctx, tx, whereClause(where), args...)
		return err
	})
	var out []*board.Contact
	for _, c := range list {
		if containsFold(f.Search, c.Name, c.Relation, c.Organisation, c.Phone) {
			out = append(out, c)
		}
	}
	return out, err
}

func queryContacts(ctx context.Context, tx *Q, where string, args ...any) ([]*board.Contact, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+contactColumns+` FROM contacts`+where+` ORDER BY `+tx.d.NameOrder+`, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CreateContact stores a new external contact of a citizen.
func (db *DB) CreateContact(ctx context.Context, c *board.Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.citizenExists(c.CitizenID); err != nil {
			return err
		}
		newID, err := t.insertID(`INSERT INTO contacts (citizen_id, name, relation, organisation, phone, email, notes, version, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, c.CitizenID, c.Name, c.Relation, c.Organisation, c.Phone, c.Email, c.Notes,
			tsNotNull(t.now), t.member)
		if err != nil {
			return err
		}
		c.ID = newID
		t.stamp(&c.Stamp, 1)
		return t.record(board.AuditInsert, "contacts", c.ID, c.CitizenID, nil, contactFields(c))
	})
}

func (t *Tx) oldContact(ctx context.Context, id, version int64) (*board.Contact, error) {
	list, err := queryContacts(ctx, t.Q, " WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The contact", false, board.Stamp{}, version)
	}
	return list[0], checkStamp("The contact", true, list[0].Stamp, version)
}

// UpdateContact saves c if c.Version is still the stored version.
func (db *DB) UpdateContact(ctx context.Context, c *board.Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldContact(ctx, c.ID, c.Version)
		if err != nil {
			return err
		}
		c.CitizenID = old.CitizenID
		err = t.exec1("The contact", `UPDATE contacts SET name = ?, relation = ?, organisation = ?, phone = ?, email = ?, notes = ?,
			version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`,
			c.Name, c.Relation, c.Organisation, c.Phone, c.Email, c.Notes, tsNotNull(t.now), t.member, c.ID, c.Version)
		if err != nil {
			return err
		}
		t.stamp(&c.Stamp, c.Version+1)
		return t.record(board.AuditUpdate, "contacts", c.ID, c.CitizenID, contactFields(old), contactFields(c))
	})
}

// DeleteContact deletes a contact if version is still the stored version.
func (db *DB) DeleteContact(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldContact(ctx, id, version)
		if err != nil {
			return err
		}
		if err := t.exec1("The contact", `DELETE FROM contacts WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		return t.record(board.AuditDelete, "contacts", id, old.CitizenID, contactFields(old), nil)
	})
}

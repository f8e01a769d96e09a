package sqlcore

import (
	"context"
	"strings"

	"tavlen/board"
)

const memberColumns = `id, name, initials, role, sector, organisation, phone, email, active, version, updated_at, updated_by`

func scanMember(rows interface{ Scan(...any) error }) (*board.Member, error) {
	var m board.Member
	var sector string
	var v, at int64
	var by string
	if err := rows.Scan(&m.ID, &m.Name, &m.Initials, &m.Role, &sector, &m.Organisation, &m.Phone, &m.Email, &m.Active, &v, &at, &by); err != nil {
		return nil, err
	}
	m.Sector = board.Sector(sector)
	m.Stamp = stampOf(v, at, by)
	return &m, nil
}

func memberFields(m *board.Member) []field {
	return []field{
		{"name", m.Name}, {"initials", m.Initials}, {"role", m.Role}, {"sector", string(m.Sector)},
		{"organisation", m.Organisation}, {"phone", m.Phone}, {"email", m.Email}, {"active", yesNo(m.Active)},
	}
}

// FindMemberByID returns a member or ENotFound.
func (db *DB) FindMemberByID(ctx context.Context, id int64) (*board.Member, error) {
	list, err := db.FindMembers(ctx, board.MemberFilter{ID: id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The member does not exist.")
	}
	return list[0], nil
}

// FindMembers returns members ordered by name.
func (db *DB) FindMembers(ctx context.Context, f board.MemberFilter) ([]*board.Member, error) {
	var out []*board.Member
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = findMembers(ctx, tx, f)
		return err
	})
	return out, err
}

func findMembers(ctx context.Context, tx *Q, f board.MemberFilter) ([]*board.Member, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where, args = append(where, "id = ?"), append(args, f.ID)
	}
	if f.Initials != "" {
		where, args = append(where, "initials = ?"), append(args, strings.ToUpper(strings.TrimSpace(f.Initials)))
	}
	if f.ActiveOnly {
		where = append(where, "active = 1")
	}
	if f.Sector != "" {
		where, args = append(where, "sector = ?"), append(args, string(f.Sector))
	}
	q := `SELECT ` + memberColumns + ` FROM members` + whereClause(where) + ` ORDER BY ` + tx.d.NameOrder + `, id`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*board.Member
	for rows.Next() {
		m, err := scanMember(rows)
		if err != nil {
			return nil, err
		}
		if containsFold(f.Search, m.Name, m.Initials, m.Role, m.Organisation) {
			out = append(out, m)
		}
	}
	return out, rows.Err()
}

// CreateMember stores a new member; initials must be unique in the team.
func (db *DB) CreateMember(ctx context.Context, m *board.Member) error {
	if err := m.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error { return t.createMember(m) })
}

func (t *Tx) createMember(m *board.Member) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := t.initialsFree(m.Initials, 0); err != nil {
		return err
	}
	newID, err := t.insertID(`INSERT INTO members (name, initials, role, sector, organisation, phone, email, active, version, updated_at, updated_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
		m.Name, m.Initials, m.Role, string(m.Sector), m.Organisation, m.Phone, m.Email, m.Active, tsNotNull(t.now), t.member)
	if err != nil {
		return err
	}
	m.ID = newID
	t.stamp(&m.Stamp, 1)
	return t.record(board.AuditInsert, "members", m.ID, 0, nil, memberFields(m))
}

func (t *Tx) initialsFree(initials string, except int64) error {
	var n int
	if err := t.QueryRow(`SELECT count(*) FROM members WHERE initials = ? AND id <> ?`, initials, except).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return board.Errorf(board.EInvalid, "The initials %s are already used by another member.", initials)
	}
	return nil
}

// UpdateMember saves m if m.Version is still the stored version.
func (db *DB) UpdateMember(ctx context.Context, m *board.Member) error {
	if err := m.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		list, err := findMembers(ctx, t.Q, board.MemberFilter{ID: m.ID})
		if err != nil {
			return err
		}
		var old *board.Member
		if len(list) == 1 {
			old = list[0]
		}
		if err := checkStamp("The member", old != nil, stampOrZero(old), m.Version); err != nil {
			return err
		}
		if err := t.initialsFree(m.Initials, m.ID); err != nil {
			return err
		}
		err = t.exec1("The member", `UPDATE members SET name = ?, initials = ?, role = ?, sector = ?, organisation = ?, phone = ?, email = ?, active = ?,
			version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`,
			m.Name, m.Initials, m.Role, string(m.Sector), m.Organisation, m.Phone, m.Email, m.Active,
			tsNotNull(t.now), t.member, m.ID, m.Version)
		if err != nil {
			return err
		}
		t.stamp(&m.Stamp, m.Version+1)
		return t.record(board.AuditUpdate, "members", m.ID, 0, memberFields(old), memberFields(m))
	})
}

func stampOrZero(m *board.Member) board.Stamp {
	if m == nil {
		return board.Stamp{}
	}
	return m.Stamp
}

func whereClause(where []string) string {
	if len(where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(where, " AND ")
}

// containsFold reports whether any field contains search, ignoring case
// (also of æ, ø, å, which SQLite's LIKE does not fold). An empty search
// matches everything.
func containsFold(search string, fields ...string) bool {
	search = strings.ToLower(strings.TrimSpace(search))
	if search == "" {
		return true
	}
	for _, f := range fields {
		if strings.Contains(strings.ToLower(f), search) {
			return true
		}
	}
	return false
}

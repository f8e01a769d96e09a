package sqlcore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"tavlen/board"
)

const citizenColumns = `id, name, preferred_name, phone, address, status, on_board, board_reason, board_since, review_date,
	consent_given_on, consent_scope, consent_withdrawn, consent_withdrawn_on, safety_note, notes, referred_by, referred_on,
	referrer_kind, referral_reason, declined_on, declined_reason, version, updated_at, updated_by`

// citizenScan scans citizen rows into holders allocated once per query,
// not once per row: a big board reads thousands.
type citizenScan struct {
	c                                                         board.Citizen
	status, since, review, given, withdrawnOn, referredOn, by string
	referrerKind, declinedOn                                  string
	v, at                                                     int64
	dest                                                      []any
}

// newCitizenScan prepares a scanner; extra are holders for columns that
// follow citizenColumns.
func newCitizenScan(extra ...any) *citizenScan {
	s := &citizenScan{}
	c := &s.c
	s.dest = append([]any{&c.ID, &c.Name, &c.PreferredName, &c.Phone, &c.Address, &s.status, &c.OnBoard, &c.BoardReason,
		&s.since, &s.review, &s.given, &c.Consent.Scope, &c.Consent.Withdrawn, &s.withdrawnOn, &c.SafetyNote, &c.Notes,
		&c.ReferredBy, &s.referredOn, &s.referrerKind, &c.ReferralReason, &s.declinedOn, &c.DeclinedReason, &s.v, &s.at, &s.by}, extra...)
	return s
}

func (s *citizenScan) scan(row interface{ Scan(...any) error }) (*board.Citizen, error) {
	if err := row.Scan(s.dest...); err != nil {
		return nil, err
	}
	c := s.c
	c.Status = board.Status(s.status)
	c.BoardSince, c.ReviewDate = parseDate(s.since), parseDate(s.review)
	c.Consent.GivenOn, c.Consent.WithdrawnOn = parseDate(s.given), parseDate(s.withdrawnOn)
	c.ReferredOn = parseDate(s.referredOn)
	c.ReferrerKind, c.DeclinedOn = board.ReferrerKind(s.referrerKind), parseDate(s.declinedOn)
	c.Stamp = stampOf(s.v, s.at, s.by)
	return &c, nil
}

func citizenFields(c *board.Citizen, initials map[int64]string) []field {
	var resp []string
	for _, r := range c.Responsible {
		s := initials[r.MemberID]
		if s == "" {
			s = fmt.Sprintf("#%d", r.MemberID)
		}
		if r.Role != "" {
			s += " (" + r.Role + ")"
		}
		resp = append(resp, s)
	}
	return []field{
		{"name", c.Name}, {"preferred name", c.PreferredName}, {"phone", c.Phone}, {"address", c.Address},
		{"status", string(c.Status)}, {"on board", yesNo(c.OnBoard)}, {"board reason", c.BoardReason},
		{"board since", c.BoardSince.String()}, {"review date", c.ReviewDate.String()},
		{"responsible", strings.Join(resp, ", ")},
		{"consent given", c.Consent.GivenOn.String()}, {"consent scope", c.Consent.Scope},
		{"consent withdrawn", yesNo(c.Consent.Withdrawn)}, {"consent withdrawn on", c.Consent.WithdrawnOn.String()},
		{"safety note", c.SafetyNote}, {"notes", c.Notes},
		{"referred by", c.ReferredBy}, {"referred on", c.ReferredOn.String()},
		{"referrer kind", string(c.ReferrerKind)}, {"referral reason", c.ReferralReason},
		{"declined on", c.DeclinedOn.String()}, {"declined reason", c.DeclinedReason},
	}
}

// FindCitizenByID returns a citizen (closed ones too) or ENotFound.
func (db *DB) FindCitizenByID(ctx context.Context, id int64) (*board.Citizen, error) {
	list, err := db.FindCitizens(ctx, board.CitizenFilter{ID: id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The citizen does not exist.")
	}
	return list[0], nil
}

// FindCitizens returns citizens ordered by name. Closed citizens are left
// out unless asked for by IncludeClosed, Status or ID.
func (db *DB) FindCitizens(ctx context.Context, f board.CitizenFilter) ([]*board.Citizen, error) {
	var out []*board.Citizen
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = findCitizens(ctx, tx, f)
		return err
	})
	return out, err
}

func findCitizens(ctx context.Context, tx *Q, f board.CitizenFilter) ([]*board.Citizen, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where, args = append(where, "id = ?"), append(args, f.ID)
	}
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, string(f.Status))
	}
	if f.ID == 0 && f.Status == "" && !f.IncludeClosed {
		where = append(where, "status <> 'closed'")
	}
	if f.OnBoard {
		where = append(where, "on_board = 1")
	}
	if f.MemberID != 0 {
		where, args = append(where, "id IN (SELECT citizen_id FROM citizen_members WHERE member_id = ?)"), append(args, f.MemberID)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+citizenColumns+` FROM citizens`+whereClause(where), args...)
	if err != nil {
		return nil, err
	}
	var out []*board.Citizen
	byID := map[int64]*board.Citizen{}
	scan := newCitizenScan()
	for rows.Next() {
		c, err := scan.scan(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		if !containsFold(f.Search, c.Name, c.PreferredName) {
			continue
		}
		out = append(out, c)
		byID[c.ID] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	if err := loadResponsible(ctx, tx, byID, `SELECT id FROM citizens`+whereClause(where), args); err != nil {
		return nil, err
	}
	sortCitizens(out)
	return out, nil
}

// loadResponsible fills Responsible of the citizens in byID; sub selects
// their IDs.
func loadResponsible(ctx context.Context, tx *Q, byID map[int64]*board.Citizen, sub string, args []any) error {
	rows, err := tx.QueryContext(ctx, `SELECT citizen_id, member_id, role FROM citizen_members
		WHERE citizen_id IN (`+sub+`) ORDER BY citizen_id, position`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var cid int64
		var r board.Responsibility
		if err := rows.Scan(&cid, &r.MemberID, &r.Role); err != nil {
			return err
		}
		if c := byID[cid]; c != nil {
			c.Responsible = append(c.Responsible, r)
		}
	}
	return rows.Err()
}

func sortCitizens(list []*board.Citizen) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := strings.ToLower(list[i].Name), strings.ToLower(list[j].Name)
		if a != b {
			return a < b
		}
		return list[i].ID < list[j].ID
	})
}

// CreateCitizen stores a new citizen with its responsible members.
func (db *DB) CreateCitizen(ctx context.Context, c *board.Citizen) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.membersExist(c.Responsible); err != nil {
			return err
		}
		newID, err := t.insertID(`INSERT INTO citizens (name, preferred_name, phone, address, status, on_board, board_reason, board_since, review_date,
			consent_given_on, consent_scope, consent_withdrawn, consent_withdrawn_on, safety_note, notes, referred_by, referred_on,
			referrer_kind, referral_reason, declined_on, declined_reason,
			version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			citizenArgs(c, tsNotNull(t.now), t.member)...)
		if err != nil {
			return err
		}
		c.ID = newID
		if err := t.saveResponsible(c); err != nil {
			return err
		}
		if err := t.refreshFacts(c.ID); err != nil {
			return err
		}
		t.stamp(&c.Stamp, 1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditInsert, "citizens", c.ID, c.ID, nil, citizenFields(c, initials))
	})
}

func citizenArgs(c *board.Citizen, at int64, by string) []any {
	return []any{c.Name, c.PreferredName, c.Phone, c.Address, string(c.Status), c.OnBoard, c.BoardReason,
		dateText(c.BoardSince), dateText(c.ReviewDate), dateText(c.Consent.GivenOn), c.Consent.Scope, c.Consent.Withdrawn,
		dateText(c.Consent.WithdrawnOn), c.SafetyNote, c.Notes, c.ReferredBy, dateText(c.ReferredOn),
		string(c.ReferrerKind), c.ReferralReason, dateText(c.DeclinedOn), c.DeclinedReason, at, by}
}

// UpdateCitizen saves c if c.Version is still the stored version.
func (db *DB) UpdateCitizen(ctx context.Context, c *board.Citizen) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		list, err := findCitizens(ctx, t.Q, board.CitizenFilter{ID: c.ID})
		if err != nil {
			return err
		}
		var old *board.Citizen
		var stored board.Stamp
		if len(list) == 1 {
			old, stored = list[0], list[0].Stamp
		}
		if err := checkStamp("The citizen", old != nil, stored, c.Version); err != nil {
			return err
		}
		if err := t.membersExist(c.Responsible); err != nil {
			return err
		}
		args := append(citizenArgs(c, tsNotNull(t.now), t.member), c.ID, c.Version)
		err = t.exec1("The citizen", `UPDATE citizens SET name = ?, preferred_name = ?, phone = ?, address = ?, status = ?, on_board = ?,
			board_reason = ?, board_since = ?, review_date = ?, consent_given_on = ?, consent_scope = ?, consent_withdrawn = ?,
			consent_withdrawn_on = ?, safety_note = ?, notes = ?, referred_by = ?, referred_on = ?,
			referrer_kind = ?, referral_reason = ?, declined_on = ?, declined_reason = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`, args...)
		if err != nil {
			return err
		}
		if _, err := t.Exec(`DELETE FROM citizen_members WHERE citizen_id = ?`, c.ID); err != nil {
			return err
		}
		if err := t.saveResponsible(c); err != nil {
			return err
		}
		t.stamp(&c.Stamp, c.Version+1)
		initials, err := t.initials()
		if err != nil {
			return err
		}
		return t.record(board.AuditUpdate, "citizens", c.ID, c.ID, citizenFields(old, initials), citizenFields(c, initials))
	})
}

func (t *Tx) saveResponsible(c *board.Citizen) error {
	for i, r := range c.Responsible {
		if _, err := t.Exec(`INSERT INTO citizen_members (citizen_id, member_id, role, position) VALUES (?, ?, ?, ?)`,
			c.ID, r.MemberID, strings.TrimSpace(r.Role), i); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) membersExist(rs []board.Responsibility) error {
	ids := make([]int64, len(rs))
	for i, r := range rs {
		ids[i] = r.MemberID
	}
	return t.memberIDsExist(ids...)
}

func (t *Tx) memberIDsExist(ids ...int64) error {
	for _, id := range ids {
		if id == 0 {
			continue
		}
		var n int
		if err := t.QueryRow(`SELECT count(*) FROM members WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return board.Errorf(board.EInvalid, "A chosen member does not exist.")
		}
	}
	return nil
}

// initials maps member IDs to initials, for readable history lines.
func (t *Tx) initials() (map[int64]string, error) {
	rows, err := t.Query(`SELECT id, initials FROM members`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var s string
		if err := rows.Scan(&id, &s); err != nil {
			return nil, err
		}
		out[id] = s
	}
	return out, rows.Err()
}

// citizenExists returns ENotFound unless the citizen exists.
func (t *Tx) citizenExists(id int64) error {
	var n int
	if err := t.QueryRow(`SELECT count(*) FROM citizens WHERE id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return board.Errorf(board.ENotFound, "The citizen does not exist.")
	}
	return nil
}

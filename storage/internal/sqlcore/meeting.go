package sqlcore

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"tavlen/board"
)

const meetingColumns = `id, date, started_at, ended_at, facilitator_id, approved_at, approved_by, version, updated_at, updated_by, ` + meetingThemeColumns

func scanMeeting(row interface{ Scan(...any) error }) (*board.Meeting, error) {
	var m board.Meeting
	var date, by string
	var started, ended, facilitator, approvedAt, approvedBy sql.NullInt64
	var v, at int64
	var theme meetingThemeScan
	if err := row.Scan(append([]any{&m.ID, &date, &started, &ended, &facilitator, &approvedAt, &approvedBy, &v, &at, &by}, theme.dest()...)...); err != nil {
		return nil, err
	}
	m.Theme = theme.theme()
	m.Date, m.StartedAt, m.EndedAt, m.FacilitatorID = parseDate(date), fromTS(started), fromTS(ended), facilitator.Int64
	m.ApprovedAt, m.ApprovedBy = fromTS(approvedAt), approvedBy.Int64
	m.Stamp = stampOf(v, at, by)
	return &m, nil
}

func meetingFields(m *board.Meeting, initials map[int64]string) []field {
	var att []string
	for _, id := range m.Attendees {
		att = append(att, initials[id])
	}
	fields := []field{{"date", m.Date.String()}, {"started", timeText(m.StartedAt)}, {"ended", timeText(m.EndedAt)},
		{"facilitator", initials[m.FacilitatorID]}, {"attendees", strings.Join(att, ", ")},
		{"approved", timeText(m.ApprovedAt)}, {"approved by", initials[m.ApprovedBy]}}
	return append(fields, meetingThemeFields(m.Theme, initials)...)
}

func correctionFields(c *board.MinutesCorrection, initials map[int64]string) []field {
	return []field{{"at", timeText(c.At)}, {"by", initials[c.By]}, {"text", c.Text}}
}

func itemFields(it *board.MeetingItem) []field {
	return []field{{"position", strconv.Itoa(it.Position)}, {"discussed", yesNo(it.WasDiscussed())}, {"skipped", yesNo(it.Skipped)},
		{"notes", it.Notes}, {"decisions", it.Decisions}, {"board change", it.BoardChange}, {"seconds", strconv.Itoa(it.Seconds)},
		{"citizen present", yesNo(it.CitizenPresent)}}
}

// FindMeetingByID returns a meeting with attendees and items, or ENotFound.
func (db *DB) FindMeetingByID(ctx context.Context, id int64) (*board.Meeting, error) {
	list, err := db.FindMeetings(ctx, board.MeetingFilter{ID: id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The meeting does not exist.")
	}
	return list[0], nil
}

// FindMeetings returns meetings newest first.
func (db *DB) FindMeetings(ctx context.Context, f board.MeetingFilter) ([]*board.Meeting, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where, args = append(where, "id = ?"), append(args, f.ID)
	}
	if f.RunningOnly {
		where = append(where, "started_at IS NOT NULL AND ended_at IS NULL")
	}
	if f.CitizenID != 0 {
		where, args = append(where, "id IN (SELECT meeting_id FROM meeting_items WHERE citizen_id = ?)"), append(args, f.CitizenID)
	}
	limit := ""
	if f.Limit > 0 {
		limit = " LIMIT " + strconv.Itoa(f.Limit)
	}
	var out []*board.Meeting
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = queryMeetings(ctx, tx, whereClause(where)+" ORDER BY date DESC, id DESC"+limit, args...)
		return err
	})
	return out, err
}

// queryMeetings reads meetings (tail is WHERE … ORDER BY … LIMIT …) with
// their attendees and items.
func queryMeetings(ctx context.Context, tx *Q, tail string, args ...any) ([]*board.Meeting, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+meetingColumns+` FROM meetings`+tail, args...)
	if err != nil {
		return nil, err
	}
	var out []*board.Meeting
	byID := map[int64]*board.Meeting{}
	var ids []string
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, m)
		byID[m.ID] = m
		ids = append(ids, strconv.FormatInt(m.ID, 10))
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	in := "(" + strings.Join(ids, ",") + ")" // integers we just read
	arows, err := tx.QueryContext(ctx, `SELECT meeting_id, member_id FROM meeting_attendees WHERE meeting_id IN `+in+` ORDER BY meeting_id, member_id`)
	if err != nil {
		return nil, err
	}
	for arows.Next() {
		var mid, member int64
		if err := arows.Scan(&mid, &member); err != nil {
			arows.Close()
			return nil, err
		}
		byID[mid].Attendees = append(byID[mid].Attendees, member)
	}
	arows.Close()
	if err := arows.Err(); err != nil {
		return nil, err
	}
	irows, err := tx.QueryContext(ctx, `SELECT meeting_id, citizen_id, position, ticked, skipped, notes, decisions, board_change, seconds, citizen_present
		FROM meeting_items WHERE meeting_id IN `+in+` ORDER BY meeting_id, position, citizen_id`)
	if err != nil {
		return nil, err
	}
	defer irows.Close()
	for irows.Next() {
		var mid int64
		var it board.MeetingItem
		if err := irows.Scan(&mid, &it.CitizenID, &it.Position, &it.Discussed, &it.Skipped, &it.Notes, &it.Decisions, &it.BoardChange, &it.Seconds, &it.CitizenPresent); err != nil {
			return nil, err
		}
		byID[mid].Items = append(byID[mid].Items, it)
	}
	if err := irows.Err(); err != nil {
		return nil, err
	}
	return out, queryCorrections(ctx, tx, in, byID)
}

// queryCorrections reads the corrections of the meetings in in, oldest
// first.
func queryCorrections(ctx context.Context, tx *Q, in string, byID map[int64]*board.Meeting) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, meeting_id, citizen_id, at, by_member, text
		FROM meeting_corrections WHERE meeting_id IN `+in+` ORDER BY meeting_id, id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c board.MinutesCorrection
		var mid int64
		var citizen sql.NullInt64
		var at sql.NullInt64
		if err := rows.Scan(&c.ID, &mid, &citizen, &at, &c.By, &c.Text); err != nil {
			return err
		}
		c.CitizenID, c.At = citizen.Int64, fromTS(at)
		byID[mid].Corrections = append(byID[mid].Corrections, c)
	}
	return rows.Err()
}

func validateMeeting(m *board.Meeting) error {
	if m.Date.IsZero() {
		return board.Errorf(board.EInvalid, "A meeting needs a date.")
	}
	if !m.EndedAt.IsZero() && (m.StartedAt.IsZero() || m.EndedAt.Before(m.StartedAt)) {
		return board.Errorf(board.EInvalid, "A meeting cannot end before it starts.")
	}
	seen := map[int64]bool{}
	for _, it := range m.Items {
		if it.CitizenID == 0 || seen[it.CitizenID] {
			return board.Errorf(board.EInvalid, "A citizen is missing on the agenda or is on it twice.")
		}
		seen[it.CitizenID] = true
	}
	return board.RefuseCPR(m)
}

func (t *Tx) checkMeetingRefs(m *board.Meeting) error {
	ids := append([]int64{m.FacilitatorID}, m.Attendees...)
	if err := t.memberIDsExist(ids...); err != nil {
		return err
	}
	for _, it := range m.Items {
		if err := t.citizenExists(it.CitizenID); err != nil {
			return err
		}
	}
	return nil
}

// CreateMeeting stores a new meeting with its attendees and agenda.
func (db *DB) CreateMeeting(ctx context.Context, m *board.Meeting) error {
	if err := validateMeeting(m); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.checkMeetingRefs(m); err != nil {
			return err
		}
		newID, err := t.insertID(`INSERT INTO meetings (date, started_at, ended_at, facilitator_id, version, updated_at, updated_by)
			VALUES (?, ?, ?, ?, 1, ?, ?)`, m.Date.String(), ts(m.StartedAt), ts(m.EndedAt), nullID(m.FacilitatorID), tsNotNull(t.now), t.member)
		if err != nil {
			return err
		}
		m.ID = newID
		t.stamp(&m.Stamp, 1)
		return t.saveMeetingParts(m, nil, board.AuditInsert)
	})
}

// UpdateMeeting saves m if m.Version is still the stored version; its
// attendees and items replace the stored ones.
func (db *DB) UpdateMeeting(ctx context.Context, m *board.Meeting) error {
	if err := validateMeeting(m); err != nil {
		return err
	}
	return db.write(ctx, func(t *Tx) error {
		list, err := queryMeetings(ctx, t.Q, " WHERE id = ?", m.ID)
		if err != nil {
			return err
		}
		var old *board.Meeting
		var stored board.Stamp
		if len(list) == 1 {
			old, stored = list[0], list[0].Stamp
		}
		if err := checkStamp("The meeting", old != nil, stored, m.Version); err != nil {
			return err
		}
		if err := board.CheckLockedChange(old, m); err != nil {
			return err
		}
		if err := t.checkMeetingRefs(m); err != nil {
			return err
		}
		err = t.exec1("The meeting", `UPDATE meetings SET date = ?, started_at = ?, ended_at = ?, facilitator_id = ?, approved_at = ?, approved_by = ?,
			version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?`,
			m.Date.String(), ts(m.StartedAt), ts(m.EndedAt), nullID(m.FacilitatorID), ts(m.ApprovedAt), nullID(m.ApprovedBy),
			tsNotNull(t.now), t.member, m.ID, m.Version)
		if err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM meeting_attendees WHERE meeting_id = ?`, `DELETE FROM meeting_items WHERE meeting_id = ?`} {
			if _, err := t.Exec(q, m.ID); err != nil {
				return err
			}
		}
		t.stamp(&m.Stamp, m.Version+1)
		return t.saveMeetingParts(m, old, board.AuditUpdate)
	})
}

// saveMeetingParts inserts attendees and items and writes the history: one
// row for the meeting, and one per citizen whose item changed, so that the
// history of a citizen shows what the minutes said about them.
func (t *Tx) saveMeetingParts(m, old *board.Meeting, action string) error {
	if err := t.saveMeetingTheme(m); err != nil {
		return err
	}
	for _, id := range m.Attendees {
		if _, err := t.Exec(`INSERT INTO meeting_attendees (meeting_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, m.ID, id); err != nil {
			return err
		}
	}
	for _, it := range m.Items {
		if _, err := t.Exec(`INSERT INTO meeting_items (meeting_id, citizen_id, meeting_date, position, discussed, ticked, skipped, notes, decisions, board_change, seconds, citizen_present)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, it.CitizenID, m.Date.String(), it.Position, it.WasDiscussed(), it.Discussed, it.Skipped,
			it.Notes, it.Decisions, it.BoardChange, it.Seconds, it.CitizenPresent); err != nil {
			return err
		}
	}
	var touched []int64
	for _, it := range m.Items {
		touched = append(touched, it.CitizenID)
	}
	if old != nil {
		for _, it := range old.Items {
			touched = append(touched, it.CitizenID)
		}
	}
	if err := t.refreshFacts(touched...); err != nil {
		return err
	}
	initials, err := t.initials()
	if err != nil {
		return err
	}
	var oldFields []field
	if old != nil {
		oldFields = meetingFields(old, initials)
	}
	if err := t.record(action, "meetings", m.ID, 0, oldFields, meetingFields(m, initials)); err != nil {
		return err
	}
	for i := range m.Items {
		it := &m.Items[i]
		var before *board.MeetingItem
		if old != nil {
			before = old.Item(it.CitizenID)
		}
		switch {
		case before == nil:
			if err := t.record(board.AuditInsert, "meeting_items", m.ID, it.CitizenID, nil, itemFields(it)); err != nil {
				return err
			}
		case diffLines(itemFields(before), itemFields(it)) != "":
			if err := t.record(board.AuditUpdate, "meeting_items", m.ID, it.CitizenID, itemFields(before), itemFields(it)); err != nil {
				return err
			}
		}
	}
	if old != nil {
		for i := range old.Items {
			it := &old.Items[i]
			if m.Item(it.CitizenID) == nil {
				if err := t.record(board.AuditDelete, "meeting_items", m.ID, it.CitizenID, itemFields(it), nil); err != nil {
					return err
				}
			}
		}
	}
	return t.appendCorrections(m, initials)
}

// appendCorrections inserts the corrections not stored yet (ID 0); stored
// ones are never rewritten (board.CheckLockedChange refused that).
func (t *Tx) appendCorrections(m *board.Meeting, initials map[int64]string) error {
	for i := range m.Corrections {
		c := &m.Corrections[i]
		if c.ID != 0 {
			continue
		}
		if c.At.IsZero() {
			c.At = t.now
		}
		if err := t.memberIDsExist(c.By); err != nil {
			return err
		}
		if c.CitizenID != 0 {
			if err := t.citizenExists(c.CitizenID); err != nil {
				return err
			}
		}
		newID, err := t.insertID(`INSERT INTO meeting_corrections (meeting_id, citizen_id, at, by_member, text) VALUES (?, ?, ?, ?, ?)`,
			m.ID, nullID(c.CitizenID), tsNotNull(c.At), c.By, c.Text)
		if err != nil {
			return err
		}
		c.ID = newID
		if err := t.record(board.AuditInsert, "meeting_corrections", m.ID, c.CitizenID, nil, correctionFields(c, initials)); err != nil {
			return err
		}
	}
	return nil
}

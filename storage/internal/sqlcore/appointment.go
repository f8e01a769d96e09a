package sqlcore

import (
	"context"
	"database/sql"
	"math"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

const appointmentColumns = `id, uid, citizen_id, title, kind, start_at, end_at, place, status, freq, until_day, notes, sequence,
	version, updated_at, updated_by`

func scanAppointment(row interface{ Scan(...any) error }) (*calendar.Appointment, error) {
	var a calendar.Appointment
	var citizen, until sql.NullInt64
	var kind, status, freq string
	var start, end, at int64
	if err := row.Scan(&a.ID, &a.UID, &citizen, &a.Title, &kind, &start, &end, &a.Place, &status, &freq, &until, &a.Notes,
		&a.Sequence, &a.Version, &at, &a.UpdatedBy); err != nil {
		return nil, err
	}
	a.CitizenID = citizen.Int64
	a.Kind, a.Status = calendar.Kind(kind), calendar.Status(status)
	a.Start, a.End = fromNS(start), fromNS(end)
	a.Recurrence = calendar.Recurrence{Freq: calendar.Freq(freq), Until: fromTS(until)}
	a.UpdatedAt = fromNS(at)
	return &a, nil
}

// LastEnd bounds the end of an appointment's last occurrence, so that a
// range query on it finds every appointment that can reach into a window;
// an occurrence moved past the rule's end counts.
func LastEnd(a *calendar.Appointment) int64 {
	if a.Recurrence.Freq == calendar.FreqNone {
		return a.End.UnixNano()
	}
	if a.Recurrence.Until.IsZero() {
		return math.MaxInt64
	}
	u := a.Recurrence.Until.In(calendar.Copenhagen)
	dayAfter := time.Date(u.Year(), u.Month(), u.Day()+1, 0, 0, 0, 0, calendar.Copenhagen)
	// An occurrence may start until the end of the until day; add an hour
	// of slack for a daylight saving change inside it.
	last := dayAfter.Add(a.Duration() + time.Hour).UnixNano()
	for _, ex := range a.Exceptions {
		if ex.Moved() {
			last = max(last, ex.End.UnixNano())
		}
	}
	return last
}

// appointmentChanges returns the history's fields of an appointment before
// (old; nil for a new one) and after a change: its own fields, then one
// per occurrence with an exception on either side, so a history reads
// "occurrence 2026-12-01 10:00: planned → held".
func appointmentChanges(old, a *calendar.Appointment, initials map[int64]string) (before, after []field) {
	if old != nil {
		before = appointmentFields(old, initials)
	}
	if a != nil {
		after = appointmentFields(a, initials)
	}
	if a == nil {
		// A delete lists what the occurrences were.
		_, was := calendar.OccurrenceChanges(nil, old)
		for _, c := range was {
			before = append(before, field{c.Label, c.Value})
		}
		return before, nil
	}
	was, is := calendar.OccurrenceChanges(old, a)
	for i, c := range is {
		if old != nil {
			before = append(before, field{was[i].Label, was[i].Value})
		}
		after = append(after, field{c.Label, c.Value})
	}
	return before, after
}

func appointmentFields(a *calendar.Appointment, initials map[int64]string) []field {
	var parts []string
	for _, id := range a.Participants {
		parts = append(parts, initials[id])
	}
	return []field{
		{"title", a.Title}, {"kind", string(a.Kind)}, {"start", timeText(a.Start.In(calendar.Copenhagen))},
		{"end", timeText(a.End.In(calendar.Copenhagen))}, {"place", a.Place}, {"participants", strings.Join(parts, ", ")},
		{"status", string(a.Status)}, {"recurrence", string(a.Recurrence.Freq)},
		{"until", dateOfTime(a.Recurrence.Until)}, {"notes", a.Notes},
	}
}

func dateOfTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(calendar.Copenhagen).Format("2006-01-02")
}

// FindAppointmentByID returns an appointment or ENotFound.
func (db *DB) FindAppointmentByID(ctx context.Context, id int64) (*calendar.Appointment, error) {
	list, err := db.FindAppointments(ctx, calendar.Filter{ID: id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, board.Errorf(board.ENotFound, "The appointment does not exist.")
	}
	return list[0], nil
}

// FindAppointments returns appointments ordered by start. With From and To
// it returns those with an occurrence overlapping [From, To), recurring
// ones found by their rule's window rather than their first start.
func (db *DB) FindAppointments(ctx context.Context, f calendar.Filter) ([]*calendar.Appointment, error) {
	var out []*calendar.Appointment
	err := db.read(ctx, func(tx *Q) (err error) {
		out, err = findAppointments(ctx, tx, f)
		return err
	})
	return out, err
}

func findAppointments(ctx context.Context, tx *Q, f calendar.Filter) ([]*calendar.Appointment, error) {
	var where []string
	var args []any
	if f.ID != 0 {
		where, args = append(where, "id = ?"), append(args, f.ID)
	}
	if f.UID != "" {
		where, args = append(where, "uid = ?"), append(args, f.UID)
	}
	if f.CitizenID != 0 {
		where, args = append(where, "citizen_id = ?"), append(args, f.CitizenID)
	}
	if f.TeamOnly {
		where = append(where, "citizen_id IS NULL")
	}
	if f.MemberID != 0 {
		where, args = append(where, "id IN (SELECT appointment_id FROM appointment_participants WHERE member_id = ?)"), append(args, f.MemberID)
	}
	if !f.From.IsZero() {
		where, args = append(where, "last_end > ?"), append(args, f.From.UnixNano())
	}
	if !f.To.IsZero() {
		// An occurrence moved before the series' first start counts too.
		moved := "start_at < ?"
		margs := []any{f.To.UnixNano()}
		if !f.From.IsZero() {
			moved, margs = "start_at >= ? AND start_at < ? AND end_at > ?",
				[]any{f.From.Add(-maxOccurrenceLength).UnixNano(), f.To.UnixNano(), f.From.UnixNano()}
		}
		where = append(where, "(start_at < ? OR id IN (SELECT appointment_id FROM appointment_exceptions WHERE "+moved+"))")
		args = append(append(args, f.To.UnixNano()), margs...)
	}
	list, err := queryAppointments(ctx, tx, whereClause(where), args...)
	if err != nil {
		return nil, err
	}
	if f.From.IsZero() && f.To.IsZero() {
		return list, nil
	}
	from, to := f.From, f.To
	if to.IsZero() {
		to = time.Unix(0, math.MaxInt64)
	}
	out := list[:0]
	for _, a := range list {
		if len(calendar.Occurrences(a, from, to)) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// queryAppointments reads appointments with their participants and
// exceptions.
func queryAppointments(ctx context.Context, tx *Q, where string, args ...any) ([]*calendar.Appointment, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+appointmentColumns+` FROM appointments`+where+` ORDER BY start_at, id`, args...)
	if err != nil {
		return nil, err
	}
	var out []*calendar.Appointment
	byID := map[int64]*calendar.Appointment{}
	for rows.Next() {
		a, err := scanAppointment(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, a)
		byID[a.ID] = a
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	prow, err := tx.QueryContext(ctx, `SELECT appointment_id, member_id FROM appointment_participants
		WHERE appointment_id IN (SELECT id FROM appointments`+where+`) ORDER BY appointment_id, position`, args...)
	if err != nil {
		return nil, err
	}
	defer prow.Close()
	for prow.Next() {
		var aid, mid int64
		if err := prow.Scan(&aid, &mid); err != nil {
			return nil, err
		}
		if a := byID[aid]; a != nil {
			a.Participants = append(a.Participants, mid)
		}
	}
	if err := prow.Err(); err != nil {
		return nil, err
	}
	prow.Close()
	erows, err := tx.QueryContext(ctx, `SELECT `+exceptionColumns+` FROM appointment_exceptions
		WHERE appointment_id IN (SELECT id FROM appointments`+where+`) ORDER BY appointment_id, original_at`, args...)
	if err != nil {
		return nil, err
	}
	return out, scanExceptions(erows, byID)
}

// newUID makes a stable, globally unique iCalendar UID.
func newUID() string { return calendar.NewUID() }

func (t *Tx) checkAppointment(a *calendar.Appointment, writesUID bool) error {
	if err := a.Validate(); err != nil {
		return err
	}
	checked := *a
	if !writesUID {
		checked.UID = "" // an update keeps the stored UID, checked when it was made
	}
	if err := board.RefuseCPR(&checked); err != nil {
		return err
	}
	if a.CitizenID != 0 {
		if err := t.citizenExists(a.CitizenID); err != nil {
			return err
		}
	}
	seen := map[int64]bool{}
	for _, id := range a.Participants {
		if id == 0 || seen[id] {
			return board.Errorf(board.EInvalid, "A participant is missing or named twice.")
		}
		seen[id] = true
	}
	return t.memberIDsExist(a.Participants...)
}

func appointmentArgs(a *calendar.Appointment) []any {
	return []any{nullID(a.CitizenID), a.Title, string(a.Kind), a.Start.UnixNano(), a.End.UnixNano(), a.Place, string(a.Status),
		string(a.Recurrence.Freq), ts(a.Recurrence.Until), LastEnd(a), a.Notes}
}

// CreateAppointment stores a; a UID is made when a.UID is empty.
func (db *DB) CreateAppointment(ctx context.Context, a *calendar.Appointment) error {
	if err := a.Validate(); err != nil {
		return db.mapErr(err, "")
	}
	if a.UID == "" {
		a.UID = newUID()
	}
	return db.write(ctx, func(t *Tx) error {
		if err := t.checkAppointment(a, true); err != nil {
			return err
		}
		var n int
		if err := t.QueryRow(`SELECT count(*) FROM appointments WHERE uid = ?`, a.UID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return board.Errorf(board.EInvalid, "An appointment with this UID already exists.")
		}
		args := append([]any{a.UID}, appointmentArgs(a)...)
		args = append(args, a.Sequence, tsNotNull(t.now), t.member)
		newID, err := t.insertID(`INSERT INTO appointments (uid, citizen_id, title, kind, start_at, end_at, place, status, freq, until_day, last_end, notes,
			sequence, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, args...)
		if err != nil {
			return err
		}
		a.ID = newID
		if err := t.saveParticipants(a); err != nil {
			return err
		}
		if err := t.saveExceptions(a); err != nil {
			return err
		}
		if err := t.refreshFacts(a.CitizenID); err != nil {
			return err
		}
		a.Version, a.UpdatedAt, a.UpdatedBy = 1, t.now, t.member
		initials, err := t.initials()
		if err != nil {
			return err
		}
		_, fields := appointmentChanges(nil, a, initials)
		return t.record(board.AuditInsert, "appointments", a.ID, a.CitizenID, nil, fields)
	})
}

func (t *Tx) saveParticipants(a *calendar.Appointment) error {
	for i, id := range a.Participants {
		if _, err := t.Exec(`INSERT INTO appointment_participants (appointment_id, member_id, position) VALUES (?, ?, ?)`, a.ID, id, i); err != nil {
			return err
		}
	}
	return nil
}

func (t *Tx) oldAppointment(ctx context.Context, id, version int64) (*calendar.Appointment, error) {
	list, err := queryAppointments(ctx, t.Q, " WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, checkStamp("The appointment", false, board.Stamp{}, version)
	}
	old := list[0]
	return old, checkStamp("The appointment", true, board.Stamp{Version: old.Version, UpdatedAt: old.UpdatedAt, UpdatedBy: old.UpdatedBy}, version)
}

// UpdateAppointment saves a if a.Version is still the stored version,
// raising Version and Sequence.
func (db *DB) UpdateAppointment(ctx context.Context, a *calendar.Appointment) error {
	if err := a.Validate(); err != nil {
		return db.mapErr(err, "")
	}
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldAppointment(ctx, a.ID, a.Version)
		if err != nil {
			return err
		}
		if err := t.checkAppointment(a, false); err != nil {
			return err
		}
		seq := old.Sequence + 1
		args := append(appointmentArgs(a), seq, tsNotNull(t.now), t.member, a.ID, a.Version)
		err = t.exec1("The appointment", `UPDATE appointments SET citizen_id = ?, title = ?, kind = ?, start_at = ?, end_at = ?, place = ?, status = ?,
			freq = ?, until_day = ?, last_end = ?, notes = ?, sequence = ?, version = version + 1, updated_at = ?, updated_by = ?
			WHERE id = ? AND version = ?`, args...)
		if err != nil {
			return err
		}
		if _, err := t.Exec(`DELETE FROM appointment_participants WHERE appointment_id = ?`, a.ID); err != nil {
			return err
		}
		if err := t.saveParticipants(a); err != nil {
			return err
		}
		if _, err := t.Exec(`DELETE FROM appointment_exceptions WHERE appointment_id = ?`, a.ID); err != nil {
			return err
		}
		if err := t.saveExceptions(a); err != nil {
			return err
		}
		if err := t.refreshFacts(a.CitizenID, old.CitizenID); err != nil {
			return err
		}
		a.UID, a.Sequence = old.UID, seq
		a.Version, a.UpdatedAt, a.UpdatedBy = a.Version+1, t.now, t.member
		initials, err := t.initials()
		if err != nil {
			return err
		}
		before, after := appointmentChanges(old, a, initials)
		if err := t.record(board.AuditUpdate, "appointments", a.ID, a.CitizenID, before, after); err != nil {
			return err
		}
		if old.CitizenID != a.CitizenID && old.CitizenID != 0 {
			// The old citizen's row changes too.
			return t.changed("appointments", a.ID, old.CitizenID)
		}
		return nil
	})
}

// DeleteAppointment deletes an appointment if version is still the stored
// version.
func (db *DB) DeleteAppointment(ctx context.Context, id, version int64) error {
	return db.write(ctx, func(t *Tx) error {
		old, err := t.oldAppointment(ctx, id, version)
		if err != nil {
			return err
		}
		if err := t.exec1("The appointment", `DELETE FROM appointments WHERE id = ? AND version = ?`, id, version); err != nil {
			return err
		}
		if err := t.refreshFacts(old.CitizenID); err != nil {
			return err
		}
		initials, err := t.initials()
		if err != nil {
			return err
		}
		before, _ := appointmentChanges(old, nil, initials)
		return t.record(board.AuditDelete, "appointments", id, old.CitizenID, before, nil)
	})
}

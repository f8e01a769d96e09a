package sqlcore

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// openCitizens selects the IDs of the citizens the board shows.
const openCitizens = `SELECT id FROM citizens WHERE status <> 'closed'`

// WeekBoard returns every citizen that is not closed, grouped and ordered,
// with the appointments of [from, to), next action, last meeting, latest
// note and attention markers as of today.
//
// It runs six queries whatever the number of citizens; the per-citizen
// facts are kept in citizen_facts by the writes, and appointments are found
// by the window their rule can reach, so the time does not grow with the
// history. A big team's board is mostly the driver decoding rows, so the
// queries run in two read transactions on two connections at once; the
// change log's sequence number, read before and after, shows that both saw
// the same file. When it changed, the board is read again, and the second
// time in one transaction.
func (db *DB) WeekBoard(ctx context.Context, from, to time.Time, today board.Date) (*board.WeekBoard, error) {
	for attempt := 0; attempt < 2; attempt++ {
		before, err := db.ChangeSeq(ctx)
		if err != nil {
			return nil, err
		}
		wb, err := db.weekBoard(ctx, from, to, today, true)
		if err != nil {
			return nil, err
		}
		after, err := db.ChangeSeq(ctx)
		if err != nil {
			return nil, err
		}
		if after == before {
			return wb, nil
		}
	}
	// The file keeps changing: read it in one transaction instead.
	return db.weekBoard(ctx, from, to, today, false)
}

// WeekBoardInOneRead reads the board in one read transaction, as WeekBoard
// does when the data keeps changing; the adapters' tests compare the two.
func (db *DB) WeekBoardInOneRead(ctx context.Context, from, to time.Time, today board.Date) (*board.WeekBoard, error) {
	return db.weekBoard(ctx, from, to, today, false)
}

// weekHalf is what one of the two read transactions brings back.
type weekHalf struct {
	rows    map[int64]*board.BoardRow // citizens with responsibilities and facts
	list    []*board.BoardRow
	members []*board.Member
	actions []*board.Action
	apps    []*calendar.Appointment
	follow  followUpFacts // WHO-5 scores and no-shows (wellbeing.go)
}

// weekBoard reads the board's two halves, at once on two connections, or
// one after the other in one transaction.
func (db *DB) weekBoard(ctx context.Context, from, to time.Time, today board.Date, parallel bool) (*board.WeekBoard, error) {
	var a, b weekHalf
	readA := func(tx *Q) error {
		a.rows = map[int64]*board.BoardRow{}
		if err := weekCitizens(ctx, tx, a.rows, &a.list); err != nil {
			return err
		}
		byCitizen := make(map[int64]*board.Citizen, len(a.rows))
		for id, r := range a.rows {
			byCitizen[id] = r.Citizen
		}
		return loadResponsible(ctx, tx, byCitizen, openCitizens, nil)
	}
	readB := func(tx *Q) (err error) {
		if b.members, err = findMembers(ctx, tx, board.MemberFilter{}); err != nil {
			return err
		}
		if b.actions, err = weekActions(ctx, tx); err != nil {
			return err
		}
		if b.follow, err = readFollowUpFacts(ctx, tx, today, calendar.Copenhagen); err != nil {
			return err
		}
		b.apps, err = weekAppointments(ctx, tx, from, to)
		return err
	}
	if parallel {
		errA := make(chan error, 1)
		go func() { errA <- db.read(ctx, readA) }()
		errB := db.read(ctx, readB)
		if err := <-errA; err != nil {
			return nil, err
		}
		if errB != nil {
			return nil, errB
		}
	} else {
		err := db.read(ctx, func(tx *Q) error {
			if err := readA(tx); err != nil {
				return err
			}
			return readB(tx)
		})
		if err != nil {
			return nil, err
		}
	}

	wb := &board.WeekBoard{From: from, To: to, Rows: a.list, Members: board.IndexMembers(b.members)}
	rows := a.rows
	b.follow.apply(rows)
	for _, act := range b.actions {
		if r := rows[act.CitizenID]; r != nil {
			r.Facts.OpenActions = append(r.Facts.OpenActions, act)
		}
	}
	for _, o := range calendar.Expand(b.apps, from, to) {
		r := rows[o.Appointment.CitizenID]
		if r == nil {
			continue // a closed citizen
		}
		e := board.DayEntry{AppointmentID: o.Appointment.ID, Original: o.Original, Start: o.Start, End: o.End, Title: o.Appointment.Title,
			Kind: o.Appointment.Kind, Status: o.Status}
		for _, id := range o.Appointment.Participants {
			if m := wb.Members[id]; m != nil {
				e.Initials = append(e.Initials, m.Initials)
			}
		}
		r.Entries = append(r.Entries, e)
	}
	for _, r := range wb.Rows {
		c := r.Citizen
		for _, resp := range c.Responsible {
			if m := wb.Members[resp.MemberID]; m != nil {
				r.Responsible = append(r.Responsible, m)
				r.Facts.Sectors = append(r.Facts.Sectors, m.Sector)
			}
		}
		r.NextAction = board.NextOpenAction(r.Facts.OpenActions)
		r.Attention = board.NeedsAttention(c, r.Facts, today, calendar.Copenhagen)
	}
	sort.SliceStable(wb.Rows, func(i, j int) bool {
		a, b := wb.Rows[i].Citizen, wb.Rows[j].Citizen
		if ga, gb := board.GroupOf(a), board.GroupOf(b); ga != gb {
			return ga < gb
		}
		if na, nb := strings.ToLower(a.Name), strings.ToLower(b.Name); na != nb {
			return na < nb
		}
		return a.ID < b.ID
	})
	return wb, nil
}

// weekCitizens reads the open citizens with their board facts (see
// facts.go): latest held appointment and no-show, latest progress note and
// the latest meeting that discussed them, all by primary key.
func weekCitizens(ctx context.Context, tx *Q, rows map[int64]*board.BoardRow, list *[]*board.BoardRow) error {
	q := `SELECT ` + qualify("c", citizenColumns) + `, f.last_held, f.last_no_show,
		n.id, n.author_id, n.at, n.text, n.corrects, mi.meeting_date, mi.notes, mi.decisions
		FROM citizens c
		LEFT JOIN citizen_facts f ON f.citizen_id = c.id
		LEFT JOIN notes n ON n.id = f.note_id
		LEFT JOIN meeting_items mi ON mi.meeting_id = f.meeting_id AND mi.citizen_id = c.id
		WHERE c.status <> 'closed'`
	rs, err := tx.QueryContext(ctx, q)
	if err != nil {
		return err
	}
	defer rs.Close()
	var held, noShow, noteID, author, noteAt, corrects sql.NullInt64
	var noteText, meetingDate, meetingNotes, decisions sql.NullString
	scan := newCitizenScan(&held, &noShow, &noteID, &author, &noteAt, &noteText, &corrects, &meetingDate, &meetingNotes, &decisions)
	for rs.Next() {
		c, err := scan.scan(rs)
		if err != nil {
			return err
		}
		r := &board.BoardRow{Citizen: c}
		r.Facts.LastContact = fromTS(held)
		r.Facts.LastNoShow = fromTS(noShow)
		if noteID.Valid {
			r.LatestNote = &board.Note{ID: noteID.Int64, CitizenID: c.ID, AuthorID: author.Int64, At: fromTS(noteAt),
				Text: noteText.String, Corrects: corrects.Int64}
			if r.LatestNote.At.After(r.Facts.LastContact) {
				r.Facts.LastContact = r.LatestNote.At
			}
		}
		if meetingDate.Valid {
			r.LastDiscussed = parseDate(meetingDate.String)
			var parts []string
			for _, s := range []string{strings.TrimSpace(meetingNotes.String), strings.TrimSpace(decisions.String)} {
				if s != "" {
					parts = append(parts, s)
				}
			}
			r.LastMeetingNote = strings.Join(parts, "\n")
		}
		rows[c.ID] = r
		*list = append(*list, r)
	}
	return rs.Err()
}

// qualify prefixes each column of a column list with alias.
func qualify(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + "." + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// weekActions reads all open actions (few per citizen; the done ones, which
// grow with history, are not read). Unordered: NextOpenAction picks.
func weekActions(ctx context.Context, tx *Q) ([]*board.Action, error) {
	rs, err := tx.QueryContext(ctx, `SELECT `+actionColumns+` FROM actions WHERE status = 'open'`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*board.Action
	scan := newActionScan()
	for rs.Next() {
		a, err := scan.scan(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rs.Err()
}

// weekAppointments reads the citizens' appointments that can reach into
// [from, to) with just the columns a day chip needs, participants packed
// into one column, in one query; and in a second the changes to single
// occurrences that can touch the window (see weekExceptions).
func weekAppointments(ctx context.Context, tx *Q, from, to time.Time) ([]*calendar.Appointment, error) {
	// Two selects, not one with OR: the window's index then bounds both
	// ends of the first (a team's future appointments are many, the week's
	// few), and only the week's rows are read from the table.
	const cols = `SELECT a.id, a.citizen_id, a.title, a.kind, a.status, a.start_at, a.end_at, a.freq, a.until_day,
		(SELECT string_agg(CAST(p.member_id AS TEXT), ',' ORDER BY p.position) FROM appointment_participants p WHERE p.appointment_id = a.id)
		FROM appointments a WHERE a.last_end > ? AND a.citizen_id IS NOT NULL`
	rs, err := tx.QueryContext(ctx, cols+` AND a.start_at < ?
		UNION `+cols+` AND a.id IN (SELECT appointment_id FROM appointment_exceptions WHERE start_at >= ? AND start_at < ? AND end_at > ?)`,
		from.UnixNano(), to.UnixNano(), from.UnixNano(), from.Add(-maxOccurrenceLength).UnixNano(), to.UnixNano(), from.UnixNano())
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out, err := scanWeekAppointments(rs)
	if err != nil || len(out) == 0 {
		return out, err
	}
	return out, weekExceptions(ctx, tx, out, from, to)
}

// maxOccurrenceLength bounds an occurrence's length: 24 hours, 25 for a
// whole day when summer time ends.
const maxOccurrenceLength = 25 * time.Hour

// weekExceptions adds to apps the exceptions that can change what [from,
// to) shows: of occurrences due to start in it (or running into it), and
// of occurrences moved into it. The board never saves these appointments,
// so the others need not be read. Both are index ranges as long as the
// window, so the time does not grow with the history.
func weekExceptions(ctx context.Context, tx *Q, apps []*calendar.Appointment, from, to time.Time) error {
	byID := make(map[int64]*calendar.Appointment, len(apps))
	for _, a := range apps {
		if a.Recurrence.Freq != calendar.FreqNone {
			byID[a.ID] = a
		}
	}
	if len(byID) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+exceptionColumns+` FROM appointment_exceptions
		WHERE original_at >= ? AND original_at < ? OR start_at >= ? AND start_at < ? AND end_at > ?`,
		from.Add(-maxOccurrenceLength).UnixNano(), to.UnixNano(), from.Add(-maxOccurrenceLength).UnixNano(), to.UnixNano(), from.UnixNano())
	if err != nil {
		return err
	}
	return scanExceptions(rows, byID)
}

func scanWeekAppointments(rs *sql.Rows) ([]*calendar.Appointment, error) {
	var out []*calendar.Appointment
	for rs.Next() {
		var a calendar.Appointment
		var kind, status, freq string
		var start, end int64
		var until sql.NullInt64
		var parts sql.NullString
		if err := rs.Scan(&a.ID, &a.CitizenID, &a.Title, &kind, &status, &start, &end, &freq, &until, &parts); err != nil {
			return nil, err
		}
		a.Kind, a.Status = calendar.Kind(kind), calendar.Status(status)
		a.Start, a.End = fromNS(start), fromNS(end)
		a.Recurrence = calendar.Recurrence{Freq: calendar.Freq(freq), Until: fromTS(until)}
		for _, p := range strings.Split(parts.String, ",") {
			if id, err := strconv.ParseInt(p, 10, 64); err == nil {
				a.Participants = append(a.Participants, id)
			}
		}
		out = append(out, &a)
	}
	return out, rs.Err()
}

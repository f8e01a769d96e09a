package meeting

import (
	"context"
	"fmt"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// session is a running meeting bound to the team file. Every step the
// facilitator takes goes through it and is saved at once with
// UpdateMeeting, so other PCs see it and a crash resumes where it was.
// It is used from the UI goroutine only.
type session struct {
	ctx  context.Context
	s    Store
	now  func() time.Time
	plan *planning
	ms   *board.MeetingSession
	// shown holds the citizens whose data was shown, so the access is
	// logged once per meeting.
	shown map[int64]bool
}

// findRunning returns the meeting still running in the file, or nil.
func findRunning(ctx context.Context, s Store) (*board.Meeting, error) {
	ms, err := s.FindMeetings(ctx, board.MeetingFilter{RunningOnly: true, Limit: 1})
	if err != nil {
		return nil, fmt.Errorf("meeting: find running: %w", err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	return ms[0], nil
}

// startSession creates the meeting in the file with the agenda as set up.
func startSession(ctx context.Context, s Store, now func() time.Time, p *planning, setup *agendaSetup) (*session, error) {
	t := now()
	var entries []board.AgendaEntry
	for _, e := range setup.Entries {
		entries = append(entries, e.AgendaEntry)
	}
	ms := board.NewMeetingSession(p.Today, setup.Facilitator, setup.attendees(), entries, t)
	for i, e := range setup.Entries {
		if e.Skipped {
			ms.Skip(i)
		}
	}
	ms.Budget = setup.Budget
	for i, it := range ms.Meeting.Items { // start on the first citizen not skipped
		if !it.Skipped {
			ms.Go(i, t)
			break
		}
	}
	if err := s.CreateMeeting(ctx, ms.Meeting); err != nil {
		return nil, fmt.Errorf("meeting: create: %w", err)
	}
	return &session{ctx: ctx, s: s, now: now, plan: p, ms: ms, shown: map[int64]bool{}}, nil
}

// resumeSession continues a meeting read back from the file.
func resumeSession(ctx context.Context, s Store, now func() time.Time, p *planning, m *board.Meeting) *session {
	return &session{ctx: ctx, s: s, now: now, plan: p, ms: board.ResumeMeetingSession(m, now()), shown: map[int64]bool{}}
}

func (x *session) meeting() *board.Meeting { return x.ms.Meeting }

// save writes the meeting as it is now.
func (x *session) save() error {
	if err := x.s.UpdateMeeting(x.ctx, x.ms.Meeting); err != nil {
		return fmt.Errorf("meeting: save: %w", err)
	}
	return nil
}

// current returns the agenda item on screen and its citizen ID (0 when the
// agenda is empty).
func (x *session) current() (*board.MeetingItem, int64) {
	it := x.ms.Item()
	if it == nil {
		return nil, 0
	}
	return it, it.CitizenID
}

// next marks the current citizen discussed and moves on; false at the end.
func (x *session) next() (bool, error) {
	ok := x.ms.Next(x.now())
	return ok, x.save()
}

func (x *session) prev() error {
	x.ms.Prev(x.now())
	return x.save()
}

func (x *session) goTo(i int) error {
	x.ms.Go(i, x.now())
	return x.save()
}

func (x *session) skip(i int) error {
	x.ms.Skip(i)
	return x.save()
}

func (x *session) move(from, to int) error {
	x.ms.Move(from, to)
	return x.save()
}

func (x *session) add(citizenID int64) error {
	x.ms.Add(citizenID)
	return x.save()
}

// setText keeps what is typed in the capture fields; flush saves it.
func (x *session) setText(notes, decisions string) bool {
	it, _ := x.current()
	if it == nil || (it.Notes == notes && it.Decisions == decisions) {
		return false
	}
	it.Notes, it.Decisions = notes, decisions
	return true
}

// toggleDiscussed marks the current citizen discussed (or not again).
func (x *session) toggleDiscussed() error {
	it, _ := x.current()
	if it == nil {
		return nil
	}
	it.Discussed = !it.Discussed
	return x.save()
}

// appendDecision adds a line to the current item's decisions: what was
// created during the meeting goes into the minutes this way.
func appendDecision(it *board.MeetingItem, line string) {
	if strings.TrimSpace(it.Decisions) != "" {
		it.Decisions = strings.TrimRight(it.Decisions, "\n") + "\n"
	}
	it.Decisions += line
}

// addAction creates an action for the current citizen and records it in
// the minutes.
func (x *session) addAction(a *board.Action) error {
	it, cid := x.current()
	if it == nil {
		return board.Errorf(board.EInvalid, "%s", T("meeting.error.empty", "The agenda is empty."))
	}
	a.CitizenID = cid
	if a.Status == "" {
		a.Status = board.ActionOpen
	}
	if m := x.plan.ByID[a.ResponsibleID]; m != nil && a.Sector == "" {
		a.Sector = m.Sector
	}
	if err := a.Validate(); err != nil {
		return err
	}
	if err := x.s.CreateAction(x.ctx, a); err != nil {
		return fmt.Errorf("meeting: create action: %w", err)
	}
	appendDecision(it, actionLine(a, x.plan))
	return x.save()
}

// addAppointment creates an appointment for the current citizen and
// records it in the minutes.
func (x *session) addAppointment(a *calendar.Appointment) error {
	it, cid := x.current()
	if it == nil {
		return board.Errorf(board.EInvalid, "%s", T("meeting.error.empty", "The agenda is empty."))
	}
	a.CitizenID = cid
	if a.Title == "" {
		a.Title = kindLabel(a.Kind)
	}
	if a.Status == "" {
		a.Status = calendar.StatusPlanned
	}
	if err := a.Validate(); err != nil {
		return err
	}
	if err := x.s.CreateAppointment(x.ctx, a); err != nil {
		return fmt.Errorf("meeting: create appointment: %w", err)
	}
	appendDecision(it, appointmentLine(a, x.plan))
	return x.save()
}

// changeBoard puts the current citizen on the board or takes them off,
// saving the citizen with its version check, and records the change on
// the agenda item. c is the citizen as read for the screen.
func (x *session) changeBoard(c *board.Citizen, on bool, reason string, review board.Date) error {
	it, cid := x.current()
	if it == nil || c == nil || c.ID != cid {
		return board.Errorf(board.EInvalid, "%s", T("meeting.error.empty", "The agenda is empty."))
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return board.Errorf(board.EInvalid, "%s", T("meeting.error.reason", "Write the reason."))
	}
	nc := *c
	today := board.DateOf(x.now().In(calendar.Copenhagen))
	if on {
		nc.OnBoard, nc.BoardReason, nc.BoardSince, nc.ReviewDate = true, reason, today, review
	} else {
		nc.OnBoard, nc.BoardReason, nc.BoardSince, nc.ReviewDate = false, "", board.Date{}, review
	}
	if err := nc.Validate(); err != nil {
		return err
	}
	saved, err := x.saveCitizen(c, &nc)
	if err != nil {
		return fmt.Errorf("meeting: board change: %w", err)
	}
	*c = *saved
	if r := x.plan.Rows[cid]; r != nil {
		r.Citizen = c
	}
	it.BoardChange = boardChangeText(on, reason, review)
	return x.save()
}

// saveCitizen saves mine, an edit of base. When another PC saved the
// citizen meanwhile and changed other fields only, both are merged without
// a question (board.Merge3); a change of the same fields stays an
// EConflict, so nothing is overwritten. It returns the citizen as stored.
func (x *session) saveCitizen(base, mine *board.Citizen) (*board.Citizen, error) {
	err := x.s.UpdateCitizen(x.ctx, mine)
	if board.ErrorCode(err) != board.EConflict {
		return mine, err
	}
	theirs, lerr := x.s.FindCitizenByID(x.ctx, base.ID)
	if lerr != nil {
		return nil, err
	}
	merged, conflicts := board.Merge3(base, mine, theirs)
	if len(conflicts) > 0 {
		return nil, err
	}
	if err := x.s.UpdateCitizen(x.ctx, merged); err != nil {
		return nil, err
	}
	return merged, nil
}

// logShown records once per meeting that a citizen's data was shown.
func (x *session) logShown(citizenID int64) {
	if citizenID == 0 || x.shown[citizenID] {
		return
	}
	x.shown[citizenID] = true
	// An access log failure must not stop the meeting; the change itself
	// is audited by the storage.
	_ = x.s.LogAccess(x.ctx, citizenID, board.AuditView, "meeting")
}

// end closes the meeting and saves the minutes.
func (x *session) end() error {
	x.ms.End(x.now())
	return x.save()
}

package meeting

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
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
	// stored is the meeting as last saved (or kept on this PC): the base
	// the next save merges from.
	stored *board.Meeting
	// keep keeps saves on this PC while the file is out of reach; nil
	// when the store has no outbox.
	keep saving.Keeper
}

// newSession binds a meeting session to the file.
func newSession(ctx context.Context, s Store, now func() time.Time, p *planning, ms *board.MeetingSession) *session {
	return &session{ctx: ctx, s: s, now: now, plan: p, ms: ms, shown: map[int64]bool{},
		stored: cloneMeeting(ms.Meeting), keep: keeperOf(s)}
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
	ms.SetTheme(p.Theme, t) // the day's theme comes first
	if err := s.CreateMeeting(ctx, ms.Meeting); err != nil {
		return nil, fmt.Errorf("meeting: create: %w", err)
	}
	return newSession(ctx, s, now, p, ms), nil
}

// resumeSession continues a meeting read back from the file.
func resumeSession(ctx context.Context, s Store, now func() time.Time, p *planning, m *board.Meeting) *session {
	return newSession(ctx, s, now, p, board.ResumeMeetingSession(m, now()))
}

func (x *session) meeting() *board.Meeting { return x.ms.Meeting }

// save writes the meeting as it is now, through the app's one save path:
// merged with another PC's save meanwhile, kept on this PC when the file
// is out of reach.
func (x *session) save() error {
	load := func(ctx context.Context) (*board.Meeting, error) { return x.s.FindMeetingByID(ctx, x.ms.Meeting.ID) }
	res, err := saving.Update(x.ctx, x.keep, outbox.KindMeeting, x.stored, x.ms.Meeting, load, x.s.UpdateMeeting)
	if err != nil {
		return fmt.Errorf("meeting: save: %w", err)
	}
	// Kept: the next save merges from what was kept, so once the kept
	// edit has reached the file it is not mistaken for another PC's.
	x.ms.Meeting = res.Saved
	x.stored = cloneMeeting(res.Saved)
	return nil
}

// cloneMeeting copies m with its lists, so later steps do not change it.
func cloneMeeting(m *board.Meeting) *board.Meeting {
	c := *m
	c.Attendees = slices.Clone(m.Attendees)
	c.Items = slices.Clone(m.Items)
	return &c
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

// step makes a move of the meeting and saves it. When the save fails
// (a CPR number in the typed text, another PC's conflicting change) the
// move is undone: the agenda stays on the item on screen, no time is
// booked, and the next save does not carry the refused move along.
func (x *session) step(move func()) error {
	undo := x.ms.Mark()
	move()
	if err := x.save(); err != nil {
		undo()
		return err
	}
	return nil
}

// next moves on to the next citizen; false at the end.
func (x *session) next() (bool, error) {
	more := false
	err := x.step(func() { more = x.ms.Next(x.now()) })
	return more, err
}

func (x *session) prev() error {
	return x.step(func() { x.ms.Prev(x.now()) })
}

func (x *session) goTo(i int) error {
	return x.step(func() { x.ms.Go(i, x.now()) })
}

func (x *session) skip(i int) error {
	return x.step(func() { x.ms.Skip(i) })
}

func (x *session) move(from, to int) error {
	return x.step(func() { x.ms.Move(from, to) })
}

func (x *session) add(citizenID int64) error {
	return x.step(func() { x.ms.Add(citizenID) })
}

// setText keeps what is typed in the capture fields; flush saves it.
// On the day's theme the notes are the theme's.
func (x *session) setText(notes, decisions string) bool {
	if x.ms.OnTheme() {
		if x.ms.Meeting.Theme.Notes == notes {
			return false
		}
		x.ms.Meeting.Theme.Notes = notes
		return true
	}
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
	return x.step(func() { it.Discussed = !it.Discussed })
}

// appendDecision adds a line to the current item's decisions: what was
// created during the meeting goes into the minutes this way.
func appendDecision(it *board.MeetingItem, line string) {
	if strings.TrimSpace(it.Decisions) != "" {
		it.Decisions = strings.TrimRight(it.Decisions, "\n") + "\n"
	}
	it.Decisions += line
}

// refuseStored refuses a step that saves another record and then the
// meeting while the meeting's text holds a CPR number: the meeting's save
// would be refused after the other record was saved, and the minutes
// would lack the line about it.
func (x *session) refuseStored() error { return board.RefuseCPR(x.ms.Meeting) }

// storeTarget is the current citizen's item for a step that saves another
// record first: none on an empty agenda, nor while the meeting's text
// holds a CPR number (see refuseStored).
func (x *session) storeTarget() (*board.MeetingItem, int64, error) {
	it, cid := x.current()
	if it == nil {
		return nil, 0, board.Errorf(board.EInvalid, "%s", T("meeting.error.empty", "The agenda is empty."))
	}
	return it, cid, x.refuseStored()
}

// addAction creates an action for the current citizen and records it in
// the minutes.
func (x *session) addAction(a *board.Action) error {
	it, cid, err := x.storeTarget()
	if err != nil {
		return err
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
	if _, err := saving.Create(x.ctx, x.keep, outbox.KindAction, a, x.s.CreateAction); err != nil {
		return fmt.Errorf("meeting: create action: %w", err)
	}
	appendDecision(it, actionLine(a, x.plan))
	return x.save()
}

// addAppointment creates an appointment for the current citizen and
// records it in the minutes.
func (x *session) addAppointment(a *calendar.Appointment) error {
	it, cid, err := x.storeTarget()
	if err != nil {
		return err
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
	if _, err := saving.Create(x.ctx, x.keep, outbox.KindAppointment, a, x.s.CreateAppointment); err != nil {
		return fmt.Errorf("meeting: create appointment: %w", err)
	}
	appendDecision(it, appointmentLine(a, x.plan, x.meeting().Date))
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
	if err := x.refuseStored(); err != nil {
		return err
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

// saveCitizen saves mine, an edit of base, through the one save path:
// another PC's change of other fields meanwhile is merged without a
// question; a change of the same fields stays an EConflict, so nothing is
// overwritten; with the file out of reach it is kept on this PC. It
// returns the citizen as stored (or kept).
func (x *session) saveCitizen(base, mine *board.Citizen) (*board.Citizen, error) {
	load := func(ctx context.Context) (*board.Citizen, error) { return x.s.FindCitizenByID(ctx, base.ID) }
	res, err := saving.Update(x.ctx, x.keep, outbox.KindCitizen, base, mine, load, x.s.UpdateCitizen)
	if err != nil {
		return nil, err
	}
	return res.Saved, nil
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
	return x.step(func() { x.ms.End(x.now()) })
}

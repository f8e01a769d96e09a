package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// awayShare is a team file in a folder that can vanish and come back, as a
// network share does, with this PC's outbox.
type awayShare struct {
	dir     string
	db      *DB
	clk     *clock
	box     *outbox.Box
	boxPath string
	citizen *board.Citizen
}

func newAwayShare(t *testing.T) *awayShare {
	t.Helper()
	s := &awayShare{clk: &clock{t: t0}, dir: filepath.Join(t.TempDir(), "share")}
	if err := os.Mkdir(s.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := Create(filepath.Join(s.dir, "team.tavle"), "Team",
		&board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{Now: s.clk.Now, Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s.db = db
	s.citizen = addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	s.boxPath = filepath.Join(t.TempDir(), "cache", "outbox.json")
	if s.box, err = outbox.Open(s.boxPath, db.Path()); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *awayShare) away(t *testing.T) {
	t.Helper()
	if err := os.Rename(s.dir, s.dir+"-away"); err != nil {
		t.Fatal(err)
	}
}

func (s *awayShare) back(t *testing.T) {
	t.Helper()
	if err := os.Rename(s.dir+"-away", s.dir); err != nil {
		t.Fatal(err)
	}
}

// other opens the file as another PC ("CD") does.
func (s *awayShare) other(t *testing.T) *DB {
	t.Helper()
	o, err := Open(s.db.Path(), Options{Member: "CD", Now: func() time.Time { return s.clk.Now().Add(time.Minute) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

// keep puts an edit that could not reach the file into the outbox.
func (s *awayShare) keep(t *testing.T, e outbox.Edit, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.box.Add(e); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(s.boxPath)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("outbox mode %v, want 0600", info.Mode().Perm())
	}
}

func (s *awayShare) replay(t *testing.T) []outbox.Outcome {
	t.Helper()
	out, err := s.box.Replay(ctx, outbox.ApplyFunc(s.db.ApplyPending))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// boxGone checks that the outbox file is deleted once it is empty.
func (s *awayShare) boxGone(t *testing.T) {
	t.Helper()
	if s.box.Len() != 0 {
		t.Fatalf("%d edits left: %+v", s.box.Len(), s.box.Pending())
	}
	if _, err := os.Stat(s.boxPath); !os.IsNotExist(err) {
		t.Fatal("the outbox file stays after its last edit")
	}
}

// outcomesText lists replay outcomes briefly: kind, row, error code.
func outcomesText(out []outbox.Outcome) string {
	var s []string
	for _, o := range out {
		s = append(s, fmt.Sprintf("%s %d: %q", o.Edit.Kind, o.Edit.RowID, board.ErrorCode(o.Err)))
	}
	return strings.Join(s, "; ")
}

// pendingText lists kept edits briefly.
func pendingText(p []outbox.Edit) string {
	var s []string
	for _, e := range p {
		s = append(s, fmt.Sprintf("%s %d delete=%v held=%q", e.Kind, e.RowID, e.Delete, e.Held))
	}
	return strings.Join(s, "; ")
}

// keptCase is one kind of record for testKeptUpdates.
type keptCase[T board.Versioned] struct {
	kind   outbox.Kind[T]
	make   func(t *testing.T, s *awayShare, i int) T // stores record i
	load   func(db *DB, rec T) (T, error)
	update func(db *DB) func(context.Context, T) error
	// mine is my edit while the file is gone; disjoint another PC's edit
	// of another field meanwhile, same its edit of the field I changed.
	mine, disjoint, same func(T)
	show                 func(T) string // the fields the edits touch
	// want is shown after the replay: my edit alone, merged with the
	// disjoint one, and theirs kept (mine held) after the same-field one.
	want [3]string
}

// testKeptUpdates: three records are edited while the folder is renamed
// away; the edits wait in the outbox. When it is back another PC has
// changed the second in another field and the third in the same field:
// the replay saves the first, merges the second and holds the third.
func testKeptUpdates[T board.Versioned](t *testing.T, c keptCase[T]) {
	s := newAwayShare(t)
	var recs []T
	for i := range 3 {
		recs = append(recs, c.make(t, s, i))
	}
	s.away(t)
	for _, r := range recs {
		mine := cloneRecord(r)
		c.mine(mine)
		wantCode(t, c.update(s.db)(ctx, mine), board.EUnavailable)
		e, err := c.kind.Update(r, mine)
		s.keep(t, e, err)
	}
	if out := s.replay(t); len(out) != 1 || board.ErrorCode(out[0].Err) != board.EUnavailable || s.box.Len() != 3 {
		t.Fatalf("replay while gone: %s, %d kept", outcomesText(out), s.box.Len())
	}

	s.back(t)
	other := s.other(t)
	for i, edit := range []func(T){nil, c.disjoint, c.same} {
		if edit == nil {
			continue
		}
		theirs, err := c.load(other, recs[i])
		if err != nil {
			t.Fatal(err)
		}
		edit(theirs)
		if err := c.update(other)(ctx, theirs); err != nil {
			t.Fatalf("other PC's save %d: %v", i, err)
		}
	}

	out := s.replay(t)
	if len(out) != 3 || out[0].Err != nil || out[1].Err != nil || board.ErrorCode(out[2].Err) != board.EConflict {
		t.Fatalf("outcomes: %s", outcomesText(out))
	}
	for i, r := range recs {
		got, err := c.load(s.db, r)
		if err != nil {
			t.Fatal(err)
		}
		if g := c.show(got); g != c.want[i] {
			t.Errorf("record %d after replay = %q, want %q", i, g, c.want[i])
		}
	}
	p := s.box.Pending()
	if len(p) != 1 || p[0].Held != board.EConflict || s.box.Waiting() != 0 {
		t.Fatalf("kept after replay: %s", pendingText(p))
	}
	if row := recs[2].RecordID(); p[0].RowID != row {
		t.Fatalf("held row %d, want %d", p[0].RowID, row)
	}
	// The person chose; the box file goes.
	if err := s.box.Remove(p[0].ID); err != nil {
		t.Fatal(err)
	}
	s.boxGone(t)
}

// cloneRecord copies a record the way a form does before editing it.
func cloneRecord[T any](v T) T {
	switch r := any(v).(type) {
	case *calendar.Appointment:
		return any(r.Clone()).(T)
	case *board.Goal:
		c := *r
		return any(&c).(T)
	case *board.Action:
		c := *r
		return any(&c).(T)
	case *board.CrisisPlan:
		c := *r
		return any(&c).(T)
	case *board.Contact:
		c := *r
		return any(&c).(T)
	case *board.Member:
		c := *r
		return any(&c).(T)
	case *board.Theme:
		c := *r
		return any(&c).(T)
	}
	panic(fmt.Sprintf("cloneRecord: %T", v))
}

func TestKeptGoalUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.Goal]{
		kind: outbox.KindGoal,
		make: func(t *testing.T, s *awayShare, i int) *board.Goal {
			g := &board.Goal{CitizenID: s.citizen.ID, Text: fmt.Sprint("mål ", i), LifeArea: "bolig", Position: i}
			mustOK(t, s.db.CreateGoal(ctx, g))
			return g
		},
		load:     func(db *DB, g *board.Goal) (*board.Goal, error) { return db.FindGoalByID(ctx, g.ID) },
		update:   func(db *DB) func(context.Context, *board.Goal) error { return db.UpdateGoal },
		mine:     func(g *board.Goal) { g.Text = "mit" },
		disjoint: func(g *board.Goal) { g.LifeArea = "netværk" },
		same:     func(g *board.Goal) { g.Text = "deres" },
		show:     func(g *board.Goal) string { return g.Text + "|" + g.LifeArea },
		want:     [3]string{"mit|bolig", "mit|netværk", "deres|bolig"},
	})
}

func TestKeptActionUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.Action]{
		kind: outbox.KindAction,
		make: func(t *testing.T, s *awayShare, i int) *board.Action {
			a := &board.Action{CitizenID: s.citizen.ID, Text: fmt.Sprint("handling ", i), Due: board.Date{Year: 2026, Month: 4, Day: 1}}
			mustOK(t, s.db.CreateAction(ctx, a))
			return a
		},
		load:   func(db *DB, a *board.Action) (*board.Action, error) { return db.FindActionByID(ctx, a.ID) },
		update: func(db *DB) func(context.Context, *board.Action) error { return db.UpdateAction },
		// The quick "done" button.
		mine:     func(a *board.Action) { a.Status, a.DoneOn = board.ActionDone, board.DateOf(t0) },
		disjoint: func(a *board.Action) { a.Due = board.Date{Year: 2026, Month: 4, Day: 8} },
		same:     func(a *board.Action) { a.Status = board.ActionCancelled },
		show: func(a *board.Action) string {
			return string(a.Status) + "|" + a.DoneOn.String() + "|" + a.Due.String()
		},
		want: [3]string{"done|2026-03-25|2026-04-01", "done|2026-03-25|2026-04-08", "cancelled||2026-04-01"},
	})
}

func TestKeptCrisisPlanUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.CrisisPlan]{
		kind: outbox.KindCrisis,
		make: func(t *testing.T, s *awayShare, i int) *board.CrisisPlan {
			c := addCitizen(t, s.db, &board.Citizen{Name: fmt.Sprint("Borger ", i), Status: board.StatusActive})
			p := &board.CrisisPlan{CitizenID: c.ID, WarningSigns: "sover dårligt", WhatHelps: "gåture"}
			if i == 0 {
				// None written yet: the form edits an empty plan.
				return &board.CrisisPlan{CitizenID: c.ID}
			}
			mustOK(t, s.db.SaveCrisisPlan(ctx, p))
			return p
		},
		load: func(db *DB, p *board.CrisisPlan) (*board.CrisisPlan, error) {
			return db.FindCrisisPlan(ctx, p.CitizenID)
		},
		update:   func(db *DB) func(context.Context, *board.CrisisPlan) error { return db.SaveCrisisPlan },
		mine:     func(p *board.CrisisPlan) { p.WhatHelps = "musik" },
		disjoint: func(p *board.CrisisPlan) { p.WarningSigns = "isolerer sig" },
		same:     func(p *board.CrisisPlan) { p.WhatHelps = "hunden" },
		show:     func(p *board.CrisisPlan) string { return p.WarningSigns + "|" + p.WhatHelps },
		want:     [3]string{"|musik", "isolerer sig|musik", "sover dårligt|hunden"},
	})
}

func TestKeptContactUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.Contact]{
		kind: outbox.KindContact,
		make: func(t *testing.T, s *awayShare, i int) *board.Contact {
			c := &board.Contact{CitizenID: s.citizen.ID, Name: fmt.Sprint("Kontakt ", i), Phone: "111", Notes: "mor"}
			mustOK(t, s.db.CreateContact(ctx, c))
			return c
		},
		load:     func(db *DB, c *board.Contact) (*board.Contact, error) { return db.FindContactByID(ctx, c.ID) },
		update:   func(db *DB) func(context.Context, *board.Contact) error { return db.UpdateContact },
		mine:     func(c *board.Contact) { c.Phone = "222" },
		disjoint: func(c *board.Contact) { c.Notes = "ring efter kl. 10" },
		same:     func(c *board.Contact) { c.Phone = "333" },
		show:     func(c *board.Contact) string { return c.Phone + "|" + c.Notes },
		want:     [3]string{"222|mor", "222|ring efter kl. 10", "333|mor"},
	})
}

func TestKeptMemberUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*board.Member]{
		kind: outbox.KindMember,
		make: func(t *testing.T, s *awayShare, i int) *board.Member {
			m := &board.Member{Name: fmt.Sprint("Medlem ", i), Initials: fmt.Sprint("M", i), Sector: board.SectorKommune, Active: true,
				Phone: "111", Email: "m@kommune.dk"}
			mustOK(t, s.db.CreateMember(ctx, m))
			return m
		},
		load:     func(db *DB, m *board.Member) (*board.Member, error) { return db.FindMemberByID(ctx, m.ID) },
		update:   func(db *DB) func(context.Context, *board.Member) error { return db.UpdateMember },
		mine:     func(m *board.Member) { m.Phone = "222" },
		disjoint: func(m *board.Member) { m.Email = "ny@kommune.dk" },
		same:     func(m *board.Member) { m.Phone = "333" },
		show:     func(m *board.Member) string { return m.Phone + "|" + m.Email },
		want:     [3]string{"222|m@kommune.dk", "222|ny@kommune.dk", "333|m@kommune.dk"},
	})
}

func TestKeptAppointmentUpdates(t *testing.T) {
	testKeptUpdates(t, keptCase[*calendar.Appointment]{
		kind: outbox.KindAppointment,
		make: func(t *testing.T, s *awayShare, i int) *calendar.Appointment {
			a := &calendar.Appointment{CitizenID: s.citizen.ID, Title: fmt.Sprint("Besøg ", i), Place: "Hjemme",
				Start: at(2026, 3, 26, 10+i, 0), End: at(2026, 3, 26, 11+i, 0)}
			mustOK(t, s.db.CreateAppointment(ctx, a))
			return a
		},
		load: func(db *DB, a *calendar.Appointment) (*calendar.Appointment, error) {
			return db.FindAppointmentByID(ctx, a.ID)
		},
		update: func(db *DB) func(context.Context, *calendar.Appointment) error { return db.UpdateAppointment },
		// Moved an hour later, and held: times round-trip through the box.
		mine: func(a *calendar.Appointment) {
			a.Start, a.End, a.Status = a.Start.Add(time.Hour), a.End.Add(time.Hour), calendar.StatusHeld
		},
		disjoint: func(a *calendar.Appointment) { a.Place = "Café" },
		same:     func(a *calendar.Appointment) { a.Status = calendar.StatusCancelled },
		show: func(a *calendar.Appointment) string {
			return a.Start.In(calendar.Copenhagen).Format("15:04") + "|" + string(a.Status) + "|" + a.Place
		},
		want: [3]string{"11:00|held|Hjemme", "12:00|held|Café", "12:00|cancelled|Hjemme"},
	})
}

// TestKeptOccurrenceUpdates: single occurrences of a weekly series marked
// on two PCs merge occurrence by occurrence; the same occurrence marked
// differently is held.
func TestKeptOccurrenceUpdates(t *testing.T) {
	mon := func(day int) time.Time { return at(2026, 3, day, 9, 0) }
	testKeptUpdates(t, keptCase[*calendar.Appointment]{
		kind: outbox.KindAppointment,
		make: func(t *testing.T, s *awayShare, i int) *calendar.Appointment {
			a := &calendar.Appointment{CitizenID: s.citizen.ID, Title: fmt.Sprint("Depot ", i), Kind: calendar.KindMedication,
				Start: mon(2), End: mon(2).Add(30 * time.Minute), Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
			mustOK(t, a.MarkOccurrence(mon(2), calendar.StatusHeld))
			mustOK(t, s.db.CreateAppointment(ctx, a))
			return a
		},
		load: func(db *DB, a *calendar.Appointment) (*calendar.Appointment, error) {
			return db.FindAppointmentByID(ctx, a.ID)
		},
		update:   func(db *DB) func(context.Context, *calendar.Appointment) error { return db.UpdateAppointment },
		mine:     func(a *calendar.Appointment) { mustOK(t, a.MarkOccurrence(mon(9), calendar.StatusHeld)) },
		disjoint: func(a *calendar.Appointment) { mustOK(t, a.MarkOccurrence(mon(16), calendar.StatusCancelled)) },
		same:     func(a *calendar.Appointment) { mustOK(t, a.MarkOccurrence(mon(9), calendar.StatusNoShow)) },
		show: func(a *calendar.Appointment) string {
			var s []string
			for _, ex := range a.Exceptions {
				s = append(s, ex.Original.In(calendar.Copenhagen).Format("02")+" "+string(ex.Status))
			}
			return strings.Join(s, ", ")
		},
		want: [3]string{"02 held, 09 held", "02 held, 09 held, 16 cancelled", "02 held, 09 no_show"},
	})
}

// TestKeptCreates: new records of every kind made while the folder is gone
// are created once it is back.
func TestKeptCreates(t *testing.T) {
	s := newAwayShare(t)
	cid := s.citizen.ID
	s.away(t)
	now := s.clk.Now()
	goal := &board.Goal{CitizenID: cid, Text: "Egen bolig", LifeArea: "bolig"}
	action := &board.Action{CitizenID: cid, Text: "Ring til boligkontoret", Status: board.ActionOpen}
	contact := &board.Contact{CitizenID: cid, Name: "Mor", Phone: "111"}
	member := &board.Member{Name: "Carl Dahl", Initials: "CD", Sector: board.SectorKommune, Active: true}
	appt := &calendar.Appointment{CitizenID: cid, Title: "Depot", Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 30),
		Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
	mustOK(t, appt.MarkOccurrence(at(2026, 3, 9, 9, 0), calendar.StatusHeld))
	note := &board.Note{CitizenID: cid, Text: "Skrevet mens filen var væk", At: now}
	wantCode(t, s.db.CreateGoal(ctx, goal), board.EUnavailable)
	wantCode(t, s.db.CreateAppointment(ctx, appt), board.EUnavailable)
	for _, keep := range []func() (outbox.Edit, error){
		func() (outbox.Edit, error) { return outbox.KindGoal.Create(goal) },
		func() (outbox.Edit, error) { return outbox.KindAction.Create(action) },
		func() (outbox.Edit, error) { return outbox.KindContact.Create(contact) },
		func() (outbox.Edit, error) { return outbox.KindMember.Create(member) },
		func() (outbox.Edit, error) { return outbox.KindAppointment.Create(appt) },
		func() (outbox.Edit, error) { return outbox.KindNote.Create(note) },
	} {
		e, err := keep()
		s.keep(t, e, err)
	}
	if _, err := outbox.KindCrisis.Create(&board.CrisisPlan{CitizenID: cid}); board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("a crisis plan kept as new: %v", err)
	}
	s.back(t)
	for _, o := range s.replay(t) {
		if o.Err != nil {
			t.Fatalf("%s: %v", o.Edit.Kind, o.Err)
		}
	}
	s.boxGone(t)

	plan, _ := s.db.FindPlan(ctx, cid)
	if len(plan.Goals) != 1 || plan.Goals[0].Text != goal.Text || len(plan.Actions) != 1 || plan.Actions[0].Text != action.Text {
		t.Fatalf("plan %+v", plan)
	}
	if cs, _ := s.db.FindContacts(ctx, board.ContactFilter{CitizenID: cid}); len(cs) != 1 || cs[0].Phone != "111" {
		t.Fatalf("contacts %+v", cs)
	}
	if ms, _ := s.db.FindMembers(ctx, board.MemberFilter{Initials: "CD"}); len(ms) != 1 {
		t.Fatalf("members %+v", ms)
	}
	as, _ := s.db.FindAppointments(ctx, calendar.Filter{CitizenID: cid})
	if len(as) != 1 || len(as[0].Exceptions) != 1 || !as[0].Exceptions[0].Original.Equal(at(2026, 3, 9, 9, 0)) {
		t.Fatalf("appointments %+v", as)
	}
	if ns, _ := s.db.FindNotes(ctx, cid); len(ns) != 1 || !ns[0].At.Equal(now) {
		t.Fatalf("notes %+v", ns)
	}
}

// TestKeptDeletes: a deletion made while the folder is gone is replayed
// with the version check; a record another PC changed meanwhile is held,
// one it deleted already counts as done, one it saved unchanged is
// deleted all the same.
func TestKeptDeletes(t *testing.T) {
	s := newAwayShare(t)
	cid := s.citizen.ID
	var goals []*board.Goal
	for i := range 4 {
		g := &board.Goal{CitizenID: cid, Text: fmt.Sprint("mål ", i)}
		mustOK(t, s.db.CreateGoal(ctx, g))
		goals = append(goals, g)
	}
	action := &board.Action{CitizenID: cid, Text: "gør noget"}
	mustOK(t, s.db.CreateAction(ctx, action))
	contact := &board.Contact{CitizenID: cid, Name: "Mor"}
	mustOK(t, s.db.CreateContact(ctx, contact))
	appt := &calendar.Appointment{CitizenID: cid, Title: "Besøg", Start: at(2026, 3, 26, 10, 0), End: at(2026, 3, 26, 11, 0)}
	mustOK(t, s.db.CreateAppointment(ctx, appt))

	s.away(t)
	wantCode(t, s.db.DeleteGoal(ctx, goals[0].ID, goals[0].Version), board.EUnavailable)
	// Goal 0 is first edited, then deleted: the deletion replaces the edit.
	edited := *goals[0]
	edited.Text = "rettet"
	e, err := outbox.KindGoal.Update(goals[0], &edited)
	s.keep(t, e, err)
	for _, g := range goals {
		e, err := outbox.KindGoal.Delete(g)
		s.keep(t, e, err)
	}
	if s.box.Len() != 4 {
		t.Fatalf("kept %d, want the edit replaced by the deletion", s.box.Len())
	}
	for _, keep := range []func() (outbox.Edit, error){
		func() (outbox.Edit, error) { return outbox.KindAction.Delete(action) },
		func() (outbox.Edit, error) { return outbox.KindContact.Delete(contact) },
		func() (outbox.Edit, error) { return outbox.KindAppointment.Delete(appt) },
	} {
		e, err := keep()
		s.keep(t, e, err)
	}
	if _, err := outbox.KindMember.Delete(&board.Member{ID: 1}); board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("a member kept for deletion: %v", err)
	}

	s.back(t)
	other := s.other(t)
	g1, _ := other.FindGoalByID(ctx, goals[1].ID)
	g1.Text = "ændret på en anden pc"
	mustOK(t, other.UpdateGoal(ctx, g1))
	mustOK(t, other.DeleteGoal(ctx, goals[2].ID, goals[2].Version))
	g3, _ := other.FindGoalByID(ctx, goals[3].ID)
	mustOK(t, other.UpdateGoal(ctx, g3)) // saved without a change

	out := s.replay(t)
	if len(out) != 7 {
		t.Fatalf("outcomes %s", outcomesText(out))
	}
	for i, o := range out {
		want := ""
		if i == 1 {
			want = board.EConflict
		}
		if board.ErrorCode(o.Err) != want {
			t.Errorf("outcome %d (%s %d): %v, want %q", i, o.Edit.Kind, o.Edit.RowID, o.Err, want)
		}
	}
	plan, _ := s.db.FindPlan(ctx, cid)
	if len(plan.Goals) != 1 || plan.Goals[0].ID != goals[1].ID || len(plan.Actions) != 0 {
		t.Fatalf("left: %+v %+v", plan.Goals, plan.Actions)
	}
	if cs, _ := s.db.FindContacts(ctx, board.ContactFilter{CitizenID: cid}); len(cs) != 0 {
		t.Fatalf("contacts %+v", cs)
	}
	if _, err := s.db.FindAppointmentByID(ctx, appt.ID); board.ErrorCode(err) != board.ENotFound {
		t.Fatalf("appointment: %v", err)
	}
	if p := s.box.Pending(); len(p) != 1 || !p[0].Delete || p[0].Held != board.EConflict || p[0].RowID != goals[1].ID {
		t.Fatalf("held %s", pendingText(p))
	}
}

// TestKeptUpdateOfDeletedRecord: an edit of a record another PC deleted
// meanwhile is held (ENotFound), not recreated.
func TestKeptUpdateOfDeletedRecord(t *testing.T) {
	s := newAwayShare(t)
	c := &board.Contact{CitizenID: s.citizen.ID, Name: "Mor"}
	mustOK(t, s.db.CreateContact(ctx, c))
	s.away(t)
	mine := *c
	mine.Phone = "222"
	e, err := outbox.KindContact.Update(c, &mine)
	s.keep(t, e, err)
	s.back(t)
	mustOK(t, s.other(t).DeleteContact(ctx, c.ID, c.Version))
	if out := s.replay(t); len(out) != 1 || board.ErrorCode(out[0].Err) != board.ENotFound {
		t.Fatalf("outcomes %s", outcomesText(out))
	}
	if p := s.box.Pending(); len(p) != 1 || p[0].Held != board.ENotFound {
		t.Fatalf("held %s", pendingText(p))
	}
}

// TestKeptRecordsShowAHeldEdit: the app reads a held edit back to show it
// beside theirs, with the same conflicts the replay found.
func TestKeptRecordsShowAHeldEdit(t *testing.T) {
	s := newAwayShare(t)
	a := &calendar.Appointment{CitizenID: s.citizen.ID, Title: "Depot", Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 30),
		Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
	mustOK(t, s.db.CreateAppointment(ctx, a))
	s.away(t)
	mine := a.Clone()
	mine.Title = "Depotmedicin"
	mustOK(t, mine.MarkOccurrence(at(2026, 3, 9, 9, 0), calendar.StatusHeld))
	e, err := outbox.KindAppointment.Update(a, mine)
	s.keep(t, e, err)
	s.back(t)
	other := s.other(t)
	theirs, _ := other.FindAppointmentByID(ctx, a.ID)
	theirs.Title = "Depot (ny dosis)"
	mustOK(t, theirs.MarkOccurrence(at(2026, 3, 16, 9, 0), calendar.StatusCancelled))
	mustOK(t, other.UpdateAppointment(ctx, theirs))
	if out := s.replay(t); len(out) != 1 || board.ErrorCode(out[0].Err) != board.EConflict {
		t.Fatalf("outcomes %s", outcomesText(out))
	}
	base, kept, err := outbox.KindAppointment.Records(s.box.Pending()[0])
	if err != nil || base.Title != "Depot" || kept.Title != "Depotmedicin" || kept.Start.Location() != calendar.Copenhagen {
		t.Fatalf("kept records %+v %+v %v", base, kept, err)
	}
	stored, _ := s.db.FindAppointmentByID(ctx, a.ID)
	if c := board.MergeConflicts(base, kept, stored); strings.Join(c, ",") != "Title" {
		t.Fatalf("conflicts %v, want only the title", c)
	}
	top := board.MineOnTop(base, kept, stored)
	mustOK(t, s.db.UpdateAppointment(ctx, top))
	got, _ := s.db.FindAppointmentByID(ctx, a.ID)
	if got.Title != "Depotmedicin" || len(got.Exceptions) != 2 {
		t.Fatalf("mine on top: %q %+v", got.Title, got.Exceptions)
	}
	if _, _, err := outbox.KindGoal.Records(outbox.Edit{Kind: "goal", Mine: []byte("null")}); board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("damaged edit: %v", err)
	}
}

// Package demo fills a team file with a fictitious team, so a new user can
// try Tavlen and tests and benchmarks have realistic data: 9 members across
// the three sectors, 40 citizens in every status, plans, contacts, six weeks
// of appointments around today, three past meetings with minutes, a year
// wheel of themes and referrals waiting (two past the goal, one declined).
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// TeamName is the demo team's name.
const TeamName = "FACT-team Vestegnen"

// Store is what Fill writes through.
type Store interface {
	board.MemberService
	board.CitizenService
	board.NoteService
	board.PlanService
	board.ContactService
	board.MeetingService
	board.ThemeService
	calendar.Service
}

// FirstMember returns the member a demo file is created with; Fill adds the
// others.
func FirstMember() *board.Member {
	m := demoMembers[0]
	m.Active = true
	return &m
}

// Fill adds the demo team to s, which already holds FirstMember. The same
// now gives the same data.
func Fill(ctx context.Context, s Store, now time.Time) error {
	f := &filler{s: s, ctx: ctx, now: now.In(calendar.Copenhagen), rnd: rand.New(rand.NewPCG(7, 42))}
	f.today = board.DateOf(f.now)
	steps := []func() error{f.addMembers, f.addCitizens, f.addThemes, f.addMeetings}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
	}
	return nil
}

type filler struct {
	s     Store
	ctx   context.Context
	now   time.Time
	today board.Date
	rnd   *rand.Rand

	members  []*board.Member
	bySector map[board.Sector][]*board.Member
	citizens []*board.Citizen
	themes   []*board.Theme
}

func (f *filler) addMembers() error {
	existing, err := f.s.FindMembers(f.ctx, board.MemberFilter{})
	if err != nil {
		return err
	}
	have := map[string]*board.Member{}
	for _, m := range existing {
		have[m.Initials] = m
	}
	f.bySector = map[board.Sector][]*board.Member{}
	for i := range demoMembers {
		m, ok := have[demoMembers[i].Initials]
		if !ok {
			nm := demoMembers[i]
			nm.Active = true
			if err := f.s.CreateMember(f.ctx, &nm); err != nil {
				return err
			}
			m = &nm
		}
		f.members = append(f.members, m)
		f.bySector[m.Sector] = append(f.bySector[m.Sector], m)
	}
	return nil
}

// pick returns a random element.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// at returns the day offset days from today at hh:mm in Copenhagen.
func (f *filler) at(days, hh, mm int) time.Time {
	return time.Date(f.now.Year(), f.now.Month(), f.now.Day()+days, hh, mm, 0, 0, calendar.Copenhagen)
}

// citizenPlan says how the i-th demo citizen starts out.
func citizenPlan(i int) (board.Status, bool) {
	switch {
	case i < 8:
		return board.StatusActive, true
	case i < 28:
		return board.StatusActive, false
	case i < 32:
		return board.StatusReferred, false
	case i < 35:
		return board.StatusIntake, false
	case i < 38:
		return board.StatusPaused, false
	default:
		return board.StatusClosed, false
	}
}

func (f *filler) addCitizens() error {
	for i := 0; i < 40; i++ {
		c, err := f.citizen(i)
		if err != nil {
			return err
		}
		f.citizens = append(f.citizens, c)
		if err := f.plan(i, c); err != nil {
			return err
		}
		if err := f.contacts(c); err != nil {
			return err
		}
		if err := f.notes(i, c); err != nil {
			return err
		}
		if err := f.appointments(i, c); err != nil {
			return err
		}
	}
	return f.teamEvents()
}

func (f *filler) citizen(i int) (*board.Citizen, error) {
	r := f.rnd
	status, onBoard := citizenPlan(i)
	first, last := firstNames[i%len(firstNames)], lastNames[(i*7)%len(lastNames)]
	c := &board.Citizen{
		Name:       first + " " + last,
		Phone:      fmt.Sprintf("2%d %02d %02d %02d", 1+i%9, r.IntN(100), r.IntN(100), r.IntN(100)),
		Address:    pick(r, addresses),
		Status:     status,
		SafetyNote: safetyNotes[i%len(safetyNotes)],
		Notes:      "Intern note: drøftet på tavlemøde.",
		ReferredBy: pick(r, []string{"Egen læge", "Psykiatrisk afdeling, sengeafsnit P3", "Socialrådgiver, Vestby Kommune", "Distriktspsykiatrien"}),
		ReferredOn: f.today.AddDays(-20 - r.IntN(400)),
	}
	if i%5 == 1 {
		c.PreferredName = first
	}
	if status == board.StatusReferred {
		c.ReferredOn = f.today.AddDays(-r.IntN(10))
	}
	if onBoard {
		c.OnBoard = true
		c.BoardReason = boardReasons[i%len(boardReasons)]
		c.BoardSince = f.today.AddDays(-3 - 9*i)
		c.ReviewDate = c.BoardSince.AddDays(42)
	}
	if status != board.StatusReferred && i%9 != 4 {
		c.Consent = board.Consent{GivenOn: c.ReferredOn.AddDays(14), Scope: "Deling mellem psykiatri, kommune og egen læge om behandling og støtte"}
	}
	if i == 6 {
		c.Consent.Withdrawn = true
		c.Consent.WithdrawnOn = f.today.AddDays(-5)
	}
	// Responsible: a regional and a municipal member for most; GP for some.
	reg := f.bySector[board.SectorRegion][i%len(f.bySector[board.SectorRegion])]
	kom := f.bySector[board.SectorKommune][i%len(f.bySector[board.SectorKommune])]
	c.Responsible = []board.Responsibility{{MemberID: kom.ID, Role: "Kontaktperson"}}
	if status != board.StatusReferred {
		c.Responsible = append(c.Responsible, board.Responsibility{MemberID: reg.ID, Role: "Behandler"})
	}
	if i%3 == 0 {
		gp := f.bySector[board.SectorGP][i%len(f.bySector[board.SectorGP])]
		c.Responsible = append(c.Responsible, board.Responsibility{MemberID: gp.ID, Role: "Egen læge"})
	}
	f.referral(i, c)
	if err := f.s.CreateCitizen(f.ctx, c); err != nil {
		return nil, err
	}
	return c, nil
}

func (f *filler) plan(i int, c *board.Citizen) error {
	if c.Status == board.StatusReferred || c.Declined() {
		return nil
	}
	r := f.rnd
	var goals []*board.Goal
	for g := 0; g < 1+i%3; g++ {
		gt := goalTexts[(i+g*3)%len(goalTexts)]
		goal := &board.Goal{CitizenID: c.ID, Text: gt.text, LifeArea: gt.area, Position: g}
		if err := f.s.CreateGoal(f.ctx, goal); err != nil {
			return err
		}
		goals = append(goals, goal)
	}
	for a := 0; a < 1+i%4; a++ {
		at := actionTexts[(i+a*2)%len(actionTexts)]
		resp := c.Responsible[a%len(c.Responsible)].MemberID
		act := &board.Action{
			CitizenID: c.ID, GoalID: goals[a%len(goals)].ID, Text: at.text,
			ResponsibleID: resp, Sector: at.sector,
			Due: f.today.AddDays(2 + r.IntN(35)), Status: board.ActionOpen,
		}
		// A few overdue actions, as on any real board.
		if a == 0 && i%5 == 2 {
			act.Due = f.today.AddDays(-3 - i%4)
		}
		if a == 2 {
			act.Status, act.DoneOn = board.ActionDone, f.today.AddDays(-2)
		}
		if err := f.s.CreateAction(f.ctx, act); err != nil {
			return err
		}
	}
	if i%4 != 3 {
		p := &board.CrisisPlan{
			CitizenID:    c.ID,
			WarningSigns: "Sover under fire timer. Holder op med at tage telefonen. Begynder at drikke om formiddagen.",
			WhatHelps:    "At nogen ringer og spørger ind. En gåtur. At min søster kommer forbi.",
			WhomToCall:   "Kontaktperson i dagtiden: 43 55 20 11\nPsykiatrisk akutmodtagelse: 38 64 00 00\nLægevagten: 1813",
		}
		if err := f.s.SaveCrisisPlan(f.ctx, p); err != nil {
			return err
		}
	}
	return nil
}

func (f *filler) contacts(c *board.Citizen) error {
	list := []board.Contact{
		{Name: "Lægehuset Søndergade", Relation: "Egen læge", Organisation: "Almen praksis", Phone: "43 62 15 15"},
	}
	if c.ID%2 == 0 {
		list = append(list, board.Contact{Name: "Karen " + lastNames[int(c.ID)%len(lastNames)], Relation: "Søster", Phone: "22 33 44 55", Notes: "Må kontaktes ved krise"})
	}
	if c.ID%3 == 0 {
		list = append(list, board.Contact{Name: "Boligsocial medarbejder", Relation: "Boligselskab", Organisation: "Vestbo", Phone: "70 20 30 40"})
	}
	if c.ID%4 == 1 {
		list = append(list, board.Contact{Name: "Sagsbehandler", Relation: "Jobcenter", Organisation: "Jobcenter Vestby", Phone: "43 55 30 00", Email: "jobcenter@vestby.example.dk"})
	}
	for _, ct := range list {
		ct.CitizenID = c.ID
		if err := f.s.CreateContact(f.ctx, &ct); err != nil {
			return err
		}
	}
	return nil
}

func (f *filler) notes(i int, c *board.Citizen) error {
	if c.Status == board.StatusReferred || c.Declined() {
		return nil
	}
	var prev *board.Note
	for n := 0; n < 1+i%4; n++ {
		note := &board.Note{
			CitizenID: c.ID,
			AuthorID:  c.Responsible[n%len(c.Responsible)].MemberID,
			At:        f.at(-(3+i%12)*(n+1), 9+n, 15),
			Text:      noteTexts[(i+n)%len(noteTexts)],
		}
		if err := f.s.AddNote(f.ctx, note); err != nil {
			return err
		}
		prev = note
	}
	if i == 2 && prev != nil {
		fix := &board.Note{CitizenID: c.ID, AuthorID: prev.AuthorID, At: prev.At.Add(time.Hour), Corrects: prev.ID,
			Text: "Rettelse: besøget var onsdag, ikke tirsdag."}
		return f.s.AddNote(f.ctx, fix)
	}
	return nil
}

package printing

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// PlanDays is how far ahead "Mine aftaler" reaches: four weeks.
const PlanDays = 28

// PlanInput is everything the citizen's plan prints. The caller reads it
// from storage; WritePlan prints only the parts meant for the citizen.
type PlanInput struct {
	Team    string
	Printed time.Time // also the start of "Mine aftaler"
	Citizen *board.Citizen
	Plan    *board.Plan // nil prints an empty plan
	// Members resolves responsible members and participants.
	Members board.MemberIndex
	// Appointments are the citizen's occurrences; select them with
	// PlanWindow. Others (another citizen's, outside the window) are left
	// out anyway.
	Appointments []calendar.Occurrence
	// Contacts are the citizen's external contacts worth printing (GP,
	// relatives, housing support); their Notes are never printed.
	Contacts []*board.Contact
	// Wellbeing are the citizen's WHO-5 scores, in any order; none leaves
	// "Sådan har du haft det" out.
	Wellbeing []board.WellbeingScore
	Lang      string // Danish (default) or English
}

// PlanWindow returns the span of appointments the plan printed at printed
// shows: from printed up to midnight 28 days later, in Copenhagen.
func PlanWindow(printed time.Time) (from, to time.Time) {
	p := local(printed)
	return printed, time.Date(p.Year(), p.Month(), p.Day()+PlanDays, 0, 0, 0, 0, calendar.Copenhagen)
}

// Plan body type is large for readers with poor eyesight.
const (
	planBody  = 12.0
	planSmall = 11.0
)

// WritePlan writes the citizen's plan ("Min plan") as an A4 PDF.
func WritePlan(w io.Writer, in PlanInput) (err error) {
	defer recovered(&err)
	if in.Citizen == nil {
		return board.Errorf(board.EInvalid, "There is no citizen to print a plan for.")
	}
	plan := in.Plan
	if plan == nil {
		plan = &board.Plan{}
	}
	l := labelsFor(in.Lang)
	name := in.Citizen.DisplayName()
	d := newDoc("P", "A4", l, planBody, l.planTitle+" – "+name, in.Printed)
	d.footLeft = joinNonEmpty(" · ", l.planTitle+" – "+name, in.Team)
	p := &planPrinter{d: d, l: l, in: in, plan: plan, today: board.DateOf(local(in.Printed))}
	d.newPage()
	p.header()
	p.goals()
	p.actions()
	p.appointments()
	p.contacts()
	p.wellbeing()
	p.crisis()
	return d.output(w)
}

type planPrinter struct {
	d     *doc
	l     *labels
	in    PlanInput
	plan  *board.Plan
	today board.Date
}

func (p *planPrinter) header() {
	d, l := p.d, p.l
	pdf := d.pdf
	cw := d.contentWidth()
	d.font("", planSmall, grey)
	pdf.SetXY(d.left, d.top)
	d.cellText(cw/2, 5, p.in.Team, 0, "L")
	pdf.CellFormat(cw/2, 5, l.printed+" "+l.date(p.today), "", 1, "R", false, 0, "")
	d.space(3)
	d.text(l.planTitle, "B", 26, ink)
	d.text(p.in.Citizen.DisplayName(), "B", 18, bandFill)
	d.space(1)
	if p.plan.LastChange.IsZero() {
		d.text(l.notChanged+".", "", planSmall, grey)
	} else {
		d.text(l.lastChange+" "+l.date(board.DateOf(local(p.plan.LastChange)))+".", "", planSmall, grey)
	}
	d.space(4)
}

// empty prints a section heading with the sentence that says it is empty.
func (p *planPrinter) empty(title, sentence string) {
	t := &table{d: p.d, title: title, cols: []column{{width: p.d.contentWidth()}}, size: planBody, pad: 1.5}
	t.row(cell{{text: sentence, style: "I", color: &grey}})
	p.d.space(3)
}

func (p *planPrinter) goals() {
	goals := append([]*board.Goal(nil), p.plan.Goals...)
	if len(goals) == 0 {
		p.empty(p.l.goalsHeading, p.l.noGoals)
		return
	}
	sort.SliceStable(goals, func(i, j int) bool { return goals[i].Position < goals[j].Position })
	cw := p.d.contentWidth()
	t := &table{d: p.d, title: p.l.goalsHeading, size: planBody, pad: 2,
		cols: []column{{width: 40}, {width: cw - 40}}}
	for _, g := range goals {
		t.row(cell{{text: capitalise(g.LifeArea), style: "B", color: &bandFill}}, cell{{text: g.Text}})
	}
	p.d.space(3)
}

// actionOrder puts open actions first (soonest due first), then done,
// then cancelled ones.
func actionOrder(actions []*board.Action) []*board.Action {
	out := append([]*board.Action(nil), actions...)
	rank := map[board.ActionStatus]int{board.ActionOpen: 0, board.ActionDone: 1, board.ActionCancelled: 2}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		if a.Due.IsZero() != b.Due.IsZero() {
			return b.Due.IsZero()
		}
		return a.Due.Before(b.Due)
	})
	return out
}

func (p *planPrinter) actions() {
	l := p.l
	if len(p.plan.Actions) == 0 {
		p.empty(l.actionsHeading, l.noActions)
		return
	}
	t := &table{d: p.d, title: l.actionsHeading, size: planBody, pad: 1.8, header: true,
		cols: []column{{head: l.colAction, width: 72}, {head: l.colWho, width: 54},
			{head: l.colDue, width: 30}, {head: l.colStatus, width: 24}}}
	for _, a := range actionOrder(p.plan.Actions) {
		due := orDash(p.dayDate(a.Due))
		t.row(cell{{text: a.Text}}, p.who(a), cell{{text: due}}, cell{{text: word(l.actionStatus, a.Status)}})
	}
	p.d.space(3)
}

// who is the member doing an action: name, their role for this citizen,
// and sector; or the citizen and network when no member is named.
func (p *planPrinter) who(a *board.Action) cell {
	m := p.in.Members[a.ResponsibleID]
	sector := a.Sector
	if m == nil && a.ResponsibleID != 0 {
		// A member who has left the team: say who is not known rather
		// than suggest the citizen does it.
		return cell{{text: orDash(word(p.l.sectors, sector))}}
	}
	if m == nil {
		c := cell{{text: p.l.youOrNetwork}}
		if sector != "" {
			c = append(c, para{text: word(p.l.sectors, sector), size: planSmall, color: &grey})
		}
		return c
	}
	// The line describes the person, so it names the person's own sector;
	// the action's sector only stands in when the member has none.
	if m.Sector != "" {
		sector = m.Sector
	}
	return cell{
		{text: m.Name, style: "B"},
		{text: joinNonEmpty(", ", p.roleOf(m), word(p.l.sectors, sector)), size: planSmall, color: &grey},
	}
}

// roleOf is the member's role for this citizen, else their job.
func (p *planPrinter) roleOf(m *board.Member) string {
	for _, r := range p.in.Citizen.Responsible {
		if r.MemberID == m.ID && strings.TrimSpace(r.Role) != "" {
			return r.Role
		}
	}
	return m.Role
}

// dayDate is "7. december", with the year only when it is not this year.
func (p *planPrinter) dayDate(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	s := p.l.date(d)
	if d.Year == p.today.Year {
		s = strings.TrimSuffix(s, " "+strconv.Itoa(d.Year))
	}
	return s
}

// upcoming returns the citizen's occurrences inside the plan window.
func (p *planPrinter) upcoming() []calendar.Occurrence {
	from, to := PlanWindow(p.in.Printed)
	var out []calendar.Occurrence
	for _, o := range p.in.Appointments {
		if o.Appointment == nil || o.Appointment.CitizenID != p.in.Citizen.ID {
			continue
		}
		if !o.End.After(from) || !o.Start.Before(to) {
			continue
		}
		out = append(out, o)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

func (p *planPrinter) appointments() {
	l := p.l
	occs := p.upcoming()
	if len(occs) == 0 {
		p.empty(l.apptsHeading, l.noAppts)
		return
	}
	t := &table{d: p.d, title: l.apptsHeading, size: planBody, pad: 1.8, header: true,
		cols: []column{{head: l.colDay, width: 33}, {head: l.colTime, width: 29},
			{head: l.colWhat, width: 45}, {head: l.colWith, width: 36}, {head: l.colWhere, width: 37}}}
	for _, o := range occs {
		a := o.Appointment
		day := board.DateOf(local(o.Start))
		status := o.EffectiveStatus() // one occurrence may differ from its series
		cancelled := status == calendar.StatusCancelled
		what := cell{{text: a.Title, strike: cancelled}}
		if kind := word(l.kinds, a.Kind); !strings.Contains(strings.ToLower(a.Title), strings.ToLower(kind)) {
			what = append(what, para{text: kind, size: planSmall, color: &grey, strike: cancelled})
		}
		if status != calendar.StatusPlanned && status != "" {
			st := para{text: strings.ToUpper(word(l.apptStatuses, status)), style: "B"}
			if cancelled {
				st.color = &alert
			}
			what = append(what, st)
		}
		var with cell
		for _, id := range a.Participants {
			if m := p.in.Members[id]; m != nil {
				with = append(with, para{text: m.Name})
			}
		}
		if len(with) == 0 {
			with = cell{{text: "–"}}
		}
		t.row(
			cell{{text: capitalise(l.weekdays[day.Weekday()]), style: "B", strike: cancelled},
				{text: p.dayDate(day), strike: cancelled}},
			cell{{text: l.span(o.Start, o.End), strike: cancelled}},
			what, with,
			cell{{text: p.place(a)}},
		)
	}
	p.d.space(3)
}

// place is where the appointment is, in the citizen's terms.
func (p *planPrinter) place(a *calendar.Appointment) string {
	switch {
	case strings.TrimSpace(a.Place) != "":
		return a.Place
	case a.Kind == calendar.KindHomeVisit:
		return p.l.atHome
	case a.Kind == calendar.KindPhone:
		return p.l.byPhone
	}
	return "–"
}

func (p *planPrinter) contacts() {
	l := p.l
	var team []*board.Member
	for _, r := range p.in.Citizen.Responsible {
		if m := p.in.Members[r.MemberID]; m != nil {
			team = append(team, m)
		}
	}
	if len(team) == 0 && len(p.in.Contacts) == 0 {
		p.empty(l.contactsHeading, l.noContacts)
		return
	}
	t := &table{d: p.d, title: l.contactsHeading, size: planBody, pad: 1.8, header: true,
		cols: []column{{head: l.colName, width: 52}, {head: l.colRole, width: 42},
			{head: l.colSector, width: 50}, {head: l.colPhone, width: 36}}}
	// A band stays with its first contact: a row of three lines (name,
	// place, organisation) is about 19 mm; with 10 the heading, header and
	// band stood alone at a page's foot.
	band := func(s string) {
		t.span(cell{{text: s, style: "B", size: planSmall, color: &bandFill}}, &headFill, 25)
	}
	if len(team) > 0 {
		band(l.teamContacts)
		for _, m := range team {
			t.row(cell{{text: m.Name, style: "B"}}, cell{{text: orDash(p.roleOf(m))}},
				cell{{text: word(l.sectors, m.Sector)}, {text: m.Organisation, size: planSmall, color: &grey}},
				cell{{text: orDash(m.Phone)}})
		}
	}
	if len(p.in.Contacts) > 0 {
		band(l.ownContacts)
		for _, c := range p.in.Contacts {
			t.row(cell{{text: c.Name, style: "B"}}, cell{{text: orDash(c.Relation)}},
				cell{{text: orDash(c.Organisation)}}, cell{{text: orDash(c.Phone)}})
		}
	}
	p.d.space(3)
}

func (p *planPrinter) crisis() {
	l := p.l
	cp := p.plan.Crisis
	t := &table{d: p.d, title: l.crisisHeading, size: planBody, pad: 1.8, flow: true,
		cols: []column{{width: p.d.contentWidth()}}}
	var rows [][]cell
	if cp.IsEmpty() {
		rows = append(rows, []cell{{{text: l.noCrisis, style: "I", color: &grey}}})
	} else {
		for _, part := range []struct{ head, text string }{
			{l.warningSigns, cp.WarningSigns},
			{l.whatHelps, cp.WhatHelps},
			{l.whomToCall, cp.WhomToCall},
		} {
			if strings.TrimSpace(part.text) == "" {
				continue
			}
			rows = append(rows, []cell{{{text: part.head, style: "B", color: &bandFill, gap: 0.5}, {text: part.text}}})
		}
	}
	rows = append(rows, []cell{{{text: l.emergency, style: "B"}}})
	// The crisis plan is cut out and hung on the fridge: one page if it can.
	t.keepTogether(rows)
}

package meeting

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// setupEntry is a citizen on the agenda being set up.
type setupEntry struct {
	board.AgendaEntry
	Skipped bool
}

// agendaSetup is the agenda, attendees and budget before the meeting
// starts.
type agendaSetup struct {
	Entries     []setupEntry
	Present     map[int64]bool
	order       []int64 // members in the order shown
	Facilitator int64
	Budget      time.Duration // 0 = the hour divided by the agenda
}

// newAgendaSetup proposes the agenda of the board rules, every active
// member ticked, and "the rest, if time allows" skipped until taken.
func newAgendaSetup(p *planning, me int64) *agendaSetup {
	a := &agendaSetup{Present: map[int64]bool{}, Facilitator: me}
	for _, e := range p.Agenda {
		a.Entries = append(a.Entries, setupEntry{AgendaEntry: e, Skipped: e.Section == board.AgendaRest})
	}
	for _, m := range p.Members {
		a.order = append(a.order, m.ID)
		a.Present[m.ID] = true
	}
	return a
}

func (a *agendaSetup) attendees() []int64 {
	var out []int64
	for _, id := range a.order {
		if a.Present[id] {
			out = append(out, id)
		}
	}
	return out
}

func (a *agendaSetup) move(from, to int) {
	if from < 0 || to < 0 || from >= len(a.Entries) || to >= len(a.Entries) {
		return
	}
	a.Entries[from], a.Entries[to] = a.Entries[to], a.Entries[from]
}

func (a *agendaSetup) skip(i int) {
	if i >= 0 && i < len(a.Entries) {
		a.Entries[i].Skipped = !a.Entries[i].Skipped
	}
}

func (a *agendaSetup) has(id int64) bool {
	for _, e := range a.Entries {
		if e.Citizen.ID == id {
			return true
		}
	}
	return false
}

func (a *agendaSetup) add(c *board.Citizen) {
	if c != nil && !a.has(c.ID) {
		a.Entries = append(a.Entries, setupEntry{AgendaEntry: board.AgendaEntry{Citizen: c, Section: board.AgendaRest}})
	}
}

// taken counts the citizens not skipped.
func (a *agendaSetup) taken() int {
	n := 0
	for _, e := range a.Entries {
		if !e.Skipped {
			n++
		}
	}
	return n
}

// agenda is the setup with only the citizens taken: the meeting's agenda.
// Those left out ("if time allows" not taken, or skipped here) were never
// on it, so the minutes neither list them as not reached nor as skipped;
// the agenda panel can still add one during the meeting.
func (a *agendaSetup) agenda() *agendaSetup {
	out := *a
	out.Entries = nil
	for _, e := range a.Entries {
		if !e.Skipped {
			out.Entries = append(out.Entries, e)
		}
	}
	return &out
}

// budgetChoices are the per-citizen budgets offered; 0 is automatic.
var budgetChoices = []time.Duration{0, 2 * time.Minute, 3 * time.Minute, 4 * time.Minute, 5 * time.Minute, 6 * time.Minute, 8 * time.Minute, 10 * time.Minute}

// showSetup shows the start screen: attendees, agenda, budget, Start.
func (v *view) showSetup() {
	setup := newAgendaSetup(v.plan, v.cfg.Me)
	v.showSetupWith(setup)
}

func (v *view) showSetupWith(setup *agendaSetup) {
	var redraw func()
	listBox := container.NewStack()
	summary := widget.NewLabel("")

	var budgetOpts []string
	for _, b := range budgetChoices {
		if b == 0 {
			budgetOpts = append(budgetOpts, T("meeting.budget_auto", "The hour divided by the agenda"))
		} else {
			budgetOpts = append(budgetOpts, T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": int(b / time.Minute)}))
		}
	}
	budget := widget.NewSelect(budgetOpts, nil)
	for i, b := range budgetChoices {
		if b == setup.Budget {
			budget.SetSelectedIndex(i)
		}
	}
	budget.OnChanged = func(string) {
		if i := budget.SelectedIndex(); i >= 0 {
			setup.Budget = budgetChoices[i]
			redraw()
		}
	}

	var checks []fyne.CanvasObject
	for _, id := range setup.order {
		id := id
		m := v.plan.ByID[id]
		ch := widget.NewCheck(m.Initials+" – "+m.Name, func(on bool) { setup.Present[id] = on })
		ch.SetChecked(setup.Present[id])
		checks = append(checks, ch)
	}

	redraw = func() {
		var rows []agendaRow
		for _, e := range setup.Entries {
			rows = append(rows, agendaRow{name: fullName(e.Citizen), note: sectionLabel(e.Section), skipped: e.Skipped})
		}
		list, _ := agendaList(rows, nil,
			func(i int) { setup.move(i, i-1); redraw() },
			func(i int) { setup.move(i, i+1); redraw() },
			func(i int) { setup.skip(i); redraw() })
		add := addCitizenPicker(v.plan, setup.has, func(id int64) { setup.add(v.plan.citizen(id)); redraw() })
		listBox.Objects = []fyne.CanvasObject{container.NewBorder(nil, add, nil, nil, container.NewVScroll(list))}
		listBox.Refresh()
		b := setup.Budget
		if b == 0 {
			b = board.PerCitizenBudget(board.MeetingLength-board.MeetingThemeOf(v.plan.Theme).Budget(), setup.taken())
		}
		summary.SetText(T("meeting.setup_summary", "{{.N}} citizens on the agenda, {{.Budget}} each",
			map[string]any{"N": setup.taken(), "Budget": fmtClock(b)}) + setupThemeLine(v.plan))
	}
	redraw()

	start := widget.NewButton(T("meeting.start", "Start meeting"), func() { v.start(setup) })
	start.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(T("meeting.setup_title", "Today's meeting, {{.Date}}", map[string]any{"Date": fmtLongDate(v.plan.Today)}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	attendees := container.NewBorder(
		widget.NewLabelWithStyle(T("meeting.attendees", "Attendees"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewVBox(widget.NewLabelWithStyle(T("meeting.budget", "Time per citizen"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), budget),
		nil, nil, container.NewVScroll(container.NewVBox(checks...)))
	agenda := container.NewBorder(
		widget.NewLabelWithStyle(T("meeting.agenda", "Agenda"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, listBox)
	split := container.NewHSplit(attendees, agenda)
	split.Offset = 0.3
	v.win.SetContent(container.NewBorder(title, container.NewBorder(nil, nil, nil, start, container.NewVBox(summary, v.status)), nil, nil, split))
}

// start creates the meeting in the file and shows it.
func (v *view) start(setup *agendaSetup) {
	if len(setup.attendees()) == 0 {
		v.showError(board.Errorf(board.EInvalid, "%s", T("meeting.error.attendees", "Tick who is at the meeting.")), nil)
		return
	}
	x, err := startSession(v.ctx, v.s, v.now, v.plan, setup.agenda())
	if v.fail(err) {
		return
	}
	v.x = x
	v.showMeeting()
}

package meeting

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// The wall while the citizen takes part: their plan in their own words,
// large and plain. It is built from scratch from the card's goals, open
// actions and coming appointments only, so nothing internal (notes, safety
// note, markers, the board's reason, the last meeting's notes) and no
// other citizen can reach it.

// showPresent fills the wall for the citizen in the room. cd is nil when
// the card on screen is not theirs: then the wall shows nothing personal.
func (p *presentation) showPresent(cd *card, x *session) {
	p.left = container.New(&columnLayout{})
	p.right = container.New(&columnLayout{})
	p.last = container.New(&columnLayout{})
	title := T("meeting.present.title", "The citizen takes part")
	var body fyne.CanvasObject
	switch {
	case cd == nil:
		p.name.SetText(title)
		p.sub.SetText("")
		body = container.New(&columnLayout{})
	case p.mode.readBack:
		p.name.SetText(cd.Citizen.DisplayName())
		p.sub.SetText(T("meeting.present.read_back_sub", "What we agreed today"))
		body = readBackColumn(x)
	default:
		p.name.SetText(cd.Citizen.DisplayName())
		p.sub.SetText(T("meeting.present.sub", "Your plan, {{.Date}}", map[string]any{"Date": words().PrintLongDate(x.plan.Today)}))
		p.fillPresentLeft(cd)
		p.fillPresentRight(cd, x)
		body = container.New(&cardLayout{}, p.left, p.right, p.last)
	}
	p.body.Objects = []fyne.CanvasObject{container.NewThemeOverride(body, p.theme)}
	p.body.Refresh()

	// The strip names no one else, and counts no one else either.
	p.count.SetText(title)
	p.compactCount.SetText(title)
	p.progress.set(0, 0)
	p.compactBar.set(0, 0)
	p.strip = container.NewVBox()
	if cd != nil {
		l := stripLabel(cd.Citizen.DisplayName(), widget.HighImportance)
		l.TextStyle = fyne.TextStyle{Bold: true}
		p.strip.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), nil, l))
	}
	p.stripBox.Objects = []fyne.CanvasObject{container.NewThemeOverride(p.strip, p.theme)}
	p.stripBox.Refresh()
	p.clock.update(x, x.now())
}

// plainLine is a line of the citizen's plan, in the wall's large type.
func plainLine(text string) *widget.Label { return kit.WrapLabel(text) }

func (p *presentation) fillPresentLeft(cd *card) {
	add := func(o ...fyne.CanvasObject) { p.left.Objects = append(p.left.Objects, o...) }
	add(heading(T("meeting.present.goals", "Your goals")))
	if len(cd.Goals) == 0 {
		add(dimLine(T("meeting.present.no_goals", "We write your goals together.")))
	}
	for _, g := range cd.Goals {
		add(plainLine("• " + g.Text))
	}
}

func (p *presentation) fillPresentRight(cd *card, x *session) {
	add := func(o ...fyne.CanvasObject) { p.right.Objects = append(p.right.Objects, o...) }
	add(heading(T("meeting.present.who_what", "Who does what, and by when")))
	if len(cd.Actions) == 0 {
		add(dimLine(T("meeting.none", "None")))
	}
	for _, a := range cd.Actions {
		add(plainLine(presentAction(a, x.plan)))
	}
	// The appointments go under the goals, the shorter column.
	add = func(o ...fyne.CanvasObject) { p.left.Objects = append(p.left.Objects, o...) }
	add(heading(T("meeting.present.next", "Your next appointments")))
	now := x.now()
	n := 0
	for _, o := range cd.Appointments {
		if o.Start.Before(now) {
			continue
		}
		if n == presentAppointments {
			break
		}
		n++
		add(plainLine(presentAppointment(o.Start, kindLabel(o.Appointment.Kind), o.Appointment.Participants, x.plan)))
	}
	if n == 0 {
		add(dimLine(T("meeting.none", "None")))
	}
}

// presentAppointments bounds the citizen's appointments so their plan
// fits the screen without scrolling.
const presentAppointments = 4

// memberName is a member's full name for the citizen (initials say little
// to someone outside the team).
func memberName(pl *planning, id int64) string {
	if m := pl.ByID[id]; m != nil && m.Name != "" {
		return m.Name
	}
	return pl.initials(id)
}

// presentAction is "Find a dentist – you or your network, by 3 December 2026".
func presentAction(a *board.Action, pl *planning) string {
	who := T("meeting.present.you", "you or your network")
	if a.ResponsibleID != 0 {
		who = memberName(pl, a.ResponsibleID)
	}
	if a.Due.IsZero() {
		return T("meeting.present.action", "• {{.What}} – {{.Who}}", map[string]any{"What": a.Text, "Who": who})
	}
	return T("meeting.present.action_due", "• {{.What}} – {{.Who}}, by {{.Due}}",
		map[string]any{"What": a.Text, "Who": who, "Due": words().PrintLongDate(a.Due)})
}

// presentAppointment is "3 December 2026 at 10:00: home visit with Anne Holm".
func presentAppointment(start time.Time, kind string, who []int64, pl *planning) string {
	var names []string
	for _, id := range who {
		names = append(names, memberName(pl, id))
	}
	data := map[string]any{"Day": words().PrintLongDate(board.DateOf(start.In(calendar.Copenhagen))), "Time": words().Clock(start), "Kind": kind, "Who": strings.Join(names, ", ")}
	if len(names) == 0 {
		return T("meeting.present.appointment", "• {{.Day}} at {{.Time}}: {{.Kind}}", data)
	}
	return T("meeting.present.appointment_with", "• {{.Day}} at {{.Time}}: {{.Kind}} with {{.Who}}", data)
}

// readBackColumn is today's decisions for the citizen, line by line, to
// read them back before they go into the minutes.
func readBackColumn(x *session) fyne.CanvasObject {
	col := container.New(&columnLayout{})
	col.Add(heading(T("meeting.present.read_back_sub", "What we agreed today")))
	it, _ := x.current()
	lines := 0
	if it != nil {
		for _, s := range strings.Split(it.Decisions, "\n") {
			if s = strings.TrimSpace(s); s != "" {
				col.Add(plainLine(s))
				lines++
			}
		}
	}
	if lines == 0 {
		col.Add(dimLine(T("meeting.present.nothing_agreed", "Nothing is written down yet.")))
	}
	return col
}

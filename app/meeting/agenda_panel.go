package meeting

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// agendaRow is what a row of an agenda list shows and can do.
type agendaRow struct {
	name                        string
	note                        string // section or state
	current, discussed, skipped bool
}

// agendaList draws rows with "go", up, down and skip buttons. It is used
// by the setup screen and by the running meeting.
func agendaList(rows []agendaRow, onGo, onUp, onDown, onSkip func(i int)) (fyne.CanvasObject, []*widget.Button) {
	box := container.NewVBox()
	var buttons []*widget.Button
	for i, r := range rows {
		i := i
		icon := rowIcon(r)
		label := r.name
		if r.note != "" {
			label += "  ·  " + r.note
		}
		var main fyne.CanvasObject
		if onGo != nil {
			b := widget.NewButtonWithIcon(label, icon, func() { onGo(i) })
			b.Alignment = widget.ButtonAlignLeading
			styleAgendaButton(b, r)
			buttons = append(buttons, b)
			main = b
		} else {
			l := widget.NewLabel(label)
			l.Truncation = fyne.TextTruncateEllipsis
			if r.skipped {
				l.Importance = widget.LowImportance
			}
			main = container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
		}
		skipText := T("meeting.skip", "Skip")
		if r.skipped {
			skipText = T("meeting.unskip", "Take")
		}
		up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { onUp(i) })
		down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { onDown(i) })
		if i == 0 {
			up.Disable()
		}
		if i == len(rows)-1 {
			down.Disable()
		}
		skip := widget.NewButton(skipText, func() { onSkip(i) })
		box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(up, down, skip), main))
	}
	return box, buttons
}

func rowIcon(r agendaRow) fyne.Resource {
	switch {
	case r.current:
		return theme.NewThemedResource(theme.NavigateNextIcon())
	case r.skipped:
		return theme.NewThemedResource(theme.ContentRemoveIcon())
	case r.discussed:
		return theme.NewThemedResource(theme.ConfirmIcon())
	}
	return theme.NewThemedResource(theme.RadioButtonIcon())
}

// styleAgendaButton shows a row's state on its button.
func styleAgendaButton(b *widget.Button, r agendaRow) {
	b.Icon = rowIcon(r)
	b.Importance = widget.LowImportance
	if r.current {
		b.Importance = widget.HighImportance
	}
	b.Refresh()
}

// addCitizenPicker is a select of the citizens not on the agenda.
func addCitizenPicker(p *planning, on func(id int64) bool, add func(id int64)) fyne.CanvasObject {
	var opts []string
	var ids []int64
	for _, c := range p.Citizens {
		if !on(c.ID) {
			opts = append(opts, fullName(c))
			ids = append(ids, c.ID)
		}
	}
	sel := widget.NewSelect(opts, nil)
	sel.PlaceHolder = T("meeting.add_citizen", "Add a citizen to the agenda…")
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			add(ids[i])
		}
	}
	return sel
}

// agendaPanel is the running meeting's agenda for the facilitator: go to a
// citizen, reorder, skip, add.
type agendaPanel struct {
	v       *view
	box     *fyne.Container
	content fyne.CanvasObject
	// live is whether the panel is on screen; when not (one screen, the
	// dialog closed) it is rebuilt only when shown.
	live bool
	// key is the order and skips the rows were built for; a walk that
	// keeps them only updates the rows that changed.
	key     string
	rows    []agendaRow
	buttons []*widget.Button
}

func newAgendaPanel(v *view) *agendaPanel {
	p := &agendaPanel{v: v, box: container.NewStack()}
	p.content = container.NewBorder(widget.NewLabelWithStyle(T("meeting.agenda", "Agenda"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, p.box)
	return p
}

func (p *agendaPanel) refresh() {
	if !p.live {
		return
	}
	x := p.v.x
	var rows []agendaRow
	key := ""
	for i, it := range x.meeting().Items {
		rows = append(rows, agendaRow{name: x.plan.fullName(it.CitizenID), current: i == x.ms.Current, discussed: it.WasDiscussed(), skipped: it.Skipped})
		key += fmt.Sprintf("%d:%v,", it.CitizenID, it.Skipped)
	}
	key += fmt.Sprintf("theme:%v", x.ms.OnTheme())
	if key == p.key && len(p.buttons) == len(rows) {
		for i, r := range rows {
			if r != p.rows[i] {
				styleAgendaButton(p.buttons[i], r)
			}
		}
		p.rows = rows
		return
	}
	p.key, p.rows = key, rows
	var list fyne.CanvasObject
	list, p.buttons = agendaList(rows, p.v.goTo,
		func(i int) { p.v.step(func() error { return x.move(i, i-1) }) },
		func(i int) { p.v.step(func() error { return x.move(i, i+1) }) },
		func(i int) { p.v.step(func() error { return x.skip(i) }) })
	add := addCitizenPicker(x.plan, func(id int64) bool { return x.meeting().Item(id) != nil },
		func(id int64) { p.v.step(func() error { return x.add(id) }) })
	if x.meeting().Theme.Set() {
		list = container.NewVBox(themeAgendaButton(p.v), list)
	}
	p.box.Objects = []fyne.CanvasObject{container.NewBorder(nil, add, nil, nil, container.NewVScroll(list))}
	p.box.Refresh()
}

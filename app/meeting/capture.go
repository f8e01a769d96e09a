package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// capture is the facilitator's panel for the citizen on screen: notes and
// decisions, quick action and appointment, discussed, board change, and
// the walk through the agenda.
type capture struct {
	v         *view
	name      *widget.Label
	notes     *widget.Entry
	decisions *widget.Entry
	change    *widget.Label // the board change made in this meeting
	discussed *widget.Check
	boardBtn  *widget.Button
	printBtn  *widget.Button // nil when the app gives no PrintPlan
	present   *presentControls
	notesHead *widget.Label // hidden with the notes while the citizen takes part on one screen
	// decisionsHead and decisions hide on the day's theme, whose minutes
	// keep notes only; themeHint says so in their place.
	decisionsHead *widget.Label
	themeHint     *widget.Label
	// citizenBtns are the buttons for the citizen on screen (new action,
	// new appointment): disabled on the day's theme.
	citizenBtns []*widget.Button
	// typedIn is the field last typed in: the focus goes back to it when
	// a dialog closes.
	typedIn *widget.Entry
	loading bool // set while the fields are filled from the model
	content fyne.CanvasObject
}

func newCapture(v *view) *capture {
	c := &capture{v: v, name: widget.NewLabel(""), notes: widget.NewMultiLineEntry(), decisions: widget.NewMultiLineEntry(), change: widget.NewLabel("")}
	c.name.TextStyle = fyne.TextStyle{Bold: true}
	c.name.SizeName = theme.SizeNameSubHeadingText
	c.name.Wrapping = fyne.TextWrapWord
	c.change.Wrapping = fyne.TextWrapWord
	c.notes.Wrapping, c.decisions.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	c.notes.SetMinRowsVisible(5)
	c.decisions.SetMinRowsVisible(5)
	c.notes.SetPlaceHolder(T("meeting.notes_hint", "What was said"))
	c.decisions.SetPlaceHolder(T("meeting.decisions_hint", "What was decided"))
	changed := func(e *widget.Entry) func(string) {
		return func(string) {
			if !c.loading {
				c.typedIn = e
				v.textChanged(c.notes.Text, c.decisions.Text)
			}
		}
	}
	c.notes.OnChanged, c.decisions.OnChanged = changed(c.notes), changed(c.decisions)
	c.discussed = widget.NewCheck(T("meeting.discussed", "Discussed"), func(on bool) {
		if c.loading {
			return
		}
		if it, _ := v.x.current(); it != nil && it.WasDiscussed() != on {
			v.toggleDiscussed()
		}
	})
	c.boardBtn = widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), v.boardChange)
	prev := widget.NewButtonWithIcon(T("meeting.prev", "Previous"), theme.NavigateBackIcon(), v.prev)
	next := widget.NewButtonWithIcon(T("meeting.next", "Next (Space)"), theme.NavigateNextIcon(), v.next)
	next.Importance = widget.HighImportance
	action := widget.NewButtonWithIcon(T("meeting.new_action_key", "New action (N)"), theme.ContentAddIcon(), v.newAction)
	appt := widget.NewButtonWithIcon(T("meeting.new_appointment_key", "New appointment (A)"), theme.HistoryIcon(), v.newAppointment)
	end := widget.NewButtonWithIcon(T("meeting.end", "End meeting"), theme.MediaStopIcon(), v.confirmEnd)
	end.Importance = widget.DangerImportance
	agenda := widget.NewButtonWithIcon(T("meeting.edit_agenda", "Agenda…"), theme.ListIcon(), func() {
		v.guardPresent(false, func() {
			v.agenda.live = true
			v.agenda.refresh()
			d := dialog.NewCustom(T("meeting.agenda", "Agenda"), T("meeting.close", "Close"), v.agenda.content, v.win)
			d.SetOnClosed(func() {
				v.agenda.live = false
				v.refocus()
			})
			d.Resize(fyne.NewSize(700, 700))
			d.Show()
		})
	})
	c.present = newPresentControls(v)
	top := container.NewVBox(c.name, c.discussed, c.present.content)
	c.notesHead = widget.NewLabelWithStyle(T("meeting.notes", "Notes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.decisionsHead = widget.NewLabelWithStyle(T("meeting.decisions", "Decisions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.themeHint = widget.NewLabel(T("meeting.theme.notes_only", "On the day's theme, write everything in Notes: the minutes keep the theme's notes."))
	c.themeHint.Wrapping = fyne.TextWrapWord
	c.themeHint.Hide()
	c.citizenBtns = []*widget.Button{action, appt}
	fields := container.NewVBox(
		c.notesHead, c.notes,
		c.decisionsHead, c.decisions, c.themeHint,
		c.change,
		container.NewGridWithColumns(2, action, appt),
		c.boardBtn,
	)
	if v.cfg.PrintPlan != nil {
		c.printBtn = widget.NewButtonWithIcon(T("meeting.print_plan", "Print plan"), theme.DocumentPrintIcon(), v.printPlan)
		fields.Objects[len(fields.Objects)-1] = container.NewGridWithColumns(2, c.boardBtn, c.printBtn)
	}
	walk := container.NewGridWithColumns(2, prev, next)
	keys := widget.NewLabel(T("meeting.keys", "Keys: Space or right arrow next, left arrow previous, N new action, A new appointment, Esc leaves full screen."))
	keys.Wrapping = fyne.TextWrapWord
	keys.SizeName = theme.SizeNameCaptionText
	fields.Add(keys)
	bottom := container.NewVBox(walk, container.NewGridWithColumns(2, agenda, end))
	if v.two {
		bottom = container.NewVBox(walk, end)
	}
	c.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil, container.NewVScroll(fields)))
	return c
}

// show fills the panel from the current agenda item.
func (c *capture) show() {
	c.loading = true
	defer func() { c.loading = false }()
	c.present.show()
	c.showNotes(!c.v.present.on() || c.v.two)
	if c.showTheme() {
		return
	}
	it, _ := c.v.x.current()
	if it == nil || c.v.card == nil {
		c.name.SetText(T("meeting.empty", "The agenda is empty"))
		c.notes.SetText("")
		c.decisions.SetText("")
		c.change.SetText("")
		c.showCitizenOnly(false)
		return
	}
	c.showCitizenOnly(true)
	// On one screen while the citizen takes part this panel is on the
	// shared screen: the name the citizen likes, as on the wall.
	if shared := c.v.present.on() && !c.v.two; shared {
		c.name.SetText(c.v.card.Citizen.DisplayName())
	} else {
		c.name.SetText(fullName(c.v.card.Citizen))
	}
	c.notes.SetText(it.Notes)
	c.decisions.SetText(it.Decisions)
	c.change.SetText(it.BoardChange)
	c.showDiscussed(it)
	f := &boardForm{on: !c.v.card.Citizen.OnBoard}
	c.boardBtn.SetText(f.title() + "…")
}

// showTheme fills the panel for the day's theme: its notes go into the
// minutes; decisions and the citizen's buttons have no place there. It
// reports whether the theme is on screen.
func (c *capture) showTheme() bool {
	on := c.v.x.ms.OnTheme()
	if on {
		t := c.v.x.meeting().Theme
		c.name.SetText(T("meeting.theme.row", "Theme: {{.Title}}", map[string]any{"Title": t.Title}))
		c.notes.SetText(t.Notes)
		c.decisions.SetText("")
		c.change.SetText(themeSubtitle(t, c.v.plan))
		c.decisionsHead.Hide()
		c.decisions.Hide()
		c.themeHint.Show()
		c.discussed.Disable()
		c.showCitizenOnly(false)
	} else {
		c.decisionsHead.Show()
		c.decisions.Show()
		c.themeHint.Hide()
		c.discussed.Enable()
	}
	for _, b := range c.citizenBtns {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	return on
}

// showCitizenOnly shows the buttons that act on a citizen's record (the
// board change and the plan) only while a citizen is on screen: on the
// day's theme or an empty agenda they had nothing to act on, and the board
// button had no words, only its icon.
func (c *capture) showCitizenOnly(on bool) {
	for _, b := range []*widget.Button{c.boardBtn, c.printBtn} {
		switch {
		case b == nil:
		case on:
			b.Show()
		default:
			b.Hide()
		}
	}
}

// showNotes shows or hides the internal notes field: on one screen the
// facilitator's window is the shared screen, so the notes hide while the
// citizen takes part.
func (c *capture) showNotes(on bool) {
	if on {
		c.notesHead.Show()
		c.notes.Show()
	} else {
		c.notesHead.Hide()
		c.notes.Hide()
	}
}

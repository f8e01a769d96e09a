package waiting

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

// The "Til indskrivning" section: citizens whose intake is booked
// (board.StatusIntake), with the meeting's time. The intake meeting writes
// the first plan with the citizen's wishes and goals (the record's Goals
// tab, through Config.OpenPlan); once a goal is written the team marks the
// course as started, which makes the citizen active and ends the step.

// intakeEntry is one citizen in intake: the booked intake meeting (nil
// when none is found) and whether the plan has a goal yet.
type intakeEntry struct {
	Citizen *board.Citizen
	Meeting *calendar.Appointment
	HasGoal bool
}

// intakeRow is a row's widgets in the intake section.
type intakeRow struct {
	name, detail *widget.Label
	plan, start  *widget.Button
}

// intakeSection is the section's widgets and what it shows.
type intakeSection struct {
	entries []intakeEntry
	title   *widget.Label
	summary *widget.Label
	list    *widget.List
	rows    map[*fyne.Container]*intakeRow
	content fyne.CanvasObject
}

func (sc *Screen) newIntakeSection() *intakeSection {
	is := &intakeSection{title: widget.NewLabel(T("waiting.intake.title", "Ready for intake")),
		summary: widget.NewLabel(""), rows: map[*fyne.Container]*intakeRow{}}
	is.title.TextStyle = fyne.TextStyle{Bold: true}
	is.summary.Wrapping = fyne.TextWrapWord
	is.list = widget.NewList(func() int { return len(is.entries) }, sc.newIntakeRow, sc.updateIntakeRow)
	is.content = container.NewBorder(container.NewVBox(widget.NewSeparator(), is.title, is.summary), nil, nil, nil, is.list)
	return is
}

// intakeMeeting picks the citizen's intake meeting from its appointments
// (ordered by start): a single, not cancelled team meeting, the next one
// not yet over, else the latest held one.
func intakeMeeting(as []*calendar.Appointment, now time.Time) *calendar.Appointment {
	var last *calendar.Appointment
	for _, a := range as {
		if a.Kind != calendar.KindMeeting || a.Recurrence.Freq != calendar.FreqNone ||
			a.Status == calendar.StatusCancelled || a.Status == calendar.StatusNoShow {
			continue
		}
		if a.End.After(now) {
			return a
		}
		last = a
	}
	return last
}

// reloadIntake reads the citizens in intake, their meetings and goals.
func (sc *Screen) reloadIntake() error {
	is := sc.intake
	cs, err := sc.s.FindCitizens(sc.ctx, board.CitizenFilter{Status: board.StatusIntake})
	if err != nil {
		return err
	}
	entries := make([]intakeEntry, 0, len(cs))
	for _, c := range cs {
		as, err := sc.s.FindAppointments(sc.ctx, calendar.Filter{CitizenID: c.ID})
		if err != nil {
			return err
		}
		plan, err := sc.s.FindPlan(sc.ctx, c.ID)
		if err != nil {
			return err
		}
		entries = append(entries, intakeEntry{Citizen: c, Meeting: intakeMeeting(as, sc.cfg.Now()), HasGoal: len(plan.Goals) > 0})
	}
	is.entries = entries
	if len(entries) == 0 {
		is.summary.SetText(T("waiting.intake.empty", "No citizen has a booked intake."))
	} else {
		is.summary.SetText(T("waiting.intake.summary", "{{.N}} booked. The intake meeting writes the first plan with the citizen's wishes and goals.", map[string]any{"N": len(entries)}))
	}
	is.list.Refresh()
	return nil
}

// intakeDetail is a row's second line: when the intake is, and the goals.
func intakeDetail(e intakeEntry) string {
	parts := []string{T("waiting.intake.no_meeting", "No intake meeting in the calendar")}
	if e.Meeting != nil {
		parts[0] = T("waiting.intake.at", "Intake {{.Day}} at {{.Time}}", map[string]any{
			"Day": kit.FmtDate(board.DateOf(e.Meeting.Start.In(calendar.Copenhagen))), "Time": kit.FmtTime(e.Meeting.Start)})
	}
	if e.HasGoal {
		parts = append(parts, T("waiting.intake.has_goal", "the plan has goals"))
	} else {
		parts = append(parts, T("waiting.intake.no_goal", "no goals written yet"))
	}
	return strings.Join(parts, " · ")
}

func (sc *Screen) newIntakeRow() fyne.CanvasObject {
	r := &intakeRow{name: widget.NewLabel(""), detail: widget.NewLabel("")}
	r.name.TextStyle = fyne.TextStyle{Bold: true}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.SizeName = theme.SizeNameCaptionText
	r.plan = widget.NewButtonWithIcon(T("waiting.intake.write_plan", "Write first plan…"), theme.DocumentCreateIcon(), nil)
	r.plan.Importance = widget.HighImportance
	r.start = widget.NewButtonWithIcon(T("waiting.intake.start", "Care has started"), theme.ConfirmIcon(), nil)
	buttons := container.NewCenter(container.NewHBox(r.plan, r.start))
	icon := widget.NewIcon(theme.CalendarIcon())
	box := container.NewBorder(nil, nil, icon, buttons, container.NewVBox(r.name, r.detail))
	sc.intake.rows[box] = r
	return box
}

func (sc *Screen) updateIntakeRow(i widget.ListItemID, o fyne.CanvasObject) {
	is := sc.intake
	if i < 0 || i >= len(is.entries) {
		return
	}
	r := is.rows[o.(*fyne.Container)]
	if r == nil {
		return
	}
	e := is.entries[i]
	c := e.Citizen
	r.name.SetText(c.Name)
	r.detail.SetText(intakeDetail(e))
	r.plan.OnTapped = func() { sc.openPlan(c) }
	r.start.OnTapped = func() { sc.startCourse(c) }
	if sc.cfg.OpenPlan == nil {
		r.plan.Hide()
	} else {
		r.plan.Show()
	}
	// Without a goal there is no plan to start on: the button waits.
	if e.HasGoal {
		r.start.Show()
	} else {
		r.start.Hide()
	}
	if sc.readOnly() {
		r.start.Disable()
	} else {
		r.start.Enable()
	}
	o.Refresh()
}

// openPlan opens the citizen's record on the Goals tab (the shell).
func (sc *Screen) openPlan(c *board.Citizen) {
	if sc.cfg.OpenPlan != nil {
		sc.cfg.OpenPlan(c.ID)
	}
}

// startCourse marks the citizen as active once the plan has a goal: the
// citizen leaves the section and the status line says so.
func (sc *Screen) startCourse(c *board.Citizen) {
	if sc.readOnly() || !sc.intakeHasGoal(c.ID) {
		return
	}
	mine := *c
	mine.Status = board.StatusActive
	kept, err := sc.saveCitizen(c, &mine)
	sc.saved(kept, err)
	if err == nil && !kept {
		sc.status.SetText(T("waiting.intake.started", "{{.Name}} is now active.", map[string]any{"Name": c.Name}))
	}
}

func (sc *Screen) intakeHasGoal(id int64) bool {
	for _, e := range sc.intake.entries {
		if e.Citizen.ID == id {
			return e.HasGoal
		}
	}
	return false
}

// IntakeCitizens are the citizens shown in the intake section, in order
// (for the shell's tests).
func (sc *Screen) IntakeCitizens() []*board.Citizen {
	out := make([]*board.Citizen, len(sc.intake.entries))
	for i, e := range sc.intake.entries {
		out[i] = e.Citizen
	}
	return out
}

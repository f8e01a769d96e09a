package kit

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// A date field is our own entry (it reads "4.12", "i morgen", "fredag"…
// through board.ParseTypedDate) with a calendar button inside it. Fyne's
// widget.DateEntry cannot be used: it replaces the entry's Validator with
// the system locale's one fixed layout, names the month in English
// ("January 2006" from Go's time.Format), takes the first weekday from the
// PC's locale rather than the app's language, and always opens at today.
// So the button opens datePicker: Monday first, month and weekday names
// from our catalogue, opening at the field's own date.

// withDatePicker puts the calendar button into e.
func withDatePicker(e *Entry) {
	b := widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), func() { showDatePicker(e) })
	b.Importance = widget.LowImportance
	e.ActionItem = b
}

// showDatePicker opens the month of e's date (or today's) under e.
func showDatePicker(e *Entry) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil || e.Disabled() {
		return
	}
	today := entryToday(e)
	chosen, _ := board.ParseTypedDate(e.Text, today)
	var pop *widget.PopUp
	p := newDatePicker(today, chosen, func(d board.Date) {
		pop.Hide()
		e.SetText(FmtDate(d))
		c.Focus(e)
	})
	pop = widget.NewPopUp(p.root, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, e.Size().Height)))
}

// datePicker is one month of day buttons, Monday first.
type datePicker struct {
	today, chosen board.Date
	month         board.Date // the first of the month shown
	pick          func(board.Date)
	title         *widget.Label
	days          *fyne.Container
	root          fyne.CanvasObject
}

func newDatePicker(today, chosen board.Date, pick func(board.Date)) *datePicker {
	p := &datePicker{today: today, chosen: chosen, pick: pick, title: widget.NewLabel("")}
	start := chosen
	if start.IsZero() {
		start = today
	}
	p.month = board.Date{Year: start.Year, Month: start.Month, Day: 1}
	p.title.Alignment = fyne.TextAlignCenter
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.show(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.show(1) })
	p.days = container.NewGridWithColumns(7)
	p.root = container.NewVBox(container.NewBorder(nil, nil, prev, next, p.title), p.days)
	p.show(0)
	return p
}

// show moves by n months and draws the month.
func (p *datePicker) show(n int) {
	t := p.month.In(time.UTC).AddDate(0, n, 0)
	p.month = board.DateOf(t)
	p.title.SetText(Words().Month(p.month.Month) + " " + strconv.Itoa(p.month.Year))
	var cells []fyne.CanvasObject
	for i := range 7 {
		h := widget.NewLabel(WeekdayShort(i))
		h.Alignment = fyne.TextAlignCenter
		cells = append(cells, h)
	}
	for range (int(p.month.Weekday()) + 6) % 7 { // Monday first
		cells = append(cells, widget.NewLabel(""))
	}
	for d := range board.DaysIn(p.month.Year, p.month.Month) {
		day := p.month.AddDays(d)
		b := widget.NewButton(strconv.Itoa(day.Day), func() { p.pick(day) })
		switch day {
		case p.chosen:
			b.Importance = widget.HighImportance
		case p.today:
			b.Importance = widget.MediumImportance
		default:
			b.Importance = widget.LowImportance
		}
		cells = append(cells, b)
	}
	p.days.Objects = cells
	p.days.Refresh()
}

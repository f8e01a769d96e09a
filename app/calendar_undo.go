package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/calendar"
)

// undoFor is how long the calendar offers to take back a quick mark.
const undoFor = 30 * time.Second

// undoLine is the calendar's status line after a quick mark (held, no-show,
// cancelled): what was marked, and "Undo" for a while.
type undoLine struct {
	note *widget.Label
	btn  *widget.Button
	row  *fyne.Container
	undo func()
	gen  int // which mark the line shows, so an old timer hides nothing newer
}

func newUndoLine() *undoLine {
	l := &undoLine{note: widget.NewLabel("")}
	l.btn = widget.NewButton(T("cal.undo", "Undo"), func() {
		if do := l.undo; do != nil {
			l.hide()
			do()
		}
	})
	l.row = container.NewHBox(l.note, l.btn)
	l.row.Hide()
	return l
}

// offer shows text with an undo button until undoFor has passed.
func (l *undoLine) offer(text string, undo func()) {
	l.gen++
	gen := l.gen
	l.note.SetText(text)
	l.undo = undo
	l.row.Show()
	time.AfterFunc(undoFor, func() {
		fyne.Do(func() {
			if l.gen == gen {
				l.hide()
			}
		})
	})
}

func (l *undoLine) hide() {
	l.gen++
	l.undo = nil
	l.row.Hide()
}

// mark gives occurrence o status s and offers to take it back.
func (v *calendarView) mark(o calendar.Occurrence, s calendar.Status) {
	was := o.EffectiveStatus()
	v.u.markOccurrence(o, s, func() {
		v.reload()
		if s == was {
			return
		}
		text := T("cal.marked", "{{.Title}} {{.When}}: {{.Status}}", map[string]any{
			"Title": o.Appointment.Title, "When": occurrenceDay(o.Start), "Status": kit.ApptStatusLabel(s)})
		v.undo.offer(text, func() { v.unmark(o, was) })
	})
}

// unmark gives the occurrence o was back its status was, as it is now
// stored (the mark made a new version of the appointment).
func (v *calendarView) unmark(o calendar.Occurrence, was calendar.Status) {
	a, err := v.u.store.FindAppointmentByID(v.u.ctx, o.Appointment.ID)
	if err != nil {
		kit.ShowError(v.u.win, err)
		return
	}
	cur, ok := a.OccurrenceAt(o.Original)
	if !ok {
		v.reload()
		return
	}
	v.u.markOccurrence(cur, was, v.reload)
}

package meeting

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/calendar"
)

// The quick forms of the capture: new action, new appointment, board
// change. Each is a plain struct of widgets with a submit that goes
// through the session, so tests fill the fields and submit without
// clicking through a dialog.

// memberPicker is a select of the active members, "AK – Anne Kristensen".
type memberPicker struct {
	sel *widget.Select
	ids []int64
}

func newMemberPicker(p *planning, preferred int64) *memberPicker {
	mp := &memberPicker{}
	var opts []string
	sel := 0
	for i, m := range p.Members {
		opts = append(opts, m.Initials+" – "+m.Name)
		mp.ids = append(mp.ids, m.ID)
		if m.ID == preferred {
			sel = i
		}
	}
	mp.sel = widget.NewSelect(opts, nil)
	if len(opts) > 0 {
		mp.sel.SetSelectedIndex(sel)
	}
	return mp
}

func (mp *memberPicker) id() int64 {
	if i := mp.sel.SelectedIndex(); i >= 0 && i < len(mp.ids) {
		return mp.ids[i]
	}
	return 0
}

// firstResponsible is the citizen's first responsible member, or me.
func firstResponsible(c *board.Citizen, me int64) int64 {
	if c != nil && len(c.Responsible) > 0 {
		return c.Responsible[0].MemberID
	}
	return me
}

type actionForm struct {
	text *widget.Entry
	who  *memberPicker
	due  *widget.Entry
}

func newActionForm(v *view) *actionForm {
	f := &actionForm{text: widget.NewEntry(), who: newMemberPicker(v.plan, firstResponsible(v.citizen(), v.cfg.Me)), due: widget.NewEntry()}
	f.text.SetPlaceHolder(T("meeting.action.text_hint", "What is to be done"))
	f.due.SetPlaceHolder(T("meeting.date_hint", "26/11 or +7"))
	f.due.SetText(fmtLongDate(v.plan.Today.AddDays(7)))
	return f
}

func (f *actionForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("meeting.action.text", "Action"), f.text),
		widget.NewFormItem(T("meeting.action.who", "Responsible"), f.who.sel),
		widget.NewFormItem(T("meeting.action.due", "Due"), f.due),
	}
}

func (f *actionForm) submit(v *view) error {
	due, err := parseDay(f.due.Text, v.plan.Today)
	if err != nil {
		return err
	}
	return v.x.addAction(&board.Action{Text: f.text.Text, ResponsibleID: f.who.id(), Due: due})
}

type appointmentForm struct {
	kind   *widget.Select
	day    *widget.Entry
	clock  *widget.Entry
	length *widget.Select
	who    *memberPicker
}

var lengths = []time.Duration{15 * time.Minute, 30 * time.Minute, 45 * time.Minute, time.Hour, 90 * time.Minute, 2 * time.Hour}

func newAppointmentForm(v *view) *appointmentForm {
	var kinds, lens []string
	for _, k := range calendar.Kinds {
		kinds = append(kinds, kindLabel(k))
	}
	for _, l := range lengths {
		lens = append(lens, T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": int(l / time.Minute)}))
	}
	f := &appointmentForm{
		kind: widget.NewSelect(kinds, nil), day: widget.NewEntry(), clock: widget.NewEntry(),
		length: widget.NewSelect(lens, nil), who: newMemberPicker(v.plan, firstResponsible(v.citizen(), v.cfg.Me)),
	}
	f.kind.SetSelectedIndex(0)
	f.length.SetSelectedIndex(3)
	f.day.SetPlaceHolder(T("meeting.date_hint", "26/11 or +7"))
	f.day.SetText(fmtLongDate(v.plan.Today.AddDays(7)))
	f.clock.SetText("10:00")
	return f
}

func (f *appointmentForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("meeting.appointment.kind", "Kind"), f.kind),
		widget.NewFormItem(T("meeting.appointment.day", "Date"), f.day),
		widget.NewFormItem(T("meeting.appointment.time", "Time"), f.clock),
		widget.NewFormItem(T("meeting.appointment.length", "Length"), f.length),
		widget.NewFormItem(T("meeting.appointment.who", "Member"), f.who.sel),
	}
}

func (f *appointmentForm) submit(v *view) error {
	day, err := parseDay(f.day.Text, v.plan.Today)
	if err != nil {
		return err
	}
	if day.IsZero() {
		return board.Errorf(board.EInvalid, "%s", T("meeting.error.date", "Write the date as 26/11 or 26/11/2026."))
	}
	h, m, err := parseClock(f.clock.Text)
	if err != nil {
		return err
	}
	kind := calendar.KindOther
	if i := f.kind.SelectedIndex(); i >= 0 {
		kind = calendar.Kinds[i]
	}
	length := time.Hour
	if i := f.length.SelectedIndex(); i >= 0 {
		length = lengths[i]
	}
	start := at(day, h, m)
	a := &calendar.Appointment{Kind: kind, Start: start, End: start.Add(length)}
	if id := f.who.id(); id != 0 {
		a.Participants = []int64{id}
	}
	return v.x.addAppointment(a)
}

type boardForm struct {
	on     bool // put on the board (else take off)
	reason *widget.Entry
	review *widget.Entry
}

func newBoardForm(v *view) *boardForm {
	c := v.citizen()
	f := &boardForm{on: c == nil || !c.OnBoard, reason: widget.NewMultiLineEntry(), review: widget.NewEntry()}
	f.reason.SetMinRowsVisible(2)
	f.review.SetPlaceHolder(T("meeting.date_hint", "26/11 or +7"))
	if f.on {
		f.review.SetText(fmtLongDate(v.plan.Today.AddDays(42)))
	}
	return f
}

func (f *boardForm) title() string {
	if f.on {
		return T("meeting.board.on", "Put on the board")
	}
	return T("meeting.board.off", "Take off the board")
}

func (f *boardForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("meeting.board.reason", "Reason"), f.reason),
		widget.NewFormItem(T("meeting.board.review", "Review date"), f.review),
	}
}

func (f *boardForm) submit(v *view) error {
	review, err := parseDay(f.review.Text, v.plan.Today)
	if err != nil {
		return err
	}
	return v.x.changeBoard(v.citizen(), f.on, f.reason.Text, review)
}

// formDialog shows a form; on confirm it submits and, on error, shows the
// error and opens the form again with what was typed.
func (v *view) formDialog(title string, items []*widget.FormItem, submit func(*view) error) {
	d := dialog.NewForm(title, T("meeting.save", "Save"), T("meeting.cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			v.refocus()
			return
		}
		if err := v.submit(submit); err != nil {
			v.showError(err, func() { v.formDialog(title, items, submit) })
			return
		}
		v.refocus()
	}, v.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
	if len(items) > 0 {
		if e, ok := items[0].Widget.(fyne.Focusable); ok {
			v.win.Canvas().Focus(e)
		}
	}
}

// submit runs a form's submit and shows the result.
func (v *view) submit(fn func(*view) error) error {
	if err := fn(v); err != nil {
		return err
	}
	v.clearError()
	v.refresh()
	return nil
}

func (v *view) newAction() {
	if v.x == nil || v.card == nil {
		return
	}
	f := newActionForm(v)
	v.formDialog(T("meeting.new_action", "New action"), f.items(), f.submit)
}

func (v *view) newAppointment() {
	if v.x == nil || v.card == nil {
		return
	}
	f := newAppointmentForm(v)
	v.formDialog(T("meeting.new_appointment", "New appointment"), f.items(), f.submit)
}

func (v *view) boardChange() {
	if v.x == nil || v.card == nil {
		return
	}
	f := newBoardForm(v)
	v.formDialog(f.title(), f.items(), f.submit)
}

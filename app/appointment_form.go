package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// apptForm is the form for one appointment, used by the calendar and by
// the citizen record.
type apptForm struct {
	u                     *UI
	a                     *calendar.Appointment
	title, place, notes   *kit.Entry
	day, from, to, until  *kit.Entry
	kind, citizen, status *widget.Select
	freq                  *widget.Select
	who                   *memberPicker
	warning               *widget.Label
	citizenIDs            []int64
	confirmedClash        string        // the times the user accepted a double booking for
	problem               *widget.Label // the dialog's problem line, cleared when a double booking is gone

	// occ is the occurrence edited alone ("only this one"), else nil.
	occ *calendar.Occurrence
	// dropped are the changes to single occurrences the edited series no
	// longer has (its times or rule changed); confirmedDrop is the form
	// state the person accepted losing them for.
	dropped       []calendar.Exception
	confirmedDrop string
}

func (u *UI) newApptForm(a *calendar.Appointment) *apptForm {
	f := &apptForm{u: u, a: a}
	f.title, f.place, f.notes = newKeyEntry(u), newKeyEntry(u), newKeyEntry(u)
	f.title.SetText(a.Title)
	f.place.SetText(a.Place)
	f.notes.SetText(a.Notes)
	start := a.Start.In(calendar.Copenhagen)
	f.day = newDateEntry(u, board.DateOf(start))
	f.from, f.to = newKeyEntry(u), newKeyEntry(u)
	f.from.SetText(kit.FmtTime(a.Start))
	f.to.SetText(kit.FmtTime(a.End))
	for _, e := range []*kit.Entry{f.from, f.to} {
		e.SetPlaceHolder("09:30")
		e.Validator = func(s string) error {
			if _, _, err := kit.ParseClock(s); err != nil {
				return kit.ErrPlain(T("time.invalid", "Write the time as hours:minutes, e.g. 09:30."))
			}
			return nil
		}
	}
	var kinds []string
	for _, k := range calendar.Kinds {
		kinds = append(kinds, kit.KindLabel(k))
	}
	f.kind = widget.NewSelect(kinds, nil)
	f.kind.SetSelected(kit.KindLabel(a.Kind))

	citizens, _ := u.store.FindCitizens(u.ctx, board.CitizenFilter{})
	opts := []string{T("appt.team_event", "Team event (no citizen)")}
	f.citizenIDs = []int64{0}
	for _, c := range citizens {
		opts = append(opts, c.Name)
		f.citizenIDs = append(f.citizenIDs, c.ID)
	}
	f.citizen = widget.NewSelect(opts, nil)
	for i, id := range f.citizenIDs {
		if id == a.CitizenID {
			f.citizen.SetSelectedIndex(i)
		}
	}
	var statuses []string
	for _, s := range calendar.Statuses {
		statuses = append(statuses, kit.ApptStatusLabel(s))
	}
	f.status = widget.NewSelect(statuses, nil)
	f.status.SetSelected(kit.ApptStatusLabel(a.Status))
	var freqs []string
	for _, fr := range []calendar.Freq{calendar.FreqNone, calendar.FreqWeekly, calendar.FreqBiweekly, calendar.FreqMonthly} {
		freqs = append(freqs, kit.FreqLabel(fr))
	}
	f.freq = widget.NewSelect(freqs, nil)
	f.freq.SetSelected(kit.FreqLabel(a.Recurrence.Freq))
	var until board.Date
	if !a.Recurrence.Until.IsZero() {
		until = board.DateOf(a.Recurrence.Until.In(calendar.Copenhagen))
	}
	f.until = newDateEntry(u, until)
	f.who = u.newMemberPicker(3)
	f.who.Set(a.Participants)
	f.warning = widget.NewLabel("")
	f.warning.Importance = widget.WarningImportance
	f.warning.Wrapping = fyne.TextWrapWord
	check := func(string) { f.checkClash() }
	f.day.OnChanged, f.from.OnChanged, f.to.OnChanged = check, check, check
	f.who.OnChanged = f.checkClash
	f.checkClash()
	u.newestApptForm = f
	return f
}

func (f *apptForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("appt.title", "Title"), f.title),
		widget.NewFormItem(T("appt.citizen", "Citizen"), f.citizen),
		widget.NewFormItem(T("appt.kind", "Kind"), f.kind),
		widget.NewFormItem(T("appt.day", "Day"), f.day),
		widget.NewFormItem(T("appt.from", "From"), f.from),
		widget.NewFormItem(T("appt.to", "To"), f.to),
		widget.NewFormItem(T("appt.place", "Place"), f.place),
		widget.NewFormItem(T("appt.participants", "Members"), f.who.Grid),
		widget.NewFormItem(T("appt.status", "Status"), f.status),
		widget.NewFormItem(T("appt.repeat", "Repeats"), f.freq),
		widget.NewFormItem(T("appt.until", "Repeats until"), f.until),
		widget.NewFormItem(T("appt.notes", "Internal notes"), f.notes),
		widget.NewFormItem("", f.warning),
	}
}

// times reads the day and times of the form.
func (f *apptForm) times() (start, end time.Time, err error) {
	day, err := kit.ReadDate(f.day, T("appt.day", "Day"))
	if err != nil {
		return start, end, err
	}
	if day.IsZero() {
		return start, end, kit.ErrPlain(T("appt.day.missing", "Give the day of the appointment."))
	}
	fh, fm, err1 := kit.ParseClock(f.from.Text)
	th, tm, err2 := kit.ParseClock(f.to.Text)
	if err1 != nil || err2 != nil {
		return start, end, kit.ErrPlain(T("time.invalid", "Write the time as hours:minutes, e.g. 09:30."))
	}
	start = time.Date(day.Year, day.Month, day.Day, fh, fm, 0, 0, calendar.Copenhagen)
	end = time.Date(day.Year, day.Month, day.Day, th, tm, 0, 0, calendar.Copenhagen)
	return start, end, nil
}

// selectedStatus is the status chosen in the form.
func (f *apptForm) selectedStatus() calendar.Status {
	for _, s := range calendar.Statuses {
		if f.status.Selected == kit.ApptStatusLabel(s) {
			return s
		}
	}
	return f.a.Status
}

// appointment builds the appointment from the form. A series with
// changed single occurrences is rescheduled, never given new times
// directly, so each change stays on its occurrence; the changes the new
// times or rule no longer have are kept in f.dropped.
func (f *apptForm) appointment() (*calendar.Appointment, error) {
	if f.occ != nil {
		return f.occurrenceEdit()
	}
	a := f.a.Clone()
	a.Title = f.title.Text
	a.Place, a.Notes = strings.TrimSpace(f.place.Text), strings.TrimSpace(f.notes.Text)
	start, end, err := f.times()
	if err != nil {
		return nil, err
	}
	for _, k := range calendar.Kinds {
		if f.kind.Selected == kit.KindLabel(k) {
			a.Kind = k
		}
	}
	if i := f.citizen.SelectedIndex(); i >= 0 {
		a.CitizenID = f.citizenIDs[i]
	}
	a.Status = f.selectedStatus()
	var rule calendar.Recurrence
	for _, fr := range []calendar.Freq{calendar.FreqWeekly, calendar.FreqBiweekly, calendar.FreqMonthly} {
		if f.freq.Selected == kit.FreqLabel(fr) {
			rule.Freq = fr
		}
	}
	if rule.Freq != calendar.FreqNone {
		until, err := kit.ReadDate(f.until, T("appt.until", "Repeats until"))
		if err != nil {
			return nil, err
		}
		if !until.IsZero() {
			rule.Until = until.In(calendar.Copenhagen)
		}
	}
	f.dropped = nil
	if len(a.Exceptions) > 0 {
		if !start.Equal(a.Start) || !end.Equal(a.End) {
			f.dropped = a.Reschedule(start, end)
		}
		a.Recurrence = rule
		f.dropped = append(f.dropped, a.PruneExceptions()...)
	} else {
		a.Start, a.End, a.Recurrence = start, end, rule
	}
	a.Participants = f.who.Selected()
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

// droppedText warns about the changes to single occurrences a save would
// remove, or is "".
func (f *apptForm) droppedText() string {
	if len(f.dropped) == 0 {
		return ""
	}
	return T("appt.dropped", "These changes to single appointments no longer fit the series and will be removed:") +
		"\n" + exceptionLines(f.a, f.dropped)
}

// confirmDropped stops the first save that would remove changes to
// single occurrences, so the person sees which; the second goes on.
func (f *apptForm) confirmDropped() error {
	if len(f.dropped) == 0 {
		return nil
	}
	if key := formState(f.items()); f.confirmedDrop != key {
		f.confirmedDrop = key
		return kit.ErrPlain(f.droppedText() + "\n" + T("appt.dropped.confirm", "Press Save again to save anyway."))
	}
	return nil
}

// confirmClashes stops the first save that double-books someone; the
// second books anyway.
func (f *apptForm) confirmClashes(na *calendar.Appointment) error {
	cs := f.clashes(na)
	if len(cs) == 0 {
		return nil
	}
	key := fmt.Sprint(na.Start, na.End, na.Participants, f.day.Text, f.from.Text, f.to.Text)
	if f.confirmedClash != key {
		f.confirmedClash = key
		return kit.ErrPlain(clashText(cs, f.u.byID) + "\n" + T("appt.clash.confirm", "Press Save again to book anyway."))
	}
	return nil
}

// statusButtons set the form's status in one press.
func (f *apptForm) statusButtons() []fyne.CanvasObject {
	set := func(s calendar.Status) func() {
		return func() { f.status.SetSelected(kit.ApptStatusLabel(s)) }
	}
	return []fyne.CanvasObject{
		widget.NewButton(T("appt.mark_held", "Held"), set(calendar.StatusHeld)),
		widget.NewButton(T("appt.mark_no_show", "No-show"), set(calendar.StatusNoShow)),
		widget.NewButton(T("appt.mark_cancelled", "Cancel appointment"), set(calendar.StatusCancelled)),
	}
}

// clashes returns the double bookings the appointment would make.
// For one occurrence edited alone it is where that occurrence now is.
func (f *apptForm) clashes(a *calendar.Appointment) []calendar.Clash {
	if len(a.Participants) == 0 {
		return nil
	}
	if f.occ != nil {
		o, ok := a.OccurrenceAt(f.occ.Original)
		if !ok {
			return nil
		}
		return occurrenceClashes(f.u.ctx, f.u.store, o)
	}
	return appointmentClashes(f.u.ctx, f.u.store, a)
}

// checkClash shows a warning while the user edits.
func (f *apptForm) checkClash() {
	a, err := f.appointment()
	if err != nil {
		f.warning.SetText("")
		return
	}
	cs := f.clashes(a)
	f.warning.SetText(strings.TrimSpace(clashText(cs, f.u.byID) + "\n" + f.droppedText()))
	if len(cs) == 0 && f.confirmedClash != "" && f.problem != nil {
		f.confirmedClash = "" // the double booking the problem line asks about is gone
		kit.SetProblem(f.problem, "")
	}
}

// checked reads the form and asks about double bookings and about
// single-occurrence changes the save would drop; an error stops the save.
func (f *apptForm) checked() (*calendar.Appointment, error) {
	na, err := f.appointment()
	if err != nil {
		return nil, err
	}
	if err := f.confirmClashes(na); err != nil {
		return nil, err
	}
	if err := f.confirmDropped(); err != nil {
		return nil, err
	}
	return na, nil
}

// editAppointment opens the form; after runs when it was saved.
func (u *UI) editAppointment(a *calendar.Appointment, after func()) *formDlg {
	f := u.newApptForm(a)
	var d *formDlg
	save := func() error {
		na, err := f.checked()
		if err != nil {
			return err
		}
		if na.ID == 0 {
			err = saveNew(u, outbox.KindAppointment, na, u.store.CreateAppointment)
			if err == nil && after != nil {
				after()
			}
			return err
		}
		return saveEdit(u, u.apptMerge(a, na), func(_ *calendar.Appointment, later bool, _ string) { closeAfter(d, later, after) })
	}
	var extra []fyne.CanvasObject
	if a.ID != 0 {
		extra = append(f.statusButtons(),
			widget.NewButton(T("delete", "Delete"), func() {
				u.dialogs.ConfirmDelete(func() error { return deleteOrKeep(u, outbox.KindAppointment, a, u.store.DeleteAppointment) }, func() {
					d.Hide()
					if after != nil {
						after()
					}
				})
			}),
		)
	}
	d = u.dialogs.Form(T("appt.edit", "Appointment"), f.items(), save, extra...)
	f.problem = d.Problem
	u.canvas().Focus(f.title)
	return d
}

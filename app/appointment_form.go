package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/calendar"
)

// apptForm is the form for one appointment, used by the calendar and by
// the citizen record.
type apptForm struct {
	u                     *UI
	a                     *calendar.Appointment
	title, place, notes   *keyEntry
	day, from, to, until  *keyEntry
	kind, citizen, status *widget.Select
	freq                  *widget.Select
	who                   *memberPicker
	warning               *widget.Label
	citizenIDs            []int64
	confirmedClash        string // the times the user accepted a double booking for
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
	f.from.SetText(fmtTime(a.Start))
	f.to.SetText(fmtTime(a.End))
	for _, e := range []*keyEntry{f.from, f.to} {
		e.SetPlaceHolder("09:30")
		e.Validator = func(s string) error {
			if _, _, err := parseClock(s); err != nil {
				return errPlain(T("time.invalid", "Write the time as hours:minutes, e.g. 09:30."))
			}
			return nil
		}
	}
	var kinds []string
	for _, k := range calendar.Kinds {
		kinds = append(kinds, kindLabel(k))
	}
	f.kind = widget.NewSelect(kinds, nil)
	f.kind.SetSelected(kindLabel(a.Kind))

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
		statuses = append(statuses, apptStatusLabel(s))
	}
	f.status = widget.NewSelect(statuses, nil)
	f.status.SetSelected(apptStatusLabel(a.Status))
	var freqs []string
	for _, fr := range []calendar.Freq{calendar.FreqNone, calendar.FreqWeekly, calendar.FreqBiweekly, calendar.FreqMonthly} {
		freqs = append(freqs, freqLabel(fr))
	}
	f.freq = widget.NewSelect(freqs, nil)
	f.freq.SetSelected(freqLabel(a.Recurrence.Freq))
	var until board.Date
	if !a.Recurrence.Until.IsZero() {
		until = board.DateOf(a.Recurrence.Until.In(calendar.Copenhagen))
	}
	f.until = newDateEntry(u, until)
	f.who = u.newMemberPicker(3)
	f.who.set(a.Participants)
	f.warning = widget.NewLabel("")
	f.warning.Importance = widget.WarningImportance
	f.warning.Wrapping = fyne.TextWrapWord
	check := func(string) { f.checkClash() }
	f.day.OnChanged, f.from.OnChanged, f.to.OnChanged = check, check, check
	f.who.OnChanged = f.checkClash
	f.checkClash()
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
		widget.NewFormItem(T("appt.participants", "Members"), f.who.grid),
		widget.NewFormItem(T("appt.status", "Status"), f.status),
		widget.NewFormItem(T("appt.repeat", "Repeats"), f.freq),
		widget.NewFormItem(T("appt.until", "Repeats until"), f.until),
		widget.NewFormItem(T("appt.notes", "Internal notes"), f.notes),
		widget.NewFormItem("", f.warning),
	}
}

// appointment builds the appointment from the form.
func (f *apptForm) appointment() (*calendar.Appointment, error) {
	a := *f.a
	a.Title = f.title.Text
	a.Place, a.Notes = strings.TrimSpace(f.place.Text), strings.TrimSpace(f.notes.Text)
	day, err := readDate(f.day, T("appt.day", "Day"))
	if err != nil {
		return nil, err
	}
	if day.IsZero() {
		return nil, errPlain(T("appt.day.missing", "Give the day of the appointment."))
	}
	fh, fm, err1 := parseClock(f.from.Text)
	th, tm, err2 := parseClock(f.to.Text)
	if err1 != nil || err2 != nil {
		return nil, errPlain(T("time.invalid", "Write the time as hours:minutes, e.g. 09:30."))
	}
	a.Start = time.Date(day.Year, day.Month, day.Day, fh, fm, 0, 0, calendar.Copenhagen)
	a.End = time.Date(day.Year, day.Month, day.Day, th, tm, 0, 0, calendar.Copenhagen)
	for _, k := range calendar.Kinds {
		if f.kind.Selected == kindLabel(k) {
			a.Kind = k
		}
	}
	if i := f.citizen.SelectedIndex(); i >= 0 {
		a.CitizenID = f.citizenIDs[i]
	}
	for _, s := range calendar.Statuses {
		if f.status.Selected == apptStatusLabel(s) {
			a.Status = s
		}
	}
	a.Recurrence = calendar.Recurrence{}
	for _, fr := range []calendar.Freq{calendar.FreqWeekly, calendar.FreqBiweekly, calendar.FreqMonthly} {
		if f.freq.Selected == freqLabel(fr) {
			a.Recurrence.Freq = fr
		}
	}
	if a.Recurrence.Freq != calendar.FreqNone {
		until, err := readDate(f.until, T("appt.until", "Repeats until"))
		if err != nil {
			return nil, err
		}
		if !until.IsZero() {
			a.Recurrence.Until = until.In(calendar.Copenhagen)
		}
	}
	a.Participants = f.who.selected()
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return &a, nil
}

// clashes returns the double bookings the appointment would make.
func (f *apptForm) clashes(a *calendar.Appointment) []calendar.Clash {
	if a.Status == calendar.StatusCancelled || len(a.Participants) == 0 {
		return nil
	}
	from, to := a.Start.Add(-24*time.Hour), a.End.Add(24*time.Hour)
	apps, err := f.u.store.FindAppointments(f.u.ctx, calendar.Filter{From: from, To: to})
	if err != nil {
		return nil
	}
	return calendar.ClashesWith(a, a.Start, a.End, calendar.Expand(apps, from, to))
}

func (f *apptForm) clashText(cs []calendar.Clash) string {
	var lines []string
	seen := map[string]bool{}
	for _, c := range cs {
		in := ""
		if m := f.u.byID[c.MemberID]; m != nil {
			in = m.Initials
		}
		line := T("appt.clash", "{{.Who}} is already booked {{.From}}–{{.To}}: {{.Title}}",
			map[string]any{"Who": in, "From": fmtTime(c.B.Start), "To": fmtTime(c.B.End), "Title": c.B.Appointment.Title})
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// checkClash shows a warning while the user edits.
func (f *apptForm) checkClash() {
	a, err := f.appointment()
	if err != nil {
		f.warning.SetText("")
		return
	}
	f.warning.SetText(f.clashText(f.clashes(a)))
}

// apptMerge is the save of mine, an edit of appointment a, merged with
// another PC's save of it meanwhile.
func (u *UI) apptMerge(a, mine *calendar.Appointment) mergeEdit[*calendar.Appointment] {
	sameAs(a, mine)
	return mergeEdit[*calendar.Appointment]{base: a, mine: mine, save: u.store.UpdateAppointment, fields: apptField,
		load: func(ctx context.Context) (*calendar.Appointment, error) {
			return u.store.FindAppointmentByID(ctx, a.ID)
		}}
}

// editAppointment opens the form; after runs when it was saved.
func (u *UI) editAppointment(a *calendar.Appointment, after func()) *formDlg {
	f := u.newApptForm(a)
	var d *formDlg
	save := func() error {
		na, err := f.appointment()
		if err != nil {
			return err
		}
		if cs := f.clashes(na); len(cs) > 0 {
			key := fmt.Sprint(na.Start, na.End, na.Participants)
			if f.confirmedClash != key {
				f.confirmedClash = key
				return errPlain(f.clashText(cs) + "\n" + T("appt.clash.confirm", "Press Save again to book anyway."))
			}
		}
		if na.ID == 0 {
			err = u.store.CreateAppointment(u.ctx, na)
			if err == nil && after != nil {
				after()
			}
			return err
		}
		return saveEdit(u, u.apptMerge(a, na), func(_ *calendar.Appointment, later bool, _ string) { closeAfter(d, later, after) })
	}
	var extra []fyne.CanvasObject
	setStatus := func(s calendar.Status) func() {
		return func() { f.status.SetSelected(apptStatusLabel(s)) }
	}
	if a.ID != 0 {
		extra = append(extra,
			widget.NewButton(T("appt.mark_held", "Held"), setStatus(calendar.StatusHeld)),
			widget.NewButton(T("appt.mark_no_show", "No-show"), setStatus(calendar.StatusNoShow)),
			widget.NewButton(T("appt.mark_cancelled", "Cancel appointment"), setStatus(calendar.StatusCancelled)),
			widget.NewButton(T("delete", "Delete"), func() {
				u.confirmDelete(func() error { return u.store.DeleteAppointment(u.ctx, a.ID, a.Version) }, func() {
					d.Hide()
					if after != nil {
						after()
					}
				})
			}),
		)
	}
	d = u.formDialog(T("appt.edit", "Appointment"), f.items(), save, extra...)
	u.canvas().Focus(f.title)
	return d
}

package app

import (
	"context"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// apptScope is which occurrences of a repeating appointment an edit
// changes.
type apptScope int

const (
	scopeSeries    apptScope = iota // the whole series (or a single appointment)
	scopeOne                        // only this occurrence: an exception
	scopeFollowing                  // this and the following: the series is split
)

// askScope asks which occurrences of repeating appointment a to change;
// pick runs with the answer, never when the person cancels.
func (u *UI) askScope(a *calendar.Appointment, pick func(apptScope)) dialog.Dialog {
	var d dialog.Dialog
	choose := func(s apptScope) func() {
		return func() {
			d.Hide()
			pick(s)
		}
	}
	one := widget.NewButton(T("appt.scope.one", "Only this one"), choose(scopeOne))
	one.Importance = widget.HighImportance
	following := widget.NewButton(T("appt.scope.following", "This and following"), choose(scopeFollowing))
	series := widget.NewButton(T("appt.scope.series", "The whole series"), choose(scopeSeries))
	cancel := widget.NewButton(T("Cancel", "Cancel"), func() { d.Hide() })
	text := kit.WrapLabel(T("appt.scope.text", "“{{.Title}}” repeats {{.Freq}}. What do you want to change?",
		map[string]any{"Title": a.Title, "Freq": strings.ToLower(kit.FreqLabel(a.Recurrence.Freq))}))
	content := container.NewVBox(text, container.NewHBox(one, following, series, layout.NewSpacer(), cancel))
	d = dialog.NewCustomWithoutButtons(T("appt.scope.title", "Repeating appointment"), content, u.win)
	d.Resize(fyne.NewSize(fyne.Max(560, content.MinSize().Width+40), content.MinSize().Height+80))
	d.Show()
	return d
}

// openOccurrence opens occurrence o in the appointment form: at once for a
// single appointment, after asking which occurrences to change for a
// repeating one. after runs once something was saved.
func (u *UI) openOccurrence(o calendar.Occurrence, after func()) {
	a := o.Appointment
	if a.Recurrence.Freq == calendar.FreqNone {
		u.editAppointment(a, after)
		return
	}
	u.askScope(a, func(s apptScope) { u.editOccurrence(o, s, after) })
}

// openOccurrenceAt opens the occurrence of appointment id whose rule start
// is original (a board chip's DayEntry).
func (u *UI) openOccurrenceAt(id int64, original time.Time, after func()) {
	a, err := u.store.FindAppointmentByID(u.ctx, id)
	if err != nil {
		kit.ShowError(u.win, err)
		return
	}
	o, ok := a.OccurrenceAt(original)
	if !ok {
		u.editAppointment(a, after)
		return
	}
	u.openOccurrence(o, after)
}

// editOccurrence opens the form for occurrence o with scope s.
func (u *UI) editOccurrence(o calendar.Occurrence, s apptScope, after func()) *formDlg {
	a := o.Appointment
	switch s {
	case scopeOne:
		return u.editSingleOccurrence(o, after)
	case scopeFollowing:
		before, rest, err := a.SplitAt(o.Original)
		if err != nil {
			kit.ShowError(u.win, err)
			return nil
		}
		if before != nil {
			return u.editFollowing(a, before, rest, after)
		}
	}
	return u.editAppointment(a, after)
}

// editSingleOccurrence is the form for one occurrence of a series: its
// day, times, status and own notes; the rest belongs to the series.
func (u *UI) editSingleOccurrence(o calendar.Occurrence, after func()) *formDlg {
	a := o.Appointment
	f := u.newApptForm(a)
	f.occ = &o
	f.day.SetText(kit.FmtDate(board.DateOf(o.Start.In(calendar.Copenhagen))))
	f.from.SetText(kit.FmtTime(o.Start))
	f.to.SetText(kit.FmtTime(o.End))
	f.status.SetSelected(kit.ApptStatusLabel(o.EffectiveStatus()))
	f.notes.SetText(o.Notes)
	for _, w := range []fyne.Disableable{f.title, f.place, f.kind, f.citizen, f.freq, f.until} {
		w.Disable()
	}
	f.who.Disable()
	f.checkClash()
	var d *formDlg
	save := func() error {
		na, err := f.occurrenceEdit()
		if err != nil {
			return err
		}
		if err := f.confirmClashes(na); err != nil {
			return err
		}
		return saveEdit(u, u.apptMerge(a, na), func(_ *calendar.Appointment, later bool, _ string) { closeAfter(d, later, after) })
	}
	items := f.occurrenceItems()
	title := T("appt.edit_one", "Appointment on {{.Day}} (only this one)", map[string]any{"Day": occurrenceDay(o.Original)})
	d = u.dialogs.Form(title, items, save, f.statusButtons()...)
	u.canvas().Focus(f.day)
	return d
}

// occurrenceEdit is the series with the form's change to f.occ only.
func (f *apptForm) occurrenceEdit() (*calendar.Appointment, error) {
	start, end, err := f.times()
	if err != nil {
		return nil, err
	}
	a := f.a.Clone()
	ex := a.Exception(f.occ.Original)
	ex.Start, ex.End = start, end
	ex.Status = f.selectedStatus()
	if ex.Status == a.Status {
		ex.Status = "" // the series' own status needs no exception
	}
	ex.Notes = strings.TrimSpace(f.notes.Text)
	if err := a.SetOccurrence(f.occ.Original, ex); err != nil {
		return nil, err
	}
	return a, nil
}

// editFollowing is the form for "this and following": series is ended
// before occurrence rest.Start (before) and rest is a new series from
// there.
func (u *UI) editFollowing(series, before, rest *calendar.Appointment, after func()) *formDlg {
	f := u.newApptForm(rest)
	var d *formDlg
	save := func() error {
		na, err := f.checked()
		if err != nil {
			return err
		}
		if err := u.saveSplit(series, before, na); err != nil {
			return err
		}
		if after != nil {
			after()
		}
		return nil
	}
	extra := f.statusButtons()
	extra = append(extra, widget.NewButton(T("appt.delete_following", "Delete this and following"), func() {
		end := func() error {
			return saveEdit(u, u.apptMerge(series, before), func(*calendar.Appointment, bool, string) {})
		}
		u.dialogs.ConfirmDelete(end, func() {
			d.Hide()
			if after != nil {
				after()
			}
		})
	}))
	title := T("appt.edit_following", "Appointment from {{.Day}} on (this and following)", map[string]any{"Day": occurrenceDay(rest.Start)})
	d = u.dialogs.Form(title, f.items(), save, extra...)
	u.canvas().Focus(f.title)
	return d
}

// saveSplit saves a split series: series ended early (before, merged
// with another PC's change of the series meanwhile) and the new second
// part, in one transaction where the store can. When the file cannot be
// reached both are kept on this PC and saved in that order.
func (u *UI) saveSplit(series, before, after *calendar.Appointment) error {
	load := func(ctx context.Context) (*calendar.Appointment, error) {
		return u.store.FindAppointmentByID(ctx, series.ID)
	}
	write := func(ctx context.Context) error {
		if _, err := saving.Update(ctx, nil, outbox.KindAppointment, series, before, load, u.store.UpdateAppointment); err != nil {
			return err
		}
		return u.store.CreateAppointment(ctx, after)
	}
	err := saving.Recover(func() error {
		if b, ok := u.store.(batcher); ok {
			return b.Batch(u.ctx, write)
		}
		return write(u.ctx)
	})
	if saving.KeepTogether(u.keeper(), err,
		func() (outbox.Edit, error) { return outbox.KindAppointment.Update(series, before) },
		func() (outbox.Edit, error) { return outbox.KindAppointment.Create(after) }) {
		return nil
	}
	return err
}

// markOccurrence gives occurrence o status s: only o for a repeating
// appointment, the appointment itself for a single one.
func (u *UI) markOccurrence(o calendar.Occurrence, s calendar.Status, after func()) {
	a := o.Appointment
	na := a.Clone()
	if a.Recurrence.Freq == calendar.FreqNone {
		na.Status = s
	} else {
		st := s
		if st == a.Status {
			st = ""
		}
		ex := na.Exception(o.Original)
		ex.Status = st
		if err := na.SetOccurrence(o.Original, ex); err != nil {
			kit.ShowError(u.win, err)
			return
		}
	}
	err := saveEdit(u, u.apptMerge(a, na), func(*calendar.Appointment, bool, string) {
		if after != nil {
			after()
		}
	})
	if err != nil && err != errAsked {
		kit.ShowError(u.win, err)
	}
}

// occurrenceDay is an occurrence's day and time: "tir 16.12. 13:00".
func occurrenceDay(t time.Time) string { return kit.OccurrenceDay(t) }

// exceptionLine is one changed occurrence in words: "tir 16.12. 13:00:
// aflyst", "… : flyttet til ons 17.12. 14:00–15:00".
func exceptionLine(a *calendar.Appointment, ex calendar.Exception) string {
	s := ex.Status
	if s == "" {
		s = a.Status
	}
	parts := []string{strings.ToLower(kit.ApptStatusLabel(s))}
	if ex.Moved() {
		parts = append(parts, T("appt.moved_to", "moved to {{.When}}", map[string]any{"When": occurrenceDay(ex.Start) + "–" + kit.FmtTime(ex.End)}))
	}
	if ex.Notes != "" {
		parts = append(parts, ex.Notes)
	}
	return occurrenceDay(ex.Original) + ": " + strings.Join(parts, ", ")
}

// exceptionLines lists a's changed occurrences one a line.
func exceptionLines(a *calendar.Appointment, list []calendar.Exception) string {
	var lines []string
	for _, ex := range list {
		lines = append(lines, exceptionLine(a, ex))
	}
	return strings.Join(lines, "\n")
}

// occurrenceItems are the appointment form's rows without those that only
// the whole series can change, the notes being this occurrence's own.
func (f *apptForm) occurrenceItems() []*widget.FormItem {
	items := slices.DeleteFunc(f.items(), func(it *widget.FormItem) bool {
		return it.Widget == f.kind || it.Widget == f.place || it.Widget == f.freq || it.Widget == f.until
	})
	for _, it := range items {
		if it.Widget == f.notes {
			it.Text = T("appt.occ_notes", "Notes on this one")
		}
	}
	return items
}

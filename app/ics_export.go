package app

import (
	"bytes"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// exportWeeks is how far ahead an export reaches by default, as on the
// command line.
const exportWeeks = 8

// exportScope is whose appointments an export holds: one citizen, one
// member, or (both nil) the whole team.
type exportScope struct {
	citizen *board.Citizen
	member  *board.Member
}

// name is the scope as people call it, for the dialog, the file and the
// calendar program.
func (u *UI) scopeName(sc exportScope) string {
	switch {
	case sc.citizen != nil:
		return sc.citizen.DisplayName()
	case sc.member != nil:
		return sc.member.Initials + " – " + sc.member.Name
	case u.team != nil:
		return u.team.Name
	}
	return T("ics.team", "The team")
}

// exportPrivacy is what the person exporting a team or member file chose
// to add to time, title, place, kind and participants.
type exportPrivacy struct {
	notes, initials bool
}

// exportCalendar asks for the days to export, then where to save the file.
// A team or member file may also carry internal notes and citizens'
// initials, off unless chosen, under a plain warning of where it goes.
func (u *UI) exportCalendar(sc exportScope) *formDlg {
	today := u.today()
	from, to := newDateEntry(u, today), newDateEntry(u, today.AddDays(7*exportWeeks))
	fromLbl, toLbl := T("ics.from", "First day"), T("ics.to", "Last day")
	items := []*widget.FormItem{widget.NewFormItem(fromLbl, from), widget.NewFormItem(toLbl, to)}
	var priv exportPrivacy
	var extra []fyne.CanvasObject
	if sc.citizen == nil {
		notes := widget.NewCheck(T("ics.export.notes", "Include internal notes"), func(on bool) { priv.notes = on })
		initials := widget.NewCheck(T("ics.export.initials", "Include citizens' initials in the titles"), func(on bool) { priv.initials = on })
		items = append(items, widget.NewFormItem("", notes), widget.NewFormItem("", initials))
		warning := widget.NewLabel(T("ics.export.warning",
			"The file leaves Tavlen: it goes into Outlook, onto phones and to anyone they are shared with, where the team file no longer protects it. Without the choices above it holds only times, titles, places, kinds and participants."))
		warning.Wrapping = fyne.TextWrapWord
		extra = append(extra, warning)
	}
	var fd *formDlg
	fd = u.dialogs.Ask(T("ics.export.title", "Export calendar – {{.Name}}", map[string]any{"Name": u.scopeName(sc)}),
		T("ics.export.choose", "Choose file…"),
		items,
		func() error {
			f, err := kit.ReadDate(from, fromLbl)
			if err != nil {
				return err
			}
			t, err := kit.ReadDate(to, toLbl)
			if err != nil {
				return err
			}
			if t.Before(f) {
				return kit.ErrPlain(T("ics.to_before_from", "The last day is before the first day."))
			}
			data, apps, err := u.encodeCalendar(sc, f, t, priv)
			if err != nil {
				return err
			}
			name := safeFileName(T("ics.file", "Calendar – {{.Name}} – {{.From}}", map[string]any{"Name": u.scopeName(sc), "From": f.String()})) + ".ics"
			fd.After = func() {
				u.saveFile(u.win, name, []string{".ics"}, func(w io.WriteCloser) { u.writeExport(w, data, apps) })
			}
			return nil
		}, extra...)
	return fd
}

// encodeCalendar writes the scope's appointments from the first to the
// last day as iCalendar, as the command line's export-ics does: a
// citizen's file is the citizen's view (no internal notes); a team or
// member file has notes and initials only as chosen in priv.
func (u *UI) encodeCalendar(sc exportScope, from, to board.Date, priv exportPrivacy) ([]byte, []*calendar.Appointment, error) {
	idx := u.byID
	filter := calendar.Filter{From: from.In(calendar.Copenhagen), To: to.AddDays(1).In(calendar.Copenhagen)}
	opt := calendar.ExportOptions{
		Now:       u.cfg.Now(),
		Lang:      kit.Language(),
		KindLabel: kit.Words().Kind,
		MemberName: func(id int64) string {
			if m := idx[id]; m != nil {
				return m.Name
			}
			return ""
		},
		MemberEmail: func(id int64) string {
			if m := idx[id]; m != nil {
				return m.Email
			}
			return ""
		},
		CalName:   u.scopeName(sc),
		WithNotes: priv.notes,
	}
	if priv.initials {
		citizens, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{IncludeClosed: true})
		if err != nil {
			return nil, nil, err
		}
		names := map[int64]string{}
		for _, c := range citizens {
			names[c.ID] = c.Name
		}
		opt.CitizenName = func(id int64) string { return names[id] }
	}
	switch {
	case sc.citizen != nil:
		filter.CitizenID = sc.citizen.ID
		opt.CitizenView = true
	case sc.member != nil:
		filter.MemberID = sc.member.ID
		if u.team != nil {
			opt.CalName = u.team.Name + " – " + sc.member.Initials
		}
	}
	apps, err := u.store.FindAppointments(u.ctx, filter)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	if err := calendar.Encode(&buf, apps, opt); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), apps, nil
}

// writeExport writes the file and logs, for each citizen in it, that
// their appointments left the team file.
func (u *UI) writeExport(w io.WriteCloser, data []byte, apps []*calendar.Appointment) {
	_, err := w.Write(data)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		dialog.ShowInformation(T("file.save_failed.title", "Not saved"), T("file.save_failed", "The file could not be saved there. Choose another folder."), u.win)
		return
	}
	u.logExports(apps)
}

// logExports records the export in each citizen's history, beside the
// screen (every entry waits for the disk); Close waits for it.
func (u *UI) logExports(apps []*calendar.Appointment) {
	if u.readOnly() {
		return
	}
	var ids []int64
	seen := map[int64]bool{}
	for _, a := range apps {
		if a.CitizenID != 0 && !seen[a.CitizenID] {
			seen[a.CitizenID] = true
			ids = append(ids, a.CitizenID)
		}
	}
	s := u.store
	u.bg.Add(1)
	go func() {
		defer u.bg.Done()
		for _, id := range ids {
			_ = s.LogAccess(u.ctx, id, board.AuditExport, "appointments exported as iCalendar")
		}
	}()
}

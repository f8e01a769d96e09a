package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/calendar"
)

// apptsTab lists the citizen's appointments from 90 days back to a year
// ahead; each opens in the appointment form.
type apptsTab struct {
	*listTab
}

func newApptsTab(r *citizenRecord) *apptsTab {
	t := &apptsTab{}
	t.listTab = newListTab(r, T("appt.add", "New appointment"), func() {
		start := nextHalfHour(r.u.now())
		a := &calendar.Appointment{CitizenID: r.c.ID, Title: r.c.DisplayName(), Kind: calendar.KindHomeVisit,
			Start: start, End: start.Add(time.Hour), Status: calendar.StatusPlanned}
		for _, resp := range r.c.Responsible {
			a.Participants = append(a.Participants, resp.MemberID)
		}
		r.u.editAppointment(a, t.reload)
	})
	return t
}

func (t *apptsTab) reload() {
	u := t.r.u
	from := u.now().AddDate(0, 0, -90)
	to := u.now().AddDate(1, 0, 0)
	apps, err := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: t.r.c.ID, From: from, To: to})
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return
	}
	t.list.RemoveAll()
	occs := calendar.Expand(apps, from, to)
	if len(occs) > 60 {
		occs = occs[len(occs)-60:]
	}
	for _, o := range occs {
		edit := widget.NewButton(T("edit", "Edit"), func() { u.openOccurrence(o, t.reload) })
		row := t.row(kit.FmtDateTime(o.Start)+"–"+kit.FmtTime(o.End)+"  "+o.Appointment.Title, apptLine(u, o), edit)
		if o.EffectiveStatus() == calendar.StatusCancelled {
			strikeTitle(row)
		}
		t.list.Add(row)
	}
	t.empty(T("appt.none", "No appointments."))
	t.list.Refresh()
}

// apptLine is the second line of an appointment's occurrence: kind, its
// own status, who, place, recurrence, and whether it was moved.
func apptLine(u *UI, o calendar.Occurrence) string {
	a := o.Appointment
	parts := []string{kit.KindLabel(a.Kind), kit.ApptStatusLabel(o.EffectiveStatus())}
	var who []string
	for _, id := range a.Participants {
		if m := u.byID[id]; m != nil {
			who = append(who, m.Initials)
		}
	}
	if len(who) > 0 {
		parts = append(parts, strings.Join(who, ", "))
	}
	if a.Place != "" {
		parts = append(parts, a.Place)
	}
	if a.Recurrence.Freq != calendar.FreqNone {
		parts = append(parts, kit.FreqLabel(a.Recurrence.Freq))
	}
	if o.Moved() {
		parts = append(parts, T("appt.moved_from", "moved from {{.When}}", map[string]any{"When": occurrenceDay(o.Original)}))
	}
	if o.Notes != "" {
		parts = append(parts, o.Notes)
	}
	return strings.Join(parts, " · ")
}

func nextHalfHour(t time.Time) time.Time {
	t = t.Truncate(30 * time.Minute).Add(30 * time.Minute)
	return t
}

// strikeTitle strikes through the bold title of a list row: a cancelled
// appointment.
func strikeTitle(o fyne.CanvasObject) bool {
	switch x := o.(type) {
	case *widget.Label:
		if x.TextStyle.Bold {
			x.TextStyle.Strikethrough = true
			x.Refresh()
			return true
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			if strikeTitle(c) {
				return true
			}
		}
	}
	return false
}

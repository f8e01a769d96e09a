package record

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// ApptsTab lists the citizen's appointments from 90 days back to a year
// ahead; each opens in the appointment form (the shell's).
type ApptsTab struct {
	*listTab
}

func newApptsTab(env Env, c *board.Citizen) *ApptsTab {
	t := &ApptsTab{}
	t.listTab = newListTab(env, c, T("appt.add", "New appointment"), func() {
		start := kit.NextHalfHour(env.now())
		a := &calendar.Appointment{CitizenID: c.ID, Title: c.DisplayName(), Kind: calendar.KindHomeVisit,
			Start: start, End: start.Add(time.Hour), Status: calendar.StatusPlanned}
		for _, resp := range c.Responsible {
			a.Participants = append(a.Participants, resp.MemberID)
		}
		if env.Screens.EditAppointment != nil {
			env.Screens.EditAppointment(a, t.Reload)
		}
	})
	return t
}

// Reload reads the appointments again.
func (t *ApptsTab) Reload() {
	env := t.env
	from := env.now().AddDate(0, 0, -90)
	to := env.now().AddDate(1, 0, 0)
	apps, err := env.Store().FindAppointments(env.Ctx, calendar.Filter{CitizenID: t.c.ID, From: from, To: to})
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	t.List.RemoveAll()
	occs := calendar.Expand(apps, from, to)
	if len(occs) > 60 {
		occs = occs[len(occs)-60:]
	}
	for _, o := range occs {
		edit := widget.NewButton(T("edit", "Edit"), func() {
			if env.Screens.OpenOccurrence != nil {
				env.Screens.OpenOccurrence(o, t.Reload)
			}
		})
		row := t.row(kit.FmtDateTime(o.Start)+"–"+kit.FmtTime(o.End)+"  "+o.Appointment.Title, apptLine(env, o), edit)
		if o.EffectiveStatus() == calendar.StatusCancelled {
			strikeTitle(row)
		}
		t.List.Add(row)
	}
	t.empty(T("appt.none", "No appointments."))
	t.List.Refresh()
}

// apptLine is the second line of an appointment's occurrence: kind, its
// own status, who, place, recurrence, and whether it was moved.
func apptLine(env Env, o calendar.Occurrence) string {
	a := o.Appointment
	parts := []string{kit.KindLabel(a.Kind), kit.ApptStatusLabel(o.EffectiveStatus())}
	var who []string
	for _, id := range a.Participants {
		if m := env.member(id); m != nil {
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
		parts = append(parts, T("appt.moved_from", "moved from {{.When}}", map[string]any{"When": kit.OccurrenceDay(o.Original)}))
	}
	if o.Notes != "" {
		parts = append(parts, o.Notes)
	}
	return strings.Join(parts, " · ")
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

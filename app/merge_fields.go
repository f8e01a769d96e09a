package app

import (
	"context"
	"strings"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// How the conflict dialog names and shows the fields of each record a
// form edits: with the form's own labels, and values as the form shows
// them. A field missing here is shown by its Go name and plain value.

func goalField(_ *UI, field string) conflictField[*board.Goal] { return record.GoalField(field) }

func actionField(u *UI, field string) conflictField[*board.Action] {
	return record.ActionField(func(id int64) *board.Member { return u.byID[id] }, field)
}

func crisisField(_ *UI, field string) conflictField[*board.CrisisPlan] {
	return record.CrisisField(field)
}

func contactField(_ *UI, field string) conflictField[*board.Contact] {
	return record.ContactField(field)
}

func citizenField(u *UI, field string) conflictField[*board.Citizen] {
	return record.CitizenField(func(id int64) *board.Member { return u.byID[id] }, field)
}

func memberField(_ *UI, field string) conflictField[*board.Member] {
	type f = conflictField[*board.Member]
	switch field {
	case "Sector":
		return f{Label: T("member.sector", "Sector"), Text: func(m *board.Member) string { return kit.SectorLabel(m.Sector) }}
	case "Active":
		return f{Label: T("members.active", "In the team"), Text: func(m *board.Member) string { return yesNo(m.Active) }}
	}
	labels := map[string]string{
		"Name":         T("members.name", "Name"),
		"Initials":     T("member.initials", "Initials"),
		"Role":         T("member.role", "Role"),
		"Organisation": T("members.organisation", "Organisation"),
		"Phone":        T("contacts.phone", "Phone"),
		"Email":        T("contacts.email", "E-mail"),
	}
	return f{Label: labels[field]}
}

func apptField(u *UI, field string) conflictField[*calendar.Appointment] {
	type f = conflictField[*calendar.Appointment]
	switch field {
	case "Title":
		return f{Label: T("appt.title", "Title"), Text: func(a *calendar.Appointment) string { return a.Title }}
	case "CitizenID":
		return f{Label: T("appt.citizen", "Citizen"), Text: func(a *calendar.Appointment) string {
			if a.CitizenID == 0 {
				return T("appt.team_event", "Team event (no citizen)")
			}
			if c, err := u.store.FindCitizenByID(u.ctx, a.CitizenID); err == nil {
				return c.Name
			}
			return ""
		}}
	case "Kind":
		return f{Label: T("appt.kind", "Kind"), Text: func(a *calendar.Appointment) string { return kit.KindLabel(a.Kind) }}
	case "Start":
		return f{Label: T("appt.from", "From"), Text: func(a *calendar.Appointment) string { return kit.FmtDateTime(a.Start) }}
	case "End":
		return f{Label: T("appt.to", "To"), Text: func(a *calendar.Appointment) string { return kit.FmtDateTime(a.End) }}
	case "Place":
		return f{Label: T("appt.place", "Place"), Text: func(a *calendar.Appointment) string { return a.Place }}
	case "Participants":
		return f{Label: T("appt.participants", "Members"), Text: func(a *calendar.Appointment) string {
			var in []string
			for _, id := range a.Participants {
				if m := u.byID[id]; m != nil {
					in = append(in, m.Initials)
				}
			}
			return strings.Join(in, ", ")
		}}
	case "Status":
		return f{Label: T("appt.status", "Status"), Text: func(a *calendar.Appointment) string { return kit.ApptStatusLabel(a.Status) }}
	case "Recurrence":
		return f{Label: T("appt.repeat", "Repeats"), Text: func(a *calendar.Appointment) string {
			s := kit.FreqLabel(a.Recurrence.Freq)
			if a.Recurrence.Freq != calendar.FreqNone && !a.Recurrence.Until.IsZero() {
				s += " – " + kit.FmtDate(board.DateOf(a.Recurrence.Until.In(calendar.Copenhagen)))
			}
			return s
		}}
	case "Notes":
		return f{Label: T("appt.notes", "Internal notes"), Text: func(a *calendar.Appointment) string { return a.Notes }}
	case "Exceptions":
		return f{Label: T("appt.exceptions", "Single appointments changed"), Text: func(a *calendar.Appointment) string {
			if len(a.Exceptions) == 0 {
				return T("appt.exceptions.none", "none")
			}
			return exceptionLines(a, a.Exceptions)
		}}
	}
	return f{}
}

// apptMerge is the save of mine, an edit of appointment a, merged with
// another PC's save of it meanwhile; single occurrences merge one by one
// (calendar.Appointment.MergeParts).
func (u *UI) apptMerge(a, mine *calendar.Appointment) mergeEdit[*calendar.Appointment] {
	mine.AlignTo(a) // the conflict dialog lists real changes only
	return mergeEdit[*calendar.Appointment]{kind: outbox.KindAppointment, base: a, mine: mine, save: u.store.UpdateAppointment, fields: apptField,
		load: func(ctx context.Context) (*calendar.Appointment, error) {
			return u.store.FindAppointmentByID(ctx, a.ID)
		}}
}

// meetingField names and shows a field of board.Meeting in the conflict
// dialog of a kept meeting-mode edit.
func meetingField(_ *UI, field string) conflictField[*board.Meeting] {
	if field != "Items" {
		return conflictField[*board.Meeting]{}
	}
	return conflictField[*board.Meeting]{Label: T("live.field.minutes", "Minutes"), Text: func(m *board.Meeting) string {
		var lines []string
		for _, it := range m.Items {
			for _, s := range []string{it.Notes, it.Decisions, it.BoardChange} {
				if s = strings.TrimSpace(s); s != "" {
					lines = append(lines, s)
				}
			}
		}
		return strings.Join(lines, "\n")
	}}
}

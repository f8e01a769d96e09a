package app

import (
	"context"
	"strings"
	"time"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// Double bookings, found for the appointment form and for a block dragged
// in the calendar: plain functions of the store and the appointment.

// appointmentClashes returns the double bookings a would make with its
// whole series; a cancelled appointment makes none.
func appointmentClashes(ctx context.Context, s Store, a *calendar.Appointment) []calendar.Clash {
	if len(a.Participants) == 0 || a.Status == calendar.StatusCancelled {
		return nil
	}
	from, to := a.Start.Add(-24*time.Hour), a.End.Add(24*time.Hour)
	apps, err := s.FindAppointments(ctx, calendar.Filter{From: from, To: to})
	if err != nil {
		return nil
	}
	return calendar.ClashesWith(a, a.Start, a.End, calendar.Expand(apps, from, to))
}

// occurrenceClashes are the double bookings of occurrence o where it is.
func occurrenceClashes(ctx context.Context, s Store, o calendar.Occurrence) []calendar.Clash {
	from, to := o.Start.Add(-24*time.Hour), o.End.Add(24*time.Hour)
	apps, err := s.FindAppointments(ctx, calendar.Filter{From: from, To: to})
	if err != nil {
		return nil
	}
	return calendar.OccurrenceClashes(o, calendar.Expand(apps, from, to))
}

// clashText says who is double-booked when, one line per clash.
func clashText(cs []calendar.Clash, byID board.MemberIndex) string {
	var lines []string
	seen := map[string]bool{}
	for _, c := range cs {
		in := ""
		if m := byID[c.MemberID]; m != nil {
			in = m.Initials
		}
		line := T("appt.clash", "{{.Who}} is already booked {{.From}}–{{.To}}: {{.Title}}",
			map[string]any{"Who": in, "From": kit.FmtTime(c.B.Start), "To": kit.FmtTime(c.B.End), "Title": c.B.Appointment.Title})
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

package meeting

import (
	"errors"
	"fmt"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for domain values and dates, from package text (the app's words).

func kindLabel(k calendar.Kind) string          { return words().Kind(k) }
func statusLabel(s board.Status) string         { return words().Status(s) }
func sectionLabel(s board.AgendaSection) string { return words().Section(s) }
func attentionLabel(a board.Attention) string   { return words().Attention(a) }

// fmtDate writes a day with its weekday: "tor 26.11.".
func fmtDate(d board.Date) string {
	if d.IsZero() {
		return "–"
	}
	return words().WeekdayDay(d)
}

// fmtLongDate writes "26.11.2026", the date on every screen.
func fmtLongDate(d board.Date) string {
	if d.IsZero() {
		return "–"
	}
	return words().Date(d)
}

// fmtDateTime writes "tor 26.11. 09:30" in Copenhagen.
func fmtDateTime(t time.Time) string {
	t = t.In(calendar.Copenhagen)
	return fmtDate(board.DateOf(t)) + " " + words().Clock(t)
}

// fmtClock writes a duration as "m:ss", or "h:mm:ss" from an hour, with a
// minus sign when negative.
func fmtClock(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	d = d.Truncate(time.Second)
	h, m, s := int(d/time.Hour), int(d/time.Minute)%60, int(d/time.Second)%60
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, s)
	}
	return fmt.Sprintf("%s%d:%02d", sign, m, s)
}

// actionLine is how a new action is written into the minutes.
func actionLine(a *board.Action, p *planning) string {
	who := "–"
	if a.ResponsibleID != 0 {
		who = p.initials(a.ResponsibleID)
	}
	return T("meeting.minutes.action_line", "New action: {{.Text}} ({{.Who}}, {{.Due}})",
		map[string]any{"Text": a.Text, "Who": who, "Due": fmtLongDate(a.Due)})
}

// fmtDateTimeIn is fmtDateTime with the year, "ons 04.12.2126 10:00",
// when the day is not in year: minutes are read later, and a weekday
// without its year reads as this year's.
func fmtDateTimeIn(t time.Time, year int) string {
	t = t.In(calendar.Copenhagen)
	d := board.DateOf(t)
	if d.Year == year {
		return fmtDateTime(t)
	}
	return words().WeekdayShort(d.Weekday()) + " " + fmtLongDate(d) + " " + words().Clock(t)
}

// appointmentLine is how a new appointment made in the meeting held on
// meetingDay is written into the minutes.
func appointmentLine(a *calendar.Appointment, p *planning, meetingDay board.Date) string {
	who := ""
	for i, id := range a.Participants {
		if i > 0 {
			who += ", "
		}
		who += p.initials(id)
	}
	return T("meeting.minutes.appointment_line", "New appointment: {{.Kind}} {{.When}} ({{.Who}})",
		map[string]any{"Kind": kindLabel(a.Kind), "When": fmtDateTimeIn(a.Start, meetingDay.Year), "Who": who})
}

// boardChangeText is the board change as written into the minutes.
func boardChangeText(on bool, reason string, review board.Date) string {
	data := map[string]any{"Reason": reason, "Review": fmtLongDate(review)}
	var s string
	if on {
		s = T("meeting.boardchange.on", "Put on the board: {{.Reason}}", data)
	} else {
		s = T("meeting.boardchange.off", "Taken off the board: {{.Reason}}", data)
	}
	if !review.IsZero() {
		s += " " + T("meeting.boardchange.review", "(review {{.Review}})", data)
	}
	return s
}

// errorText turns an error into a sentence for the facilitator. The app
// may pass its own through Config.ErrorText.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	switch board.ErrorCode(err) {
	case board.EConflict:
		return T("meeting.error.conflict", "Someone else saved this first. Reload and try again.")
	case board.EInvalid:
		return words().Error(err)
	case board.EReadOnly:
		return T("meeting.error.read_only", "The team file can only be read from this PC.")
	case board.EUnavailable:
		return T("meeting.error.unavailable", "The team file cannot be reached. Try again.")
	case board.ENotFound:
		return T("meeting.error.not_found", "This record no longer exists.")
	}
	var v *calendar.ValidationError
	if asValidation(err, &v) {
		return words().Error(v)
	}
	return T("meeting.error.internal", "Something went wrong. Try again.")
}

func asValidation(err error, v **calendar.ValidationError) bool { return errors.As(err, v) }

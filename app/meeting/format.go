package meeting

import (
	"errors"
	"fmt"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for domain values. Every one goes through T so Danish comes first.

func kindLabel(k calendar.Kind) string {
	switch k {
	case calendar.KindHomeVisit:
		return T("meeting.kind.home_visit", "Home visit")
	case calendar.KindConsultation:
		return T("meeting.kind.consultation", "Consultation")
	case calendar.KindPhone:
		return T("meeting.kind.phone", "Phone call")
	case calendar.KindMeeting:
		return T("meeting.kind.meeting", "Meeting")
	case calendar.KindMedication:
		return T("meeting.kind.medication", "Medication")
	}
	return T("meeting.kind.other", "Other")
}

func statusLabel(s board.Status) string {
	switch s {
	case board.StatusReferred:
		return T("meeting.status.referred", "Referred")
	case board.StatusIntake:
		return T("meeting.status.intake", "Intake")
	case board.StatusActive:
		return T("meeting.status.active", "Active")
	case board.StatusPaused:
		return T("meeting.status.paused", "Paused")
	}
	return T("meeting.status.closed", "Closed")
}

func sectionLabel(s board.AgendaSection) string {
	switch s {
	case board.AgendaOnBoard:
		return T("meeting.section.on_board", "On the board")
	case board.AgendaReviewDue:
		return T("meeting.section.review_due", "Review due")
	case board.AgendaNew:
		return T("meeting.section.new", "New referral")
	}
	return T("meeting.section.rest", "If time allows")
}

func attentionLabel(a board.Attention) string {
	switch a {
	case board.AttentionReviewPassed:
		return T("meeting.attention.review_passed", "Review date passed")
	case board.AttentionActionOverdue:
		return T("meeting.attention.action_overdue", "Action overdue")
	case board.AttentionNoContact:
		return T("meeting.attention.no_contact", "No contact for 14 days")
	case board.AttentionNoShow:
		return T("meeting.attention.no_show", "Did not show up")
	case board.AttentionConsentMissing:
		return T("meeting.attention.consent_missing", "Consent missing")
	}
	return string(a)
}

func weekdayShort(d time.Weekday) string {
	switch d {
	case time.Monday:
		return T("meeting.day.mon", "Mon")
	case time.Tuesday:
		return T("meeting.day.tue", "Tue")
	case time.Wednesday:
		return T("meeting.day.wed", "Wed")
	case time.Thursday:
		return T("meeting.day.thu", "Thu")
	case time.Friday:
		return T("meeting.day.fri", "Fri")
	case time.Saturday:
		return T("meeting.day.sat", "Sat")
	}
	return T("meeting.day.sun", "Sun")
}

// fmtDate writes a day the Danish way: "tor 26/11".
func fmtDate(d board.Date) string {
	if d.IsZero() {
		return "–"
	}
	return fmt.Sprintf("%s %d/%d", weekdayShort(d.Weekday()), d.Day, int(d.Month))
}

// fmtLongDate writes "26/11 2026".
func fmtLongDate(d board.Date) string {
	if d.IsZero() {
		return "–"
	}
	return fmt.Sprintf("%d/%d %d", d.Day, int(d.Month), d.Year)
}

// fmtDateTime writes "tor 26/11 09:30" in Copenhagen.
func fmtDateTime(t time.Time) string {
	t = t.In(calendar.Copenhagen)
	return fmt.Sprintf("%s %s", fmtDate(board.DateOf(t)), t.Format("15:04"))
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

// appointmentLine is how a new appointment is written into the minutes.
func appointmentLine(a *calendar.Appointment, p *planning) string {
	who := ""
	for i, id := range a.Participants {
		if i > 0 {
			who += ", "
		}
		who += p.initials(id)
	}
	return T("meeting.minutes.appointment_line", "New appointment: {{.Kind}} {{.When}} ({{.Who}})",
		map[string]any{"Kind": kindLabel(a.Kind), "When": fmtDateTime(a.Start), "Who": who})
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
		return board.ErrorMessage(err)
	case board.EReadOnly:
		return T("meeting.error.read_only", "The team file can only be read from this PC.")
	case board.EUnavailable:
		return T("meeting.error.unavailable", "The team file cannot be reached. Try again.")
	case board.ENotFound:
		return T("meeting.error.not_found", "This record no longer exists.")
	}
	var v *calendar.ValidationError
	if asValidation(err, &v) {
		return v.Message
	}
	return T("meeting.error.internal", "Something went wrong. Try again.")
}

func asValidation(err error, v **calendar.ValidationError) bool { return errors.As(err, v) }

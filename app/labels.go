package app

import (
	"fmt"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for the domain's codes, in the current language.

func statusLabel(s board.Status) string {
	switch s {
	case board.StatusReferred:
		return T("status.referred", "Referred")
	case board.StatusIntake:
		return T("status.intake", "Intake")
	case board.StatusActive:
		return T("status.active", "Active")
	case board.StatusPaused:
		return T("status.paused", "Paused")
	case board.StatusClosed:
		return T("status.closed", "Closed")
	}
	return string(s)
}

func groupLabel(g board.BoardGroup) string {
	switch g {
	case board.GroupOnBoard:
		return T("group.onboard", "On the board")
	case board.GroupActive:
		return T("group.active", "Active")
	case board.GroupIntake:
		return T("group.intake", "Intake and referred")
	case board.GroupPaused:
		return T("group.paused", "Paused")
	}
	return T("group.closed", "Closed")
}

func sectorLabel(s board.Sector) string {
	switch s {
	case board.SectorRegion:
		return T("sector.region", "Region")
	case board.SectorKommune:
		return T("sector.kommune", "Municipality")
	case board.SectorGP:
		return T("sector.gp", "General practice")
	case board.SectorOther:
		return T("sector.other", "Other")
	}
	return T("sector.none", "No sector")
}

// sectorLetter is the one-letter label on a chip, so the sector reads
// without colour.
func sectorLetter(s board.Sector) string {
	switch s {
	case board.SectorRegion:
		return T("sector.region.letter", "R")
	case board.SectorKommune:
		return T("sector.kommune.letter", "M")
	case board.SectorGP:
		return T("sector.gp.letter", "G")
	}
	return T("sector.other.letter", "O")
}

func kindLabel(k calendar.Kind) string {
	switch k {
	case calendar.KindHomeVisit:
		return T("kind.home_visit", "Home visit")
	case calendar.KindConsultation:
		return T("kind.consultation", "Consultation")
	case calendar.KindPhone:
		return T("kind.phone", "Phone")
	case calendar.KindMeeting:
		return T("kind.meeting", "Meeting")
	case calendar.KindMedication:
		return T("kind.medication", "Medication")
	}
	return T("kind.other", "Other")
}

// kindShort is the short word on a board chip.
func kindShort(k calendar.Kind) string {
	switch k {
	case calendar.KindHomeVisit:
		return T("kind.home_visit.short", "visit")
	case calendar.KindConsultation:
		return T("kind.consultation.short", "consult")
	case calendar.KindPhone:
		return T("kind.phone.short", "phone")
	case calendar.KindMeeting:
		return T("kind.meeting.short", "meeting")
	case calendar.KindMedication:
		return T("kind.medication.short", "medic.")
	}
	return T("kind.other.short", "other")
}

func apptStatusLabel(s calendar.Status) string {
	switch s {
	case calendar.StatusPlanned:
		return T("appt.planned", "Planned")
	case calendar.StatusHeld:
		return T("appt.held", "Held")
	case calendar.StatusCancelled:
		return T("appt.cancelled", "Cancelled")
	case calendar.StatusNoShow:
		return T("appt.no_show", "No-show")
	}
	return string(s)
}

func freqLabel(f calendar.Freq) string {
	switch f {
	case calendar.FreqWeekly:
		return T("freq.weekly", "Every week")
	case calendar.FreqBiweekly:
		return T("freq.biweekly", "Every second week")
	case calendar.FreqMonthly:
		return T("freq.monthly", "Every month")
	}
	return T("freq.none", "Does not repeat")
}

func actionStatusLabel(s board.ActionStatus) string {
	switch s {
	case board.ActionOpen:
		return T("action.open", "Open")
	case board.ActionDone:
		return T("action.done", "Done")
	case board.ActionCancelled:
		return T("action.cancelled", "Cancelled")
	}
	return string(s)
}

func attentionLabel(a board.Attention) string {
	switch a {
	case board.AttentionReviewPassed:
		return T("attention.review_passed", "Review date passed")
	case board.AttentionActionOverdue:
		return T("attention.action_overdue", "Action overdue")
	case board.AttentionNoContact:
		return T("attention.no_contact", "No contact in 14 days")
	case board.AttentionNoShow:
		return T("attention.no_show", "No-show")
	case board.AttentionConsentMissing:
		return T("attention.consent_missing", "Consent missing")
	}
	return string(a)
}

// attentionShort is the marker text on the board.
func attentionShort(a board.Attention) string {
	switch a {
	case board.AttentionReviewPassed:
		return T("attention.review_passed.short", "review")
	case board.AttentionActionOverdue:
		return T("attention.action_overdue.short", "overdue")
	case board.AttentionNoContact:
		return T("attention.no_contact.short", "14 days")
	case board.AttentionNoShow:
		return T("attention.no_show.short", "no-show")
	case board.AttentionConsentMissing:
		return T("attention.consent_missing.short", "consent")
	}
	return string(a)
}

// Dates and times: Danish writes 24.11.2026, English 2026-11-24.

func dateLayout() string {
	if currentLang == langEnglish {
		return "2006-01-02"
	}
	return "02.01.2006"
}

func fmtDate(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.In(time.UTC).Format(dateLayout())
}

// fmtDay is the short day on the board: "24.11." or "24 Nov".
func fmtDay(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	if currentLang == langEnglish {
		return d.In(time.UTC).Format("2 Jan")
	}
	return d.In(time.UTC).Format("2.1.")
}

// fmtDayYear is a day with its year: "29.11.2026" or "29 Nov 2026".
func fmtDayYear(d board.Date) string {
	if currentLang == langEnglish {
		return d.In(time.UTC).Format("2 Jan 2006")
	}
	return fmtDate(d)
}

func fmtTime(t time.Time) string { return t.In(calendar.Copenhagen).Format("15:04") }

func fmtDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmtDate(board.DateOf(t.In(calendar.Copenhagen))) + " " + fmtTime(t)
}

// parseDate accepts 24.11.2026, 24-11-2026, 24/11/2026 and 2026-11-24; the
// empty string is the zero date.
func parseDate(s string) (board.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return board.Date{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2.1.2006", "2-1-2006", "2/1/2006", "2.1.06"} {
		if t, err := time.Parse(layout, s); err == nil {
			return board.DateOf(t), nil
		}
	}
	return board.Date{}, fmt.Errorf("bad date")
}

// parseClock accepts 9, 9:30, 09.30 and 0930.
func parseClock(s string) (h, m int, err error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	for _, layout := range []string{"15:04", "15", "1504"} {
		if t, e := time.Parse(layout, s); e == nil {
			return t.Hour(), t.Minute(), nil
		}
	}
	return 0, 0, fmt.Errorf("bad time")
}

var weekdayKeys = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
var weekdayEnglish = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// weekdayShort names day i of the week, 0 = Monday, with fyne's own keys.
func weekdayShort(i int) string { return T(weekdayKeys[i]+".short", weekdayEnglish[i]) }

func weekTitle(w calendar.Week) string {
	from := board.DateOf(w.Start())
	to := board.DateOf(w.Day(6))
	return T("week.title", "Week {{.N}}, {{.From}} – {{.To}}", map[string]any{
		"N": w.Week, "From": fmtDay(from), "To": fmtDayYear(to)})
}

package text

import (
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for the domain's codes. An unknown code reads as itself rather
// than as nothing, so a value from a newer Tavlen still shows.

// Status names a citizen's status.
func (w *Words) Status(s board.Status) string {
	switch s {
	case board.StatusReferred:
		return w.T("status.referred", "Referred")
	case board.StatusIntake:
		return w.T("status.intake", "Intake")
	case board.StatusActive:
		return w.T("status.active", "Active")
	case board.StatusPaused:
		return w.T("status.paused", "Paused")
	case board.StatusClosed:
		return w.T("status.closed", "Closed")
	}
	return string(s)
}

// Group names a group of the board's citizen list.
func (w *Words) Group(g board.BoardGroup) string {
	switch g {
	case board.GroupOnBoard:
		return w.T("group.onboard", "On the board")
	case board.GroupActive:
		return w.T("group.active", "Active")
	case board.GroupIntake:
		return w.T("group.intake", "Intake")
	case board.GroupPaused:
		return w.T("group.paused", "Paused")
	}
	return w.T("group.closed", "Closed")
}

// Sector names a sector.
func (w *Words) Sector(s board.Sector) string {
	switch s {
	case board.SectorRegion:
		return w.T("sector.region", "Region")
	case board.SectorKommune:
		return w.T("sector.kommune", "Municipality")
	case board.SectorGP:
		return w.T("sector.gp", "General practice")
	case board.SectorOther:
		return w.T("sector.other", "Other")
	}
	return w.T("sector.none", "No sector")
}

// SectorLetter is the one-letter mark of a sector on a chip or a poster,
// so the sector reads without colour.
func (w *Words) SectorLetter(s board.Sector) string {
	switch s {
	case board.SectorRegion:
		return w.T("sector.region.letter", "R")
	case board.SectorKommune:
		return w.T("sector.kommune.letter", "M")
	case board.SectorGP:
		return w.T("sector.gp.letter", "G")
	}
	return w.T("sector.other.letter", "O")
}

// Kind names a kind of appointment; it is also the CATEGORIES word of an
// exported calendar file.
func (w *Words) Kind(k calendar.Kind) string {
	switch k {
	case calendar.KindHomeVisit:
		return w.T("kind.home_visit", "Home visit")
	case calendar.KindConsultation:
		return w.T("kind.consultation", "Consultation")
	case calendar.KindPhone:
		return w.T("kind.phone", "Phone call")
	case calendar.KindMeeting:
		return w.T("kind.meeting", "Meeting")
	case calendar.KindMedication:
		return w.T("kind.medication", "Medication")
	}
	return w.T("kind.other", "Other")
}

// KindShort is the short word for a kind on a board chip.
func (w *Words) KindShort(k calendar.Kind) string {
	switch k {
	case calendar.KindHomeVisit:
		return w.T("kind.home_visit.short", "visit")
	case calendar.KindConsultation:
		return w.T("kind.consultation.short", "consult")
	case calendar.KindPhone:
		return w.T("kind.phone.short", "phone")
	case calendar.KindMeeting:
		return w.T("kind.meeting.short", "meeting")
	case calendar.KindMedication:
		return w.T("kind.medication.short", "medic.")
	}
	return w.T("kind.other.short", "other")
}

// ApptStatus names an appointment's status.
func (w *Words) ApptStatus(s calendar.Status) string {
	switch s {
	case calendar.StatusPlanned:
		return w.T("appt.planned", "Planned")
	case calendar.StatusHeld:
		return w.T("appt.held", "Held")
	case calendar.StatusCancelled:
		return w.T("appt.cancelled", "Cancelled")
	case calendar.StatusNoShow:
		return w.T("appt.no_show", "No-show")
	}
	return string(s)
}

// Freq names how an appointment repeats.
func (w *Words) Freq(f calendar.Freq) string {
	switch f {
	case calendar.FreqWeekly:
		return w.T("freq.weekly", "Every week")
	case calendar.FreqBiweekly:
		return w.T("freq.biweekly", "Every second week")
	case calendar.FreqMonthly:
		return w.T("freq.monthly", "Every month")
	}
	return w.T("freq.none", "Does not repeat")
}

// ActionStatus names an action's status.
func (w *Words) ActionStatus(s board.ActionStatus) string {
	switch s {
	case board.ActionOpen:
		return w.T("action.open", "Open")
	case board.ActionDone:
		return w.T("action.done", "Done")
	case board.ActionCancelled:
		return w.T("action.cancelled", "Cancelled")
	}
	return string(s)
}

// Attention names why a citizen needs the team's attention.
func (w *Words) Attention(a board.Attention) string {
	switch a {
	case board.AttentionReviewPassed:
		return w.T("attention.review_passed", "Review date passed")
	case board.AttentionActionOverdue:
		return w.T("attention.action_overdue", "Action overdue")
	case board.AttentionNoContact:
		return w.T("attention.no_contact", "No contact in 14 days")
	case board.AttentionNoShow:
		return w.T("attention.no_show", "No-show")
	case board.AttentionConsentMissing:
		return w.T("attention.consent_missing", "Consent missing")
	case board.AttentionWellbeingLow, board.AttentionWellbeingFalling:
		return w.T("attention."+string(a), string(a))
	}
	return string(a)
}

// AttentionShort is the attention marker's text on the board.
func (w *Words) AttentionShort(a board.Attention) string {
	switch a {
	case board.AttentionReviewPassed:
		return w.T("attention.review_passed.short", "review")
	case board.AttentionActionOverdue:
		return w.T("attention.action_overdue.short", "overdue")
	case board.AttentionNoContact:
		return w.T("attention.no_contact.short", "14 days")
	case board.AttentionNoShow:
		return w.T("attention.no_show.short", "no-show")
	case board.AttentionConsentMissing:
		return w.T("attention.consent_missing.short", "consent")
	case board.AttentionWellbeingLow, board.AttentionWellbeingFalling:
		return w.T("attention."+string(a)+".short", string(a))
	}
	return string(a)
}

// Section names a section of the meeting's agenda.
func (w *Words) Section(s board.AgendaSection) string {
	switch s {
	case board.AgendaOnBoard:
		return w.T("section.on_board", "On the board")
	case board.AgendaReviewDue:
		return w.T("section.review_due", "Review due")
	case board.AgendaNew:
		return w.T("section.new", "New referral")
	}
	return w.T("section.rest", "If time allows")
}

var weekdayKeys = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// Weekday is the day's name: "mandag", "Monday".
func (w *Words) Weekday(d time.Weekday) string {
	return w.T(weekdayKeys[d%7], d.String())
}

// WeekdayShort is the day's short name: "man", "Mon".
func (w *Words) WeekdayShort(d time.Weekday) string {
	return w.T(weekdayKeys[d%7]+".short", d.String()[:3])
}

var monthKeys = [12]string{"month.1", "month.2", "month.3", "month.4", "month.5", "month.6",
	"month.7", "month.8", "month.9", "month.10", "month.11", "month.12"}

// Month is the month's name: "december", "December".
func (w *Words) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return m.String()
	}
	return w.T(monthKeys[m-1], m.String())
}

// MonthShort is the month's short name: "dec.", "Dec".
func (w *Words) MonthShort(m time.Month) string {
	if m < time.January || m > time.December {
		return m.String()
	}
	return w.T(monthKeys[m-1]+".short", m.String()[:3])
}

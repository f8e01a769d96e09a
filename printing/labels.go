package printing

import (
	"sync"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

// Languages the documents are printed in. Any other value prints Danish.
const (
	Danish  = text.Danish
	English = text.English
)

// labels holds every word a document prints, in one language: a view over
// the catalogue of words (package text), so the printers read short.
type labels struct {
	lang string
	w    *text.Words

	// Page footer: fmt pattern with the page number; the total follows.
	pageOf string // "side %d af "

	// Weekdays from Sunday (time.Weekday order), full and short; months.
	weekdays      [7]string
	weekdaysShort [7]string
	months        [12]string
	monthsShort   [12]string

	sectors       map[board.Sector]string
	sectorShort   map[board.Sector]string
	kinds         map[calendar.Kind]string
	apptStatuses  map[calendar.Status]string
	actionStatus  map[board.ActionStatus]string
	citizenStatus map[board.Status]string
	groups        map[board.BoardGroup]string
	attention     map[board.Attention]string

	// Citizen plan.
	planTitle, printed, lastChange, notChanged               string
	goalsHeading, noGoals                                    string
	actionsHeading, noActions, colAction, colWho, colDue     string
	colStatus, youOrNetwork                                  string
	apptsHeading, noAppts, colDay, colTime, colWhat, colWith string
	colWhere, atHome, byPhone                                string
	contactsHeading, noContacts, colName, colRole            string
	colSector, colPhone, teamContacts, ownContacts           string
	crisisHeading, noCrisis, warningSigns, whatHelps         string
	whomToCall, emergency                                    string

	// Board poster.
	boardTitle, week, today, colCitizen, colResponsible  string
	colNextAction, colAttention, due, dayOnBoard, review string
	noCitizens, overdue                                  string

	// Minutes.
	minutesTitle, facilitator, attendees, noAttendees, duration string
	citizensHeading, noItems, notes, decisions, boardChange     string
	notReached, skipped, minutes, newActions, noNewActions      string
	boardChanges, noBoardChanges, ongoing                       string
}

// danish and english are the two languages' labels, read from the
// catalogue of words (package text, "doc." keys and the domain's labels)
// on first print, not when the program starts (they cost its start-up
// about 9 ms and most starts print nothing).
var (
	danish  = sync.OnceValue(func() *labels { return newLabels(Danish) })
	english = sync.OnceValue(func() *labels { return newLabels(English) })
)

func newLabels(code string) *labels {
	w := text.For(code)
	l := &labels{
		lang:            w.Lang(),
		w:               w,
		pageOf:          w.T("doc.page_of", "page %d of "),
		planTitle:       w.T("doc.plan_title", "My plan"),
		printed:         w.T("doc.printed", "Printed"),
		lastChange:      w.T("doc.last_change", "Plan last changed"),
		notChanged:      w.T("doc.not_changed", "The plan has not been written yet"),
		goalsHeading:    w.T("doc.goals_heading", "My wishes and goals"),
		noGoals:         w.T("doc.no_goals", "No wishes or goals have been written yet."),
		actionsHeading:  w.T("doc.actions_heading", "What we do"),
		noActions:       w.T("doc.no_actions", "Nothing has been agreed yet."),
		colAction:       w.T("doc.col_action", "What"),
		colWho:          w.T("doc.col_who", "Who"),
		colDue:          w.T("doc.col_due", "By when"),
		colStatus:       w.T("doc.col_status", "Status"),
		youOrNetwork:    w.T("doc.you_or_network", "You or your network"),
		apptsHeading:    w.T("doc.appts_heading", "My appointments"),
		noAppts:         w.T("doc.no_appts", "No appointments in the next 4 weeks."),
		colDay:          w.T("doc.col_day", "Day"),
		colTime:         w.T("doc.col_time", "Time"),
		colWhat:         w.T("doc.col_what", "What"),
		colWith:         w.T("doc.col_with", "With whom"),
		colWhere:        w.T("doc.col_where", "Where"),
		atHome:          w.T("doc.at_home", "At your home"),
		byPhone:         w.T("doc.by_phone", "By phone"),
		contactsHeading: w.T("doc.contacts_heading", "My contact persons"),
		noContacts:      w.T("doc.no_contacts", "No contact persons have been written down yet."),
		colName:         w.T("doc.col_name", "Name"),
		colRole:         w.T("doc.col_role", "Role"),
		colSector:       w.T("doc.col_sector", "From"),
		colPhone:        w.T("doc.col_phone", "Phone"),
		teamContacts:    w.T("doc.team_contacts", "From the team"),
		ownContacts:     w.T("doc.own_contacts", "My network and others"),
		crisisHeading:   w.T("doc.crisis_heading", "If things get hard"),
		noCrisis:        w.T("doc.no_crisis", "There is no crisis plan yet. Talk to your contact person about one."),
		warningSigns:    w.T("doc.warning_signs", "Signs that things are getting hard"),
		whatHelps:       w.T("doc.what_helps", "What helps me"),
		whomToCall:      w.T("doc.whom_to_call", "Whom I can call"),
		emergency:       w.T("doc.emergency", "If a life is in danger: call 112."),
		boardTitle:      w.T("doc.board_title", "The board"),
		week:            w.T("doc.week", "Week"),
		today:           w.T("doc.today", "today"),
		colCitizen:      w.T("doc.col_citizen", "Citizen"),
		colResponsible:  w.T("doc.col_responsible", "Responsible"),
		colNextAction:   w.T("doc.col_next_action", "Next action"),
		colAttention:    w.T("doc.col_attention", "Attention"),
		due:             w.T("doc.due", "due"),
		dayOnBoard:      w.T("doc.day_on_board", "day"),
		review:          w.T("doc.review", "review"),
		noCitizens:      w.T("doc.no_citizens", "No citizens this week."),
		overdue:         w.T("doc.overdue", "overdue"),
		minutesTitle:    w.T("doc.minutes_title", "Minutes of the team meeting"),
		facilitator:     w.T("doc.facilitator", "Facilitator"),
		attendees:       w.T("doc.attendees", "Attendees"),
		noAttendees:     w.T("doc.no_attendees", "No attendees were recorded."),
		duration:        w.T("doc.duration", "Time"),
		citizensHeading: w.T("doc.citizens_heading", "Citizens"),
		noItems:         w.T("doc.no_items", "No citizens were on the agenda."),
		notes:           w.T("doc.notes", "Notes"),
		decisions:       w.T("doc.decisions", "Decisions"),
		boardChange:     w.T("doc.board_change", "Change on the board"),
		notReached:      w.T("doc.not_reached", "Not reached"),
		skipped:         w.T("doc.skipped", "Skipped"),
		minutes:         w.T("doc.minutes", "min"),
		newActions:      w.T("doc.new_actions", "New actions"),
		noNewActions:    w.T("doc.no_new_actions", "No new actions."),
		boardChanges:    w.T("doc.board_changes", "Changes on the board"),
		noBoardChanges:  w.T("doc.no_board_changes", "No changes on the board."),
		ongoing:         w.T("doc.ongoing", "the meeting has not ended"),
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		l.weekdays[d], l.weekdaysShort[d] = w.Weekday(d), w.WeekdayShort(d)
	}
	for m := time.January; m <= time.December; m++ {
		l.months[m-1], l.monthsShort[m-1] = w.Month(m), w.MonthShort(m)
	}
	l.sectors, l.sectorShort = labelMap(board.Sectors, w.Sector), labelMap(board.Sectors, w.SectorLetter)
	l.kinds = labelMap(calendar.Kinds, w.Kind)
	l.apptStatuses = labelMap(calendar.Statuses, w.ApptStatus)
	l.actionStatus = labelMap(board.ActionStatuses, w.ActionStatus)
	l.citizenStatus = labelMap(board.Statuses, w.Status)
	l.groups = labelMap([]board.BoardGroup{board.GroupOnBoard, board.GroupActive, board.GroupIntake, board.GroupPaused, board.GroupClosed}, w.Group)
	l.attention = labelMap([]board.Attention{board.AttentionReviewPassed, board.AttentionActionOverdue,
		board.AttentionNoContact, board.AttentionNoShow, board.AttentionConsentMissing}, w.Attention)
	return l
}

// labelsFor returns the labels of lang; Danish unless lang is English.
func labelsFor(lang string) *labels {
	if lang == English {
		return english()
	}
	return danish()
}

// word returns m[k], or fallback (the raw value) when the key is unknown,
// so a new enum value prints as itself rather than as nothing.
func word[K ~string](m map[K]string, k K) string {
	if s, ok := m[k]; ok {
		return s
	}
	return string(k)
}

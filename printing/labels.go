package printing

import (
	"tavlen/board"
	"tavlen/calendar"
)

// Languages the documents are printed in. Any other value prints Danish.
const (
	Danish  = "da"
	English = "en"
)

// labels holds every word a document prints, in one language.
type labels struct {
	lang string

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

var danish = &labels{
	lang:          Danish,
	pageOf:        "side %d af ",
	weekdays:      [7]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"},
	weekdaysShort: [7]string{"søn", "man", "tir", "ons", "tor", "fre", "lør"},
	months: [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli",
		"august", "september", "oktober", "november", "december"},
	monthsShort: [12]string{"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.",
		"aug.", "sep.", "okt.", "nov.", "dec."},
	sectors: map[board.Sector]string{
		board.SectorRegion: "Region", board.SectorKommune: "Kommune",
		board.SectorGP: "Almen praksis", board.SectorOther: "Andet",
	},
	sectorShort: map[board.Sector]string{
		board.SectorRegion: "R", board.SectorKommune: "K",
		board.SectorGP: "AP", board.SectorOther: "A",
	},
	kinds: map[calendar.Kind]string{
		calendar.KindHomeVisit: "Hjemmebesøg", calendar.KindConsultation: "Konsultation",
		calendar.KindPhone: "Telefon", calendar.KindMeeting: "Møde",
		calendar.KindMedication: "Medicin", calendar.KindOther: "Andet",
	},
	apptStatuses: map[calendar.Status]string{
		calendar.StatusPlanned: "Planlagt", calendar.StatusHeld: "Afholdt",
		calendar.StatusCancelled: "Aflyst", calendar.StatusNoShow: "Udeblevet",
	},
	actionStatus: map[board.ActionStatus]string{
		board.ActionOpen: "Åben", board.ActionDone: "Udført", board.ActionCancelled: "Annulleret",
	},
	citizenStatus: map[board.Status]string{
		board.StatusReferred: "Henvist", board.StatusIntake: "Indskrivning",
		board.StatusActive: "Aktiv", board.StatusPaused: "Pause", board.StatusClosed: "Afsluttet",
	},
	groups: map[board.BoardGroup]string{
		board.GroupOnBoard: "På tavlen", board.GroupActive: "Aktive",
		board.GroupIntake: "Visitation og indskrivning", board.GroupPaused: "Pause",
		board.GroupClosed: "Afsluttet",
	},
	attention: map[board.Attention]string{
		board.AttentionReviewPassed:   "Revisionsdato overskredet",
		board.AttentionActionOverdue:  "Handling over tid",
		board.AttentionNoContact:      "Ingen kontakt i 14 dage",
		board.AttentionNoShow:         "Udeblevet",
		board.AttentionConsentMissing: "Samtykke mangler",
	},

	planTitle:  "Min plan",
	printed:    "Udskrevet",
	lastChange: "Planen er sidst ændret",
	notChanged: "Planen er ikke skrevet endnu",

	goalsHeading: "Mine ønsker og mål",
	noGoals:      "Der er ikke skrevet ønsker og mål endnu.",

	actionsHeading: "Det gør vi",
	noActions:      "Der er ikke aftalt noget endnu.",
	colAction:      "Hvad",
	colWho:         "Hvem",
	colDue:         "Hvornår",
	colStatus:      "Status",
	youOrNetwork:   "Dig eller dit netværk",

	apptsHeading: "Mine aftaler",
	noAppts:      "Ingen aftaler de næste 4 uger.",
	colDay:       "Dag",
	colTime:      "Tid",
	colWhat:      "Hvad",
	colWith:      "Med hvem",
	colWhere:     "Hvor",
	atHome:       "Hjemme hos dig",
	byPhone:      "I telefonen",

	contactsHeading: "Mine kontaktpersoner",
	noContacts:      "Der er ikke skrevet kontaktpersoner på endnu.",
	colName:         "Navn",
	colRole:         "Rolle",
	colSector:       "Hvor fra",
	colPhone:        "Telefon",
	teamContacts:    "Fra teamet",
	ownContacts:     "Mit netværk og andre",

	crisisHeading: "Hvis det bliver svært",
	noCrisis:      "Der er ikke lavet en kriseplan endnu. Tal med din kontaktperson om den.",
	warningSigns:  "Tegn på at det bliver svært",
	whatHelps:     "Det hjælper mig",
	whomToCall:    "Dem kan jeg ringe til",
	emergency:     "Ved akut fare for liv: ring 112.",

	boardTitle:     "Tavlen",
	week:           "Uge",
	today:          "i dag",
	colCitizen:     "Borger",
	colResponsible: "Ansvarlige",
	colNextAction:  "Næste handling",
	colAttention:   "Obs",
	due:            "senest",
	dayOnBoard:     "dag",
	review:         "revision",
	noCitizens:     "Ingen borgere i denne uge.",
	overdue:        "over tid",

	minutesTitle:    "Referat af teammøde",
	facilitator:     "Ordstyrer",
	attendees:       "Deltagere",
	noAttendees:     "Ingen deltagere er skrevet på.",
	duration:        "Tid",
	citizensHeading: "Borgere",
	noItems:         "Ingen borgere var på dagsordenen.",
	notes:           "Noter",
	decisions:       "Beslutninger",
	boardChange:     "Ændring på tavlen",
	notReached:      "Ikke nået",
	skipped:         "Sprunget over",
	minutes:         "min.",
	newActions:      "Nye handlinger",
	noNewActions:    "Ingen nye handlinger.",
	boardChanges:    "Ændringer på tavlen",
	noBoardChanges:  "Ingen ændringer på tavlen.",
	ongoing:         "mødet er ikke afsluttet",
}

var english = &labels{
	lang:          English,
	pageOf:        "page %d of ",
	weekdays:      [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	weekdaysShort: [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
	months: [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"},
	monthsShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec"},
	sectors: map[board.Sector]string{
		board.SectorRegion: "Region", board.SectorKommune: "Municipality",
		board.SectorGP: "General practice", board.SectorOther: "Other",
	},
	sectorShort: map[board.Sector]string{
		board.SectorRegion: "R", board.SectorKommune: "M",
		board.SectorGP: "GP", board.SectorOther: "O",
	},
	kinds: map[calendar.Kind]string{
		calendar.KindHomeVisit: "Home visit", calendar.KindConsultation: "Consultation",
		calendar.KindPhone: "Phone", calendar.KindMeeting: "Meeting",
		calendar.KindMedication: "Medication", calendar.KindOther: "Other",
	},
	apptStatuses: map[calendar.Status]string{
		calendar.StatusPlanned: "Planned", calendar.StatusHeld: "Held",
		calendar.StatusCancelled: "Cancelled", calendar.StatusNoShow: "No-show",
	},
	actionStatus: map[board.ActionStatus]string{
		board.ActionOpen: "Open", board.ActionDone: "Done", board.ActionCancelled: "Cancelled",
	},
	citizenStatus: map[board.Status]string{
		board.StatusReferred: "Referred", board.StatusIntake: "Intake",
		board.StatusActive: "Active", board.StatusPaused: "Paused", board.StatusClosed: "Closed",
	},
	groups: map[board.BoardGroup]string{
		board.GroupOnBoard: "On the board", board.GroupActive: "Active",
		board.GroupIntake: "Referral and intake", board.GroupPaused: "Paused",
		board.GroupClosed: "Closed",
	},
	attention: map[board.Attention]string{
		board.AttentionReviewPassed:   "Review date passed",
		board.AttentionActionOverdue:  "Action overdue",
		board.AttentionNoContact:      "No contact for 14 days",
		board.AttentionNoShow:         "No-show",
		board.AttentionConsentMissing: "Consent missing",
	},

	planTitle:  "My plan",
	printed:    "Printed",
	lastChange: "Plan last changed",
	notChanged: "The plan has not been written yet",

	goalsHeading: "My wishes and goals",
	noGoals:      "No wishes or goals have been written yet.",

	actionsHeading: "What we do",
	noActions:      "Nothing has been agreed yet.",
	colAction:      "What",
	colWho:         "Who",
	colDue:         "By when",
	colStatus:      "Status",
	youOrNetwork:   "You or your network",

	apptsHeading: "My appointments",
	noAppts:      "No appointments in the next 4 weeks.",
	colDay:       "Day",
	colTime:      "Time",
	colWhat:      "What",
	colWith:      "With whom",
	colWhere:     "Where",
	atHome:       "At your home",
	byPhone:      "By phone",

	contactsHeading: "My contact persons",
	noContacts:      "No contact persons have been written down yet.",
	colName:         "Name",
	colRole:         "Role",
	colSector:       "From",
	colPhone:        "Phone",
	teamContacts:    "From the team",
	ownContacts:     "My network and others",

	crisisHeading: "If things get hard",
	noCrisis:      "There is no crisis plan yet. Talk to your contact person about one.",
	warningSigns:  "Signs that things are getting hard",
	whatHelps:     "What helps me",
	whomToCall:    "Whom I can call",
	emergency:     "If a life is in danger: call 112.",

	boardTitle:     "The board",
	week:           "Week",
	today:          "today",
	colCitizen:     "Citizen",
	colResponsible: "Responsible",
	colNextAction:  "Next action",
	colAttention:   "Attention",
	due:            "due",
	dayOnBoard:     "day",
	review:         "review",
	noCitizens:     "No citizens this week.",
	overdue:        "overdue",

	minutesTitle:    "Minutes of the team meeting",
	facilitator:     "Facilitator",
	attendees:       "Attendees",
	noAttendees:     "No attendees were recorded.",
	duration:        "Time",
	citizensHeading: "Citizens",
	noItems:         "No citizens were on the agenda.",
	notes:           "Notes",
	decisions:       "Decisions",
	boardChange:     "Change on the board",
	notReached:      "Not reached",
	skipped:         "Skipped",
	minutes:         "min",
	newActions:      "New actions",
	noNewActions:    "No new actions.",
	boardChanges:    "Changes on the board",
	noBoardChanges:  "No changes on the board.",
	ongoing:         "the meeting has not ended",
}

// labelsFor returns the labels of lang; Danish unless lang is English.
func labelsFor(lang string) *labels {
	if lang == English {
		return english
	}
	return danish
}

// word returns m[k], or fallback (the raw value) when the key is unknown,
// so a new enum value prints as itself rather than as nothing.
func word[K ~string](m map[K]string, k K) string {
	if s, ok := m[k]; ok {
		return s
	}
	return string(k)
}

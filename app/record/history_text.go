package record

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// The citizen's history as a person reads it: who, when (Danish local
// time), what kind of record, and per field "before → after", all in the
// user's language. The store hands over domain kinds and field keys; the
// words for them live here.

// HistoryEntry is one entry of the History tab: a headline and, for a
// change, one line per field.
type HistoryEntry struct {
	Head   string
	Fields []string
}

// Text is the entry as the tab shows it.
func (h HistoryEntry) Text() string {
	return strings.Join(append([]string{h.Head}, h.Fields...), "\n")
}

// HistoryEntryOf words one audit entry; byInitials names the member who
// made it (it may be nil, or return nil: the initials are shown).
func HistoryEntryOf(byInitials func(string) *board.Member, e *board.AuditEntry) HistoryEntry {
	head := []string{historyWhen(e.At), historyWho(byInitials, e.Member, e.Machine), historyWhat(e)}
	h := HistoryEntry{Head: strings.Join(head, " · ")}
	kind := recordKindLabel(e.Kind)
	for _, f := range e.Fields {
		if unshownFields[f.Field] {
			continue
		}
		label := kind + " – " + historyFieldLabel(f.Field)
		if f.Of != "" {
			label += " " + historyValue(f.Field, f.Of)
		}
		before, after := historyValue(f.Field, f.Before), historyValue(f.Field, f.After)
		var line string
		switch e.Action {
		case board.AuditInsert:
			line = label + ": " + after
		case board.AuditDelete:
			line = label + ": " + before
		default:
			// Words, not an arrow: Fyne drew "→ " with a broken
			// character after it on some systems' fonts.
			line = label + ": " + T("history.change", "from {{.Before}} to {{.After}}",
				map[string]any{"Before": orEmpty(before), "After": orEmpty(after)})
		}
		h.Fields = append(h.Fields, line)
	}
	return h
}

// historyWhen is the moment in Danish local time: "27.11.2026 kl. 10:42".
func historyWhen(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	local := t.In(calendar.Copenhagen)
	return T("history.when", "{{.Date}} at {{.Time}}", map[string]any{
		"Date": kit.FmtDate(board.DateOf(local)), "Time": local.Format("15:04")})
}

// historyWho names the member by name where the initials are known, and
// the PC the change came from.
func historyWho(byInitials func(string) *board.Member, initials, machine string) string {
	who := initials
	var m *board.Member
	if byInitials != nil && initials != "" {
		m = byInitials(initials)
	}
	if m != nil && m.Name != "" {
		who = m.Name + " (" + m.Initials + ")"
	}
	if who == "" {
		who = T("history.someone", "Someone")
	}
	if machine != "" {
		who += " " + T("history.on_machine", "on {{.Machine}}", map[string]any{"Machine": clean(machine)})
	}
	return who
}

// historyWhat is what happened: "Crisis plan changed", or a plain sentence
// for a view, print or export.
func historyWhat(e *board.AuditEntry) string {
	kind := map[string]any{"Kind": recordKindLabel(e.Kind)}
	switch e.Action {
	case board.AuditInsert:
		return T("history.created", "{{.Kind}} created", kind)
	case board.AuditUpdate:
		return T("history.changed", "{{.Kind}} changed", kind)
	case board.AuditDelete:
		return T("history.deleted", "{{.Kind}} deleted", kind)
	case board.AuditView, board.AuditPrint, board.AuditExport:
		return accessSentence(e.Action, e.Changes)
	}
	return T("history.other", "Changed")
}

// accessSentence words a view, print or export by how it happened.
func accessSentence(action, how string) string {
	var s string
	switch how {
	case board.AccessRecordOpened:
		s = T("history.access.record_opened", "The record was opened")
	case board.AccessMeeting:
		s = T("history.access.meeting", "Shown at the team meeting")
	case board.AccessPlanPrinted, board.AccessPlanPrintedCLI:
		s = T("history.access.plan_printed", "The plan was printed")
	case board.AccessBoardPrinted, board.AccessBoardPosterCLI:
		s = T("history.access.board_printed", "The board was printed")
	case board.AccessMinutes:
		s = T("history.access.minutes", "The minutes were printed")
	case board.AccessICSExported, board.AccessICSExportedCLI:
		s = T("history.access.ics_exported", "The appointments were exported as an iCalendar file")
	default:
		switch action {
		case board.AuditPrint:
			s = T("history.access.printed", "The data was printed")
		case board.AuditExport:
			s = T("history.access.exported", "The data was exported")
		default:
			s = T("history.access.viewed", "The data was viewed")
		}
	}
	switch how {
	case board.AccessPlanPrintedCLI, board.AccessBoardPosterCLI, board.AccessICSExportedCLI:
		s += " " + T("history.access.cli", "(from the command line)")
	}
	return s
}

// recordKindLabel is the kind of record in the user's language.
func recordKindLabel(k board.RecordKind) string {
	switch k {
	case board.RecordTeam:
		return T("history.kind.team", "Team")
	case board.RecordMember:
		return T("history.kind.member", "Team member")
	case board.RecordCitizen:
		return T("history.kind.citizen", "Citizen")
	case board.RecordNote:
		return T("history.kind.note", "Note")
	case board.RecordGoal:
		return T("history.kind.goal", "Goal")
	case board.RecordAction:
		return T("history.kind.action", "Action")
	case board.RecordCrisisPlan:
		return T("history.kind.crisis_plan", "Crisis plan")
	case board.RecordContact:
		return T("history.kind.contact", "Contact")
	case board.RecordAppointment:
		return T("history.kind.appointment", "Appointment")
	case board.RecordMeeting:
		return T("history.kind.meeting", "Meeting")
	case board.RecordMeetingItem:
		return T("history.kind.meeting_item", "Meeting item")
	case board.RecordMinutesCorrection:
		return T("history.kind.minutes_correction", "Correction to the minutes")
	case board.RecordTheme:
		return T("history.kind.theme", "Theme in the year wheel")
	case board.RecordWellbeing:
		return T("history.kind.wellbeing", "WHO-5")
	}
	return T("history.kind.other", "Record")
}

// unshownFields are kept in the history but mean nothing to a reader: an
// agenda item's place in the order is a number only the program uses.
var unshownFields = map[string]bool{"meeting_item.position": true}

// historyFields are the English words of every field key a store names;
// the key "history.field.<key>" holds the translation.
var historyFields = map[string]string{
	"team.name": "name",

	"member.name": "name", "member.initials": "initials", "member.role": "role", "member.sector": "sector",
	"member.organisation": "organisation", "member.phone": "phone", "member.email": "email", "member.active": "active",

	"citizen.name": "name", "citizen.preferred_name": "preferred name", "citizen.phone": "phone",
	"citizen.address": "address", "citizen.status": "status", "citizen.on_board": "on the board",
	"citizen.board_reason": "reason for the board", "citizen.board_since": "on the board since",
	"citizen.review_date": "review date", "citizen.responsible": "responsible",
	"citizen.consent_given": "consent given", "citizen.consent_scope": "consent covers",
	"citizen.consent_withdrawn": "consent withdrawn", "citizen.consent_withdrawn_on": "consent withdrawn on",
	"citizen.safety_note": "safety note", "citizen.notes": "remarks", "citizen.referred_by": "referred by",
	"citizen.referred_on": "referred on",

	"note.at": "time", "note.text": "text", "note.corrects": "corrects note",

	"goal.text": "goal", "goal.life_area": "life area", "goal.position": "order",

	"action.text": "action", "action.goal": "goal", "action.responsible": "responsible", "action.sector": "sector",
	"action.due": "due", "action.status": "status", "action.done_on": "done on",

	"crisis.warning_signs": "warning signs", "crisis.what_helps": "what helps", "crisis.whom_to_call": "whom to call",

	"contact.name": "name", "contact.relation": "relation", "contact.organisation": "organisation",
	"contact.phone": "phone", "contact.email": "email", "contact.notes": "remarks",

	"appointment.title": "title", "appointment.kind": "kind", "appointment.start": "start", "appointment.end": "end",
	"appointment.place": "place", "appointment.participants": "participants", "appointment.status": "status",
	"appointment.recurrence": "repeats", "appointment.until": "repeats until", "appointment.notes": "remarks",
	"appointment.occurrence": "the time on",

	"meeting.date": "date", "meeting.started": "started", "meeting.ended": "ended",
	"meeting.facilitator": "chair", "meeting.attendees": "attendees",
	"meeting.approved": "approved", "meeting.approved_by": "approved by",

	"minutes_correction.at": "written", "minutes_correction.by": "by", "minutes_correction.text": "text",

	"meeting_item.position": "order", "meeting_item.discussed": "discussed", "meeting_item.skipped": "skipped",
	"meeting_item.notes": "remarks", "meeting_item.decisions": "decisions", "meeting_item.board_change": "board change",
	"meeting_item.seconds": "seconds spent",

	// Year themes, referrals and the citizen in the meeting.
	"citizen.declined_on":          "declined on",
	"citizen.declined_reason":      "reason for declining",
	"citizen.referral_reason":      "reason for the referral",
	"citizen.referrer_kind":        "referrer",
	"meeting.theme":                "theme",
	"meeting.theme_minutes":        "theme's time (minutes)",
	"meeting.theme_notes":          "notes on the theme",
	"meeting.theme_presenter":      "theme presented by",
	"meeting.theme_seconds":        "seconds spent on the theme",
	"meeting_item.citizen_present": "the citizen took part",
	"team.intake_goal_days":        "goal for the intake (days)",
	"theme.meeting_date":           "meeting date",
	"theme.minutes":                "minutes",
	"theme.month":                  "month",
	"theme.notes":                  "remarks",
	"theme.presenter":              "presented by",
	"theme.title":                  "title",
	"theme.year":                   "year",

	// WHO-5.
	"wellbeing.answered_on":   "answered on",
	"wellbeing.asked_by":      "asked by",
	"wellbeing.item_1":        "cheerful and in good spirits",
	"wellbeing.item_2":        "calm and relaxed",
	"wellbeing.item_3":        "active and vigorous",
	"wellbeing.item_4":        "woke up fresh and rested",
	"wellbeing.item_5":        "daily life filled with things of interest",
	"wellbeing.score":         "score",
	"wellbeing.self_reported": "filled in by the citizen alone",
}

// historyFieldLabel is a field key in the user's language; an unknown key
// shows its last part, with spaces.
func historyFieldLabel(key string) string {
	english, ok := historyFields[key]
	if !ok {
		_, last, _ := strings.Cut(key, ".")
		return strings.ReplaceAll(last, "_", " ")
	}
	return T("history.field."+key, english)
}

// historyValue shows a stored value in the user's language: dates and
// times in the Danish format, yes/no and the domain's codes as words.
func historyValue(key, v string) string {
	v = clean(v)
	switch key {
	case "citizen.on_board", "citizen.consent_withdrawn", "member.active", "meeting_item.discussed", "meeting_item.skipped",
		"meeting_item.citizen_present", "wellbeing.self_reported":
		switch v {
		case "yes":
			return T("history.yes", "yes")
		case "no":
			return T("history.no", "no")
		}
	case "citizen.status":
		if v != "" {
			return kit.StatusLabel(board.Status(v))
		}
	case "member.sector", "action.sector":
		if v != "" {
			return kit.SectorLabel(board.Sector(v))
		}
	case "action.status":
		return kit.ActionStatusLabel(board.ActionStatus(v))
	case "appointment.kind":
		return kit.KindLabel(calendar.Kind(v))
	case "appointment.status":
		return kit.ApptStatusLabel(calendar.Status(v))
	case "appointment.recurrence":
		return kit.FreqLabel(calendar.Freq(v))
	case board.FieldOccurrence:
		if m := occurrenceState.FindStringSubmatch(v); m != nil {
			return occurrenceValue(m)
		}
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04", v, calendar.Copenhagen); err == nil {
		return historyWhen(t)
	}
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return kit.FmtDate(board.DateOf(t))
	}
	return v
}

// occurrenceState reads an occurrence's state as the store writes it:
// "planned, moved to 2026-12-02 11:00–12:00 (2026-12-03); notes: …".
var occurrenceState = regexp.MustCompile(`^(\w+)(?:, moved to (\d{4}-\d{2}-\d{2} \d{2}:\d{2})–(\d{2}:\d{2})(?: \((\d{4}-\d{2}-\d{2})\))?)?(?:; notes: ([\s\S]*))?$`)

// occurrenceValue words an occurrence's state: "Afholdt, flyttet til
// 02.12.2026 kl. 11:00–12:00; bemærkning: …".
func occurrenceValue(m []string) string {
	s := kit.ApptStatusLabel(calendar.Status(m[1]))
	if m[2] != "" {
		to := historyValue("", m[2]) + "–" + m[3]
		if m[4] != "" {
			to += " (" + historyValue("", m[4]) + ")"
		}
		s += ", " + T("history.moved_to", "moved to {{.When}}", map[string]any{"When": to})
	}
	if m[5] != "" {
		s += "; " + T("history.occurrence_note", "remark: {{.Note}}", map[string]any{"Note": m[5]})
	}
	return s
}

// orEmpty marks an empty value, so "→" never stands alone.
func orEmpty(v string) string {
	if v == "" {
		return T("history.empty", "(empty)")
	}
	return v
}

// clean replaces bytes that are no text, so a damaged value shows no
// broken characters.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "?")
	}
	return s
}

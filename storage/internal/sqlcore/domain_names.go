package sqlcore

import (
	"regexp"
	"strings"

	"tavlen/board"
)

// The one place where this adapter's tables and history labels meet the
// domain's words: the change log, presence and the history store table
// names and "label: old → new" lines; everything this package returns
// speaks board.RecordKind and domain field keys instead.

// recordTable describes one table as the change log and history know it.
type recordTable struct {
	table  string
	kind   board.RecordKind
	prefix string   // of the domain field keys: prefix + "." + snake-cased label
	labels []string // the history labels the table's *Fields functions write
}

var recordTables = []recordTable{
	{"team", board.RecordTeam, "team", []string{"name", "intake goal days"}},
	{"members", board.RecordMember, "member", []string{"name", "initials", "role", "sector", "organisation", "phone", "email", "active"}},
	{"citizens", board.RecordCitizen, "citizen", []string{"name", "preferred name", "phone", "address", "status", "on board",
		"board reason", "board since", "review date", "responsible", "consent given", "consent scope", "consent withdrawn",
		"consent withdrawn on", "safety note", "notes", "referred by", "referred on",
		"referrer kind", "referral reason", "declined on", "declined reason"}},
	{"notes", board.RecordNote, "note", []string{"at", "text", "corrects"}},
	{"goals", board.RecordGoal, "goal", []string{"text", "life area", "position"}},
	{"actions", board.RecordAction, "action", []string{"text", "goal", "responsible", "sector", "due", "status", "done on"}},
	{"crisis_plans", board.RecordCrisisPlan, "crisis", []string{"warning signs", "what helps", "whom to call"}},
	{"contacts", board.RecordContact, "contact", []string{"name", "relation", "organisation", "phone", "email", "notes"}},
	{"appointments", board.RecordAppointment, "appointment", []string{"title", "kind", "start", "end", "place", "participants",
		"status", "recurrence", "until", "notes"}},
	{"meetings", board.RecordMeeting, "meeting", []string{"date", "started", "ended", "facilitator", "attendees", "approved", "approved by",
		"theme", "theme presenter", "theme minutes", "theme seconds", "theme notes"}},
	{"meeting_corrections", board.RecordMinutesCorrection, "minutes_correction", []string{"at", "by", "text"}},
	{"meeting_items", board.RecordMeetingItem, "meeting_item", []string{"position", "discussed", "skipped", "notes", "decisions",
		"board change", "seconds", "citizen present"}},
	{"year_themes", board.RecordTheme, "theme", []string{"year", "month", "meeting date", "title", "presenter", "minutes", "notes"}},
}

var (
	kindByTable = map[string]*recordTable{}
	tableByKind = map[board.RecordKind]*recordTable{}
)

func init() {
	for i := range recordTables {
		r := &recordTables[i]
		kindByTable[r.table], tableByKind[r.kind] = r, r
	}
}

// kindOf returns the domain kind of a table. An unknown table keeps its
// name, so tableOf(kindOf(t)) == t always holds (the history's hash chain
// depends on it).
func kindOf(table string) board.RecordKind {
	if table == ChangeAll {
		return board.RecordAll
	}
	if r := kindByTable[table]; r != nil {
		return r.kind
	}
	return board.RecordKind(table)
}

// tableOf returns the table a kind is kept in.
func tableOf(kind board.RecordKind) string {
	if r := tableByKind[kind]; r != nil {
		return r.table
	}
	return string(kind)
}

// fieldKey is the domain key of one history label of a table.
func fieldKey(r *recordTable, label string) string {
	return r.prefix + "." + strings.ReplaceAll(label, " ", "_")
}

// fieldChanges reads the "label: value" or "label: old → new" lines that
// diffLines wrote for a change into domain field changes. A line that does
// not start with a known label continues the value before it (a note's
// text may hold line breaks). Access rows have no fields.
func fieldChanges(table, action, text string) []board.FieldChange {
	r := kindByTable[table]
	if text == "" || r == nil {
		return nil
	}
	switch action {
	case board.AuditInsert, board.AuditUpdate, board.AuditDelete:
	default:
		return nil
	}
	var out []board.FieldChange
	var raw []string // the text after "label: " of each field, lines joined
	for _, line := range strings.Split(text, "\n") {
		if label, rest, ok := labelOf(r, line); ok {
			out = append(out, board.FieldChange{Field: fieldKey(r, label)})
			raw = append(raw, rest)
			continue
		}
		if m := occurrenceLine.FindStringSubmatch(line); m != nil && r.kind == board.RecordAppointment {
			out = append(out, board.FieldChange{Field: board.FieldOccurrence, Of: m[1]})
			raw = append(raw, m[2])
			continue
		}
		if len(raw) > 0 {
			raw[len(raw)-1] += "\n" + line
		}
	}
	for i, v := range raw {
		switch action {
		case board.AuditInsert:
			out[i].After = v
		case board.AuditDelete:
			out[i].Before = v
		default:
			// The first arrow: values with an arrow of their own read
			// ambiguously, and stay whole on the "after" side.
			if before, after, ok := strings.Cut(v, " → "); ok {
				out[i].Before, out[i].After = before, after
			} else {
				out[i].After = v
			}
		}
	}
	return out
}

// occurrenceLine is the history line of one occurrence of a series
// (calendar.OccurrenceChanges): "occurrence 2026-12-01 10:00: held".
var occurrenceLine = regexp.MustCompile(`^occurrence (\d{4}-\d{2}-\d{2} \d{2}:\d{2}): (.*)$`)

// labelOf reports whether line starts a field of table r, and with which
// label (the longest that fits, so "consent withdrawn on" wins over
// "consent withdrawn").
func labelOf(r *recordTable, line string) (label, rest string, ok bool) {
	for _, l := range r.labels {
		if strings.HasPrefix(line, l+": ") && len(l) > len(label) {
			label, rest, ok = l, line[len(l)+2:], true
		}
	}
	return label, rest, ok
}

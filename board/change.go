package board

import "time"

// RecordKind names a kind of record in the team's data, in the domain's
// words. Storage adapters map their own tables to these kinds, so change
// notices, presence and the history never show how a store keeps them.
type RecordKind string

const (
	RecordTeam        RecordKind = "team_settings"
	RecordMember      RecordKind = "member"
	RecordCitizen     RecordKind = "citizen"
	RecordNote        RecordKind = "note"
	RecordGoal        RecordKind = "goal"
	RecordAction      RecordKind = "action"
	RecordCrisisPlan  RecordKind = "crisis_plan"
	RecordContact     RecordKind = "contact"
	RecordAppointment RecordKind = "appointment"
	RecordMeeting     RecordKind = "meeting"
	RecordMeetingItem RecordKind = "meeting_item"
	// RecordMinutesCorrection is a correction added to approved minutes.
	RecordMinutesCorrection RecordKind = "minutes_correction"
	// RecordTheme is one of the year's professional themes (årshjul).
	RecordTheme RecordKind = "theme"

	// RecordAll is a change notice that names no record: the data changed
	// in a way no change log describes (another program, a restored
	// backup), so everything shown must be read again.
	RecordAll RecordKind = "all"
)

// RecordRef names one record: its kind and its ID.
type RecordRef struct {
	Kind RecordKind
	ID   int64
}

// Change is one saved change to the team's data, as a store reports it to
// the screens that follow other PCs' saves.
type Change struct {
	Seq       int64 // grows with every committed change, from any PC
	Kind      RecordKind
	RecordID  int64
	CitizenID int64 // the citizen the record belongs to, or 0
	At        time.Time
	By        string // initials of the member who saved
}

// ReloadsAll reports whether the change asks to read everything again.
func (c Change) ReloadsAll() bool { return c.Kind == RecordAll }

// FieldChange is one field of a record in a history entry. Field is a
// stable domain key ("crisis.whom_to_call"); Before is empty for a created
// record, After for a deleted one. Values are as the store keeps them:
// dates as YYYY-MM-DD, times as "YYYY-MM-DD HH:MM" in Danish local time,
// codes (status, sector, kind) as the domain's codes, "yes"/"no".
type FieldChange struct {
	Field string
	// Of names which one, for a field a record has many of: the start
	// ("YYYY-MM-DD HH:MM") of an appointment's occurrence.
	Of     string
	Before string
	After  string
}

// FieldOccurrence is the field key of one occurrence of a series, whose
// value reads "held" or "planned, moved to 2026-12-02 11:00–12:00; notes:
// …" (calendar.OccurrenceChanges).
const FieldOccurrence = "appointment.occurrence"

// How a citizen's data was accessed, as callers of LogAccess name it; the
// history turns each into a plain sentence.
const (
	AccessRecordOpened   = "record opened"
	AccessPlanPrinted    = "plan printed"
	AccessBoardPrinted   = "board printed"
	AccessMeeting        = "meeting"
	AccessMinutes        = "minutes"
	AccessICSExported    = "appointments exported as iCalendar"
	AccessPlanPrintedCLI = "plan printed from the command line"
	AccessBoardPosterCLI = "board poster printed from the command line"
	AccessICSExportedCLI = "appointments exported as iCalendar from the command line"
)

// Presence is another open copy of the team file: a hint ("AK is editing
// this"), never a lock.
type Presence struct {
	Initials string
	Machine  string
	Editing  *RecordRef // nil when not editing
	BeatAt   time.Time
}

// PresenceBeatEvery is how often an open copy should tell the others it is
// there, and what it edits.
const PresenceBeatEvery = 15 * time.Second

package calendar

import (
	"fmt"
	"time"
)

// This file holds the types of the iCalendar (RFC 5545) codec: Encode in
// ical_encode.go, Decode in ical_decode.go, PlanImport in ical_plan.go.

// ExportOptions shape an exported .ics file.
type ExportOptions struct {
	ProdID  string    // PRODID; "-//Tavlen//Tavlen//DA" when empty
	CalName string    // X-WR-CALNAME, the name calendar programs show
	Now     time.Time // DTSTAMP; time.Now() when zero
	// MemberName and MemberEmail give a participant's name (the attendee's
	// CN) and email (a mailto: address). Either may be nil or return "".
	MemberName  func(id int64) string
	MemberEmail func(id int64) string
	// CitizenView makes a citizen's own file: no notes and nothing else
	// internal (our held/no-show status, CLASS).
	CitizenView bool
	Lang        string // "da" (default) or "en": the kind's label in CATEGORIES
	// KindLabel gives the kind's word in CATEGORIES, from the caller's
	// catalogue of words (package text); nil falls back to Lang.
	KindLabel func(Kind) string

	// A team or member file goes to Outlook and phones, outside the team
	// file's protection, so by default it holds only time, title, place,
	// kind, status and participants. The person exporting may add:
	//
	// WithNotes puts the internal notes in the file (DESCRIPTION).
	WithNotes bool
	// CitizenName, when set, adds the citizen's initials to the title of
	// each citizen's appointment ("Hjemmebesøg (ÅØ)"); see citizenTag.
	CitizenName func(citizenID int64) string
}

// ImportOptions shape how a .ics file becomes appointments.
type ImportOptions struct {
	// CitizenID is set on every imported appointment (0: team events).
	CitizenID int64
	// MemberID is added as a participant of every imported appointment
	// (0: none), so a member's own Outlook file lands in their calendar.
	MemberID int64
	// FindMember maps an attendee (its CN and mailto: address, either may be
	// "") to a team member's ID, or 0. nil matches nobody.
	FindMember func(name, email string) int64
	Lang       string // "da" (default) or "en": the title of untitled events
}

// Import is what Decode found in a file.
type Import struct {
	CalName string // X-WR-CALNAME, if any
	// Appointments are valid (Validate passes) and have unique UIDs. Kind
	// and Status are empty when the file does not say (a foreign file);
	// PlanImport then keeps the stored value and Validate fills defaults.
	// Recurrence.Until, when set, is midnight in Copenhagen.
	Appointments []*Appointment
	// Unsupported lists, in plain English for the command line, what
	// the file holds that Tavlen cannot represent and so left out or
	// changed (a repeat rule, reminders, a single occurrence's own
	// title…). Changed single occurrences (RECURRENCE-ID) and dates left
	// out of a series (EXDATE, kept as cancelled occurrences) become the
	// series' Exceptions.
	Unsupported []string
	// Problems are the same, one for each Unsupported line, keyed for
	// translation.
	Problems []Problem
	// Modified is, by UID, when the file says each event was last changed
	// (LAST-MODIFIED, else DTSTAMP); absent when it does not say.
	Modified map[string]time.Time
}

// ParseError is a file that is not a well-formed iCalendar file. Decode
// returns it and nothing else: no appointments from a broken file. Line is
// the 1-based line the problem starts on, or 0 for the whole file. Msg
// names no personal data, so callers may log it.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("calendar file, line %d: %s", e.Line, e.Msg)
	}
	return "calendar file: " + e.Msg
}

const (
	defaultProdID = "-//Tavlen//Tavlen//DA"
	copenhagenID  = "Europe/Copenhagen"

	// Our own properties, so a round trip through a file keeps what
	// iCalendar has no word for.
	propKind   = "X-TAVLEN-KIND"
	propStatus = "X-TAVLEN-STATUS"
	// propCitizen holds the initials an export added to the title, so an
	// import of the file takes them off again.
	propCitizen = "X-TAVLEN-CITIZEN"
)

// categoryWords are the words a CATEGORIES value may name a kind by, in
// both languages: first the Danish and the English word Tavlen writes
// (the kind labels of package text, whose test keeps the two in step),
// then older spellings, so a file exported by an earlier Tavlen still
// reads back.
var categoryWords = map[Kind][]string{
	KindHomeVisit:    {"Hjemmebesøg", "Home visit"},
	KindConsultation: {"Konsultation", "Consultation", "Samtale"},
	KindPhone:        {"Telefonsamtale", "Phone call", "Telefon", "Phone"},
	KindMeeting:      {"Møde", "Meeting"},
	KindMedication:   {"Medicin", "Medication"},
	KindOther:        {"Andet", "Other"},
}

// kindWord is the kind's word in CATEGORIES: the caller's, or the one of
// opt.Lang ("da" unless "en").
func (opt ExportOptions) kindWord(k Kind) string {
	if opt.KindLabel != nil {
		if w := opt.KindLabel(k); w != "" {
			return w
		}
	}
	words, ok := categoryWords[k]
	if !ok {
		words = categoryWords[KindOther]
	}
	if opt.Lang == "en" {
		return words[1]
	}
	return words[0]
}

// kindFromLabel finds the kind a CATEGORIES value names, in either language.
func kindFromLabel(s string) (Kind, bool) {
	for _, k := range Kinds {
		for _, w := range categoryWords[k] {
			if equalFoldTrim(w, s) {
				return k, true
			}
		}
	}
	return "", false
}

// KindOfCategory is the kind a calendar file's CATEGORIES value names, in
// either language, or false.
func KindOfCategory(s string) (Kind, bool) { return kindFromLabel(s) }

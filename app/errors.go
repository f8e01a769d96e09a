package app

import (
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"tavlen/board"
	"tavlen/calendar"
)

// errorText turns an error into one sentence a care worker understands, in
// the current language. Every error code is translated here and nowhere
// else. Internal errors are logged by their code only (never personal
// data) and shown as a general sentence.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	var v *calendar.ValidationError
	if errors.As(err, &v) {
		return validationText(v.Message)
	}
	e := board.AsError(err)
	if e == nil {
		log.Printf("tavlen: internal error (%T)", err)
		return T("error.internal", "Something went wrong inside Tavlen. Your text is kept; try again, and tell whoever supports Tavlen if it happens again.")
	}
	switch e.Code {
	case board.EConflict:
		if e.By != "" {
			return T("error.conflict.by", "{{.By}} saved this at {{.At}}, after you opened it. Your changes are not saved yet: reload to see theirs, then make your changes again.", map[string]any{"By": e.By, "At": fmtDateTime(e.At)})
		}
		return T("error.conflict", "Someone else saved this after you opened it. Your changes are not saved yet: reload to see theirs, then make your changes again.")
	case board.EInvalid:
		return validationText(e.Message)
	case board.ENotFound:
		return T("error.not_found", "This record no longer exists. Someone may have deleted it.")
	case board.EReadOnly:
		return T("error.read_only", "The team file can only be read, not changed, from this PC. Your text is kept; ask whoever manages the share for write access.")
	case board.EUnavailable:
		return T("error.unavailable", "The team file cannot be reached. Check the network connection; your text is kept, try saving again.")
	case board.EBusy:
		return T("error.busy", "Another PC is saving to the team file right now. Wait a moment and try again.")
	case board.ENewerFile:
		return T("error.newer_file", "This team file was made by a newer version of Tavlen. Update Tavlen on this PC.")
	case board.EForeignFile:
		return T("error.foreign_file", "This is not a Tavlen team file.")
	case board.ECorrupt:
		return T("error.corrupt", "The team file is damaged. Open the latest backup instead, and tell whoever supports Tavlen.")
	}
	log.Printf("tavlen: error with code %q", e.Code)
	return T("error.internal", "Something went wrong inside Tavlen. Your text is kept; try again, and tell whoever supports Tavlen if it happens again.")
}

// validationText translates the domain's English validation messages.
// The domain's messages are keys; unknown ones are shown as written.
func validationText(msg string) string {
	if key, ok := validationKeys[msg]; ok {
		return T(key, msg)
	}
	return msg
}

// validationKeys maps the domain's fixed validation sentences to keys.
var validationKeys = map[string]string{
	"A citizen needs a name.":                                                  "invalid.citizen_name",
	board.ErrCPRMessage:                                                        "invalid.cpr",
	"Write why the citizen is on the board.":                                   "invalid.board_reason",
	"Give the date the citizen came on the board.":                             "invalid.board_since",
	"The review date cannot be before the date the citizen came on the board.": "invalid.review_before_since",
	"Consent can only be withdrawn after it was given.":                        "invalid.consent_withdrawn",
	"A responsible member is missing.":                                         "invalid.responsible_missing",
	"A member is responsible twice.":                                           "invalid.responsible_twice",
	"A member needs a name.":                                                   "invalid.member_name",
	"Initials must be 1 to 5 letters without spaces.":                          "invalid.initials",
	"Choose the member's sector.":                                              "invalid.member_sector",
	"The note is empty.":                                                       "invalid.note_empty",
	"Write the goal in the citizen's own words.":                               "invalid.goal_text",
	"Write what is to be done.":                                                "invalid.action_text",
	"A contact needs a name.":                                                  "invalid.contact_name",
	"An appointment needs a title.":                                            "invalid.appt_title",
	"An appointment needs a start and an end.":                                 "invalid.appt_times",
	"The appointment must end after it starts.":                                "invalid.appt_end",
	"An appointment can last at most 24 hours.":                                "invalid.appt_long",
	"The recurrence ends before the first appointment.":                        "invalid.appt_until",
	"A moved occurrence must end after it starts.":                             "invalid.occ_end",
	"An occurrence can last at most 24 hours.":                                 "invalid.occ_long",
	"Only a repeating appointment has single occurrences to change.":           "invalid.occ_single",
	"Only a repeating appointment can be split.":                               "invalid.occ_split",
}

// showError shows err as a dialog on w.
func showError(w fyne.Window, err error) {
	if err == nil || w == nil {
		return
	}
	d := dialog.NewInformation(T("error.title", "Not saved"), errorText(err), w)
	d.Show()
}

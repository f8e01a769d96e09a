package board

import (
	"errors"
	"fmt"
	"time"
)

// Application error codes. Each names a situation a person can act on; the
// app turns the code into a sentence in the user's language. Any error
// without a code is internal: its detail goes to the log (without personal
// data) and the person sees a short general sentence.
const (
	EConflict    = "conflict"     // someone else saved the record first
	EInvalid     = "invalid"      // input breaks a rule of the board
	ENotFound    = "not_found"    // the record does not exist (any more)
	EReadOnly    = "read_only"    // the team file can be read but not written
	EUnavailable = "unavailable"  // the team file or its share is gone
	EBusy        = "busy"         // another PC holds the file's lock too long
	ENewerFile   = "newer_file"   // the file was written by a newer Tavlen
	EForeignFile = "foreign_file" // the file is not a Tavlen team file
	ECorrupt     = "corrupt"      // the file failed its integrity check
	EInternal    = "internal"
)

// Error is an error meant for a person. Message is plain English for logs and
// the command line. Key names the message in the catalogue of words
// (package text), Args fill its {{.Name}} holes; the app translates Key, or
// the Code when there is no Key, and never Message.
type Error struct {
	Code    string
	Message string
	Key     string
	Args    map[string]any

	// For EConflict: who saved the newer version, and when.
	By string
	At time.Time
}

func (e *Error) Error() string {
	return e.Message
}

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an EInvalid error with the message key key; message is
// the same sentence in English.
func Invalid(key, message string) *Error {
	return &Error{Code: EInvalid, Key: key, Message: message}
}

// With sets the argument name of the message key and returns e.
func (e *Error) With(name string, value any) *Error {
	if e.Args == nil {
		e.Args = map[string]any{}
	}
	e.Args[name] = value
	return e
}

// ConflictError reports that a record was saved by someone else (by, at)
// after the caller read it.
func ConflictError(what, by string, at time.Time) *Error {
	return &Error{
		Code:    EConflict,
		Message: fmt.Sprintf("%s was changed by %s at %s after you opened it", what, by, at.Format("2006-01-02 15:04")),
		By:      by,
		At:      at,
	}
}

// ErrorCode returns the code of the first *Error in err's chain, or
// EInternal for any other non-nil error, or "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the person-facing message of err, or a general
// sentence when err is internal.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "An internal error occurred."
}

// AsError returns the first *Error in err's chain, or nil.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return nil
}

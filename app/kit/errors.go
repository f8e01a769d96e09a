package kit

import (
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"tavlen/board"
	"tavlen/calendar"
)

// ErrorText turns an error into one sentence a care worker understands, in
// the current language: by its message key, else by its code (package
// text). Internal errors are logged by their type or code only (never
// personal data) and shown as a general sentence.
func ErrorText(err error) string {
	if err == nil {
		return ""
	}
	var v *calendar.ValidationError
	if e := board.AsError(err); e == nil && !errors.As(err, &v) {
		log.Printf("tavlen: internal error (%T)", err)
	} else if e != nil && e.Key == "" && !knownCode(e.Code) {
		log.Printf("tavlen: error with code %q", e.Code)
	}
	return Words().Error(err)
}

// knownCode reports whether code has its own sentence.
func knownCode(code string) bool {
	switch code {
	case board.EConflict, board.EInvalid, board.ENotFound, board.EReadOnly, board.EUnavailable,
		board.EBusy, board.ENewerFile, board.EForeignFile, board.ECorrupt:
		return true
	}
	return false
}

// ShowError shows err as a dialog on w.
func ShowError(w fyne.Window, err error) {
	if err == nil || w == nil {
		return
	}
	d := dialog.NewInformation(T("error.title", "Not saved"), ErrorText(err), w)
	d.Show()
}

package text

import (
	"errors"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Error turns err into one sentence a care worker understands, in w's
// language: by its message key when it has one, else by its code. The
// English Message of an error is shown only for an EInvalid error without
// a key (a caller's own, already translated sentence). An error without a
// code reads as the general internal sentence; the caller logs it.
func (w *Words) Error(err error) string {
	if err == nil {
		return ""
	}
	var v *calendar.ValidationError
	if errors.As(err, &v) {
		if v.Key != "" {
			return w.T(v.Key, v.Message, w.args(v.Args))
		}
		return v.Message
	}
	e := board.AsError(err)
	if e == nil {
		return w.internal()
	}
	if e.Key != "" {
		return w.T(e.Key, e.Message, w.args(e.Args))
	}
	switch e.Code {
	case board.EConflict:
		if e.By != "" {
			return w.T("error.conflict.by", "{{.By}} saved this at {{.At}}, after you opened it. Your changes are not saved yet: reload to see theirs, then make your changes again.", map[string]any{"By": e.By, "At": w.DateTime(e.At)})
		}
		return w.T("error.conflict", "Someone else saved this after you opened it. Your changes are not saved yet: reload to see theirs, then make your changes again.")
	case board.EInvalid:
		return e.Message
	case board.ENotFound:
		return w.T("error.not_found", "This record no longer exists. Someone may have deleted it.")
	case board.EReadOnly:
		return w.T("error.read_only", "The team file can only be read, not changed, from this PC. Your text is kept; ask whoever manages the share for write access.")
	case board.EUnavailable:
		return w.T("error.unavailable", "The team file cannot be reached. Check the network connection; your text is kept, try saving again.")
	case board.EBusy:
		return w.T("error.busy", "Another PC is saving to the team file right now. Wait a moment and try again.")
	case board.ENewerFile:
		return w.T("error.newer_file", "This team file was made by a newer version of Tavlen. Update Tavlen on this PC.")
	case board.EForeignFile:
		return w.T("error.foreign_file", "This is not a Tavlen team file.")
	case board.ECorrupt:
		return w.T("error.corrupt", "The team file is damaged. Open the latest backup instead, and tell whoever supports Tavlen.")
	}
	return w.internal()
}

func (w *Words) internal() string {
	return w.T("error.internal", "Something went wrong inside Tavlen. Your text is kept; try again, and tell whoever supports Tavlen if it happens again.")
}

// args writes an error's date and time arguments in w's date format.
func (w *Words) args(in map[string]any) map[string]any {
	out := make(map[string]any, len(in))
	for k, v := range in {
		switch v := v.(type) {
		case time.Time:
			out[k] = w.DateTime(v)
		case board.Date:
			out[k] = w.Date(v)
		default:
			out[k] = v
		}
	}
	return out
}

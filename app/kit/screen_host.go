package kit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/calendar"
)

// What the screens that the shell builds with a Config (the waiting list,
// the year wheel…) share, so each reads its Config the same way.

// Today is the date in Copenhagen at now().
func Today(now func() time.Time) board.Date { return board.DateOf(now().In(calendar.Copenhagen)) }

// CallOrZero is f(), or the zero value when f is nil: a Config's
// optional callback (no window, never read-only).
func CallOrZero[T any](f func() T) T {
	if f == nil {
		var zero T
		return zero
	}
	return f()
}

// ShowSaved shows the outcome of a screen's save: a problem in a dialog on
// w; else reload runs and, when the save was kept on this PC, status says
// keptText.
func ShowSaved(w fyne.Window, status *widget.Label, kept bool, err error, reload func(), keptText string) {
	if err != nil {
		ShowError(w, err)
		return
	}
	reload()
	if kept {
		status.SetText(keptText)
	}
}

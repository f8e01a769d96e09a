package waiting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// formWidthAt100 is the width of the waiting list's forms at 100 % text:
// room for the labels and entries long enough to show their hints.
const formWidthAt100 = 640

// formWidth is the forms' width on a window of size win: it grows with the
// text size (at 150 % the labels and hints are half again as wide, so a
// fixed width squeezed the entries to a stub and wrapped a problem over
// four lines), but never past the window, less a margin that shows it is
// a dialog.
func formWidth(win fyne.Size) float32 {
	w := formWidthAt100 * theme.TextSize() / theme.DefaultTheme().Size(theme.SizeNameText)
	if win.Width > 0 {
		w = min(w, win.Width-24)
	}
	return w
}

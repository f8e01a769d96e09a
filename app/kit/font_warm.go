package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// WarmFonts parses the text fonts on another goroutine while the window
// opens. The first text measured in each style otherwise waits on the
// main goroutine for its font, the emoji and the symbol fallbacks to be
// parsed: about a sixth of Tavlen's start. fyne's font cache is safe for
// concurrent use; call it after the app's theme is set.
func WarmFonts() {
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
		go fyne.MeasureText("Tavlen", theme.TextSize(), style)
	}
}

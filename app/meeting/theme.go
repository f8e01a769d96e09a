package meeting

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
)

// wallTheme is the app's theme with type large enough to read from 4 m on
// a 1920×1080 wall screen. It is applied only inside the presentation.
// Its type shrinks with scale on smaller screens (see wallLayout).
type wallTheme struct {
	base  fyne.Theme
	scale float32 // 1 on a 1920-px screen; less on smaller ones
}

func newWallTheme() *wallTheme {
	var base fyne.Theme = theme.DefaultTheme()
	if a := fyne.CurrentApp(); a != nil && a.Settings().Theme() != nil {
		base = a.Settings().Theme()
	}
	return &wallTheme{base: base, scale: 1}
}

// sizeNameWallName is the size of the citizen's name on the wall.
const sizeNameWallName fyne.ThemeSizeName = "tavlenWallName"

func (t *wallTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base.Color(n, v)
}
func (t *wallTheme) Font(s fyne.TextStyle) fyne.Resource     { return t.base.Font(s) }
func (t *wallTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Wall sizes in pixels at scale 1: body 30 px is about 1.7 cm on a 55" screen, the least for 4 m.
const (
	wallText       = 30
	wallSubHeading = 36
	wallHeading    = 48
	wallCaption    = 26
	wallName       = 60
	wallClock      = 56
)

func (t *wallTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return wallText * t.scale
	case theme.SizeNameSubHeadingText:
		return wallSubHeading * t.scale
	case theme.SizeNameHeadingText:
		return wallHeading * t.scale
	case theme.SizeNameCaptionText:
		return wallCaption * t.scale
	case theme.SizeNameInlineIcon:
		return wallText * t.scale
	case sizeNameWallName:
		return wallName * t.scale
	case theme.SizeNameLineSpacing:
		return 6
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 8
	}
	return t.base.Size(n)
}

// Time state colours: amber and red, calm shades that read on light and
// dark backgrounds.
var (
	colorAmber = color.NRGBA{R: 0xB8, G: 0x6E, B: 0x00, A: 0xFF}
	colorRed   = color.NRGBA{R: 0xC6, G: 0x28, B: 0x28, A: 0xFF}
)

// stateColor returns the colour a clock shows in state s.
func stateColor(s board.TimeState) color.Color {
	switch s {
	case board.TimeAmber:
		return colorAmber
	case board.TimeRed:
		return colorRed
	}
	return themeColor(theme.ColorNameForeground)
}

func themeColor(n fyne.ThemeColorName) color.Color {
	a := fyne.CurrentApp()
	if a == nil {
		return theme.DefaultTheme().Color(n, theme.VariantLight)
	}
	return a.Settings().Theme().Color(n, a.Settings().ThemeVariant())
}

package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// tavlenTheme wraps fyne's default theme: it scales text for the wall
// screen (100–200 %) and can force the light or dark variant.
type tavlenTheme struct {
	base    fyne.Theme
	scale   float32 // 1.0 – 2.0
	variant string  // "", "light" or "dark"
}

func newTheme(scalePercent int, variant string) *tavlenTheme {
	if scalePercent < 100 {
		scalePercent = 100
	}
	if scalePercent > 200 {
		scalePercent = 200
	}
	return &tavlenTheme{base: theme.DefaultTheme(), scale: float32(scalePercent) / 100, variant: variant}
}

func (t *tavlenTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	return t.base.Color(n, v)
}

func (t *tavlenTheme) Font(s fyne.TextStyle) fyne.Resource     { return t.base.Font(s) }
func (t *tavlenTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t *tavlenTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

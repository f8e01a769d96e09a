package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme wraps fyne's default theme: it scales text for the wall
// screen (100–200 %) and can force the light or dark variant.
type Theme struct {
	base    fyne.Theme
	Scale   float32 // 1.0 – 2.0
	Variant string  // "", "light" or "dark"
}

func NewTheme(scalePercent int, variant string) *Theme {
	if scalePercent < 100 {
		scalePercent = 100
	}
	if scalePercent > 200 {
		scalePercent = 200
	}
	return &Theme{base: theme.DefaultTheme(), Scale: float32(scalePercent) / 100, Variant: variant}
}

func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.Variant {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	if c, ok := contrastFixes[v][n]; ok {
		return c
	}
	return t.base.Color(n, v)
}

// contrastFixes replace fyne's default colours that fall short of WCAG
// AA: 4.5:1 for text, 3:1 for the outline of a control. fyne's light
// theme draws an unchecked checkbox and an entry's border in #e3e3e3 on
// white (1.3:1), nearly invisible; TestThemeContrast checks every pair.
var contrastFixes = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameInputBorder:         color.NRGBA{0x80, 0x80, 0x80, 0xff},
		theme.ColorNameDisabled:            color.NRGBA{0x85, 0x85, 0x85, 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{0x6b, 0x6b, 0x6b, 0xff},
		theme.ColorNamePrimary:             color.NRGBA{0x15, 0x65, 0xc0, 0xff},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{0xff, 0xff, 0xff, 0xff},
		theme.ColorNameError:               color.NRGBA{0xc6, 0x28, 0x28, 0xff},
		theme.ColorNameWarning:             color.NRGBA{0xb3, 0x59, 0x00, 0xff},
		theme.ColorNameSuccess:             color.NRGBA{0x2e, 0x7d, 0x32, 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder:         color.NRGBA{0x8a, 0x8a, 0x8a, 0xff},
		theme.ColorNameDisabled:            color.NRGBA{0x7a, 0x7a, 0x7a, 0xff},
		theme.ColorNamePrimary:             color.NRGBA{0x5c, 0x9d, 0xff, 0xff},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{0x17, 0x17, 0x18, 0xff},
	},
}

func (t *Theme) Font(s fyne.TextStyle) fyne.Resource     { return t.base.Font(s) }
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.Scale
	}
	return s
}

package kit

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"tavlen/calendar"
)

// WCAG 2.1 AA: 4.5:1 for text, 3:1 for the outlines and marks that show
// a control (an unchecked checkbox, an entry's border, a focus ring).
const (
	textContrast = 4.5
	uiContrast   = 3.0
)

// luminance is WCAG's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over blends a (possibly translucent) colour over an opaque background,
// as the screen shows it.
func over(c, bg color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{mix(n.R, b.R), mix(n.G, b.G), mix(n.B, b.B), 0xff}
}

// Every text and every control outline of the theme meets WCAG AA in
// both variants, and the board's chips keep their white text readable.
func TestThemeContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, variant := range []string{"light", "dark"} {
		th := NewTheme(100, variant)
		col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		bg := col(theme.ColorNameBackground)
		input := over(col(theme.ColorNameInputBackground), bg)
		checks := []struct {
			what   string
			fg, bg color.Color
			min    float64
		}{
			{"text on the background", col(theme.ColorNameForeground), bg, textContrast},
			{"text in an entry", col(theme.ColorNameForeground), input, textContrast},
			{"text on a button", col(theme.ColorNameForeground), over(col(theme.ColorNameButton), bg), textContrast},
			{"text on a heading row", col(theme.ColorNameForeground), over(col(theme.ColorNameHeaderBackground), bg), textContrast},
			{"text on a menu", col(theme.ColorNameForeground), over(col(theme.ColorNameMenuBackground), bg), textContrast},
			{"text in a dialog", col(theme.ColorNameForeground), over(col(theme.ColorNameOverlayBackground), bg), textContrast},
			{"text on a selected row", col(theme.ColorNameForeground), over(col(theme.ColorNameSelection), bg), textContrast},
			{"text on today's column", col(theme.ColorNameForeground), over(col(theme.ColorNameHover), bg), textContrast},
			{"placeholder in an entry", col(theme.ColorNamePlaceHolder), input, textContrast},
			{"grey sub-line on the background", col(theme.ColorNamePlaceHolder), bg, textContrast},
			{"primary text (group headings)", col(theme.ColorNamePrimary), over(col(theme.ColorNameHeaderBackground), bg), textContrast},
			{"text on a primary button", col(theme.ColorNameForegroundOnPrimary), col(theme.ColorNamePrimary), textContrast},
			{"error message", col(theme.ColorNameError), bg, textContrast},
			{"text on an error", col(theme.ColorNameForegroundOnError), col(theme.ColorNameError), textContrast},
			{"text on a warning", col(theme.ColorNameForegroundOnWarning), col(theme.ColorNameWarning), textContrast},
			{"text on a success", col(theme.ColorNameForegroundOnSuccess), col(theme.ColorNameSuccess), textContrast},
			{"disabled text", col(theme.ColorNameDisabled), bg, uiContrast},
			{"disabled text on a button", col(theme.ColorNameDisabled), over(col(theme.ColorNameDisabledButton), bg), uiContrast},
			{"unchecked checkbox and entry border", col(theme.ColorNameInputBorder), bg, uiContrast},
			{"entry border against its field", col(theme.ColorNameInputBorder), input, uiContrast},
			{"focused border and checked box", col(theme.ColorNamePrimary), bg, uiContrast},
			{"scroll bar", over(col(theme.ColorNameScrollBar), bg), bg, uiContrast},
		}
		for _, c := range checks {
			if r := contrast(c.fg, c.bg); r < c.min {
				t.Errorf("%s theme: %s has contrast %.2f:1, want at least %.1f:1 (%v on %v)", variant, c.what, r, c.min, c.fg, c.bg)
			}
		}
	}
	// The chips write white on their fill, at caption size.
	chips := map[string]color.Color{"region": ColRegion, "kommune": ColKommune, "gp": ColGP, "other": ColOther,
		"muted": ColMuted, "alert": ColAlert, "warn": ColWarn}
	for _, k := range []string{"home_visit", "consultation", "phone", "meeting", "medication", "other"} {
		chips["kind "+k] = KindColor(calendar.Kind(k))
	}
	for name, fill := range chips {
		if r := contrast(ColWhite, fill); r < textContrast {
			t.Errorf("chip %s: white text has contrast %.2f:1, want at least %.1f:1", name, r, textContrast)
		}
	}
}

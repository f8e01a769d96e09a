package cli

import (
	"strings"
	"unicode"
)

// oneLine makes text from the team file or a calendar file safe to print
// as one field of a listing: line ends and tabs become spaces, and
// terminal controls (ESC sequences, BEL, C1 codes) and bidi overrides,
// which could clear the screen, retitle the window or turn the line
// around, show as U+FFFD. Every listing prints stored text through it.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r):
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

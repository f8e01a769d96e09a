package board

import (
	"strconv"
	"unicode"
)

// Tavlen stores no CPR number (the Danish personal ID: DDMMYY-SSSS), not
// even typed into a free-text field by habit. Saves that contain one are
// refused with ErrCPRMessage, so the text can be corrected before it is
// ever written. Every record lists its stored text in StoredTexts
// (cpr_texts.go), and every save checks that list here.

// ErrCPRMessage is the EInvalid message for text holding a CPR number.
const ErrCPRMessage = "Tavlen stores no CPR numbers: remove the CPR number from the text."

// TextRecord is a record that stores text: StoredTexts returns every text
// field it stores, so one check sees all of them.
type TextRecord interface{ StoredTexts() []string }

// RefuseCPR returns the EInvalid CPR refusal when any text field of the
// records holds a CPR number.
func RefuseCPR(records ...TextRecord) error {
	for _, r := range records {
		if err := refuseCPR(r.StoredTexts()...); err != nil {
			return err
		}
	}
	return nil
}

// ContainsCPR reports whether any of texts holds something shaped like a
// CPR number, however it is written: a valid day and month, a year, and
// four more digits, with or without separators (spaces, dashes of any
// kind, dots, slashes), in any Unicode digits, with invisible characters
// between them, and right after other numbers or inside words.
//
// The text is first normalised to digit groups and separators, then
// scanned group by group, so a number before the CPR number cannot hide
// it (a single pattern's match would swallow the separator between them).
func ContainsCPR(texts ...string) bool {
	for _, s := range texts {
		groups := digitGroups(s)
		for i := range groups {
			if cprAt(groups[i:]) {
				return true
			}
		}
	}
	return false
}

func refuseCPR(texts ...string) error {
	if ContainsCPR(texts...) {
		return Invalid("invalid.cpr", ErrCPRMessage)
	}
	return nil
}

// group is a run of digits; joined says that the group follows the one
// before it with only separators between them (a short run of spaces,
// dashes, dots or slashes), so both may be parts of one number.
type group struct {
	digits string
	joined bool
}

// maxSeparators is the longest run of separators inside one number, as in
// "010190 - 1234".
const maxSeparators = 3

// digitGroups splits s into its digit groups. Invisible characters (zero
// width spaces, soft hyphens, direction marks) are dropped first, so they
// neither split nor hide a number.
func digitGroups(s string) []group {
	var out []group
	var cur []byte
	joined := false
	seps, broken := 0, true // since the last group: separators, anything else
	for _, r := range s {
		if unicode.Is(unicode.Cf, r) {
			continue // invisible: U+200B, U+00AD, U+200E, U+FEFF…
		}
		if d, ok := digitValue(r); ok {
			if len(cur) == 0 {
				joined = len(out) > 0 && !broken && seps <= maxSeparators
			}
			cur = append(cur, byte('0'+d))
			continue
		}
		if len(cur) > 0 {
			out = append(out, group{digits: string(cur), joined: joined})
			cur, seps, broken = cur[:0], 0, false
		}
		if isNumberSeparator(r) {
			seps++
		} else {
			broken = true
		}
	}
	if len(cur) > 0 {
		out = append(out, group{digits: string(cur), joined: joined})
	}
	return out
}

// cprAt reports whether a CPR number starts at the first of groups: ten
// digits in one group, or a date (DDMMYY, or D/DD, M/MM, YY apart) and then
// four digits.
func cprAt(groups []group) bool {
	g := groups[0].digits
	if len(g) == 10 {
		return validDate(g[0:2], g[2:4])
	}
	serialAfter := func(n int) bool {
		return len(groups) > n && groups[n].joined && len(groups[n].digits) == 4
	}
	if len(g) == 6 {
		return validDate(g[0:2], g[2:4]) && serialAfter(1)
	}
	if len(g) <= 2 && len(groups) >= 4 {
		m, y := groups[1], groups[2]
		return m.joined && y.joined && len(m.digits) <= 2 && len(y.digits) == 2 &&
			validDate(g, m.digits) && serialAfter(3)
	}
	return false
}

func validDate(day, month string) bool {
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	return d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// digitValue returns the value of a decimal digit in any script (ASCII,
// full-width, Arabic-Indic, mathematical…). Unicode keeps each script's
// digits in runs of ten from zero, so the value is the distance from the
// start of the run, modulo ten.
func digitValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if !unicode.IsDigit(r) {
		return 0, false
	}
	start := r
	for start > 0 && unicode.IsDigit(start-1) && r-start < 60 {
		start--
	}
	return int(r-start) % 10, true
}

// isNumberSeparator reports whether r may stand between the parts of a
// number as people and word processors write them: spaces of any width,
// dashes of any kind (the non-breaking hyphen, en dash, minus sign), dots
// and slashes.
func isNumberSeparator(r rune) bool {
	switch r {
	case '.', '/', '\u2212', '\uFF0E', '\uFF0F', '\u2024', '\u2044', '\u2215', '\u00B7':
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r)
}

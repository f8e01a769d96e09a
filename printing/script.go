package printing

import (
	"unicode"
)

// Scripts fpdf cannot set by itself. fpdf draws each character's glyph
// left to right, from 16-bit codes, with no shaping. So the printer:
//   - shapes Arabic to its presentation forms (joined letters, lam-alef),
//   - lays right-to-left words (Hebrew, Arabic) out in visual order, and
//   - moves astral-plane emoji to the Private Use Area of emoji.ttf.
// Whatever the fonts still lack is drawn as the stand-in U+FFFD. Wherever
// what is drawn differs from what was typed, the typed text goes into the
// PDF's text layer as ActualText (see doc.drawSpans), so search, copy and
// screen readers get the person's own words.

// standIn is drawn for a character no embedded font has.
const standIn = '\uFFFD'

// emojiCode is where emoji.ttf keeps the glyph of astral character r, or
// 0 when r has none: U+1Fxxx sits at U+E000 + xxx (see fonts/subset.py).
func emojiCode(r rune) rune {
	if r < 0x1F000 || r > 0x1FFFF {
		return 0
	}
	if c := 0xE000 + (r - 0x1F000); emojiCoverage.covers(c) {
		return c
	}
	return 0
}

// invisible reports characters that draw nothing: controls, joiners,
// variation selectors, bidi controls, tags. They are left out of the
// drawing; the text layer keeps joiners and selectors inside an emoji.
func invisible(r rune) bool {
	switch {
	case r == '\u200C' || r == '\u200D': // joiners
		return true
	case r >= '\uFE00' && r <= '\uFE0F', r >= 0xE0100 && r <= 0xE01EF: // variation selectors
		return true
	case r >= 0xE0000 && r <= 0xE007F: // tags
		return true
	case r == 0xFEFF: // byte order mark
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// rtl reports a letter written right to left.
func rtl(r rune) bool {
	return unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko) &&
		!unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// joinsWith reports a mark or joiner that belongs to the character before
// it, so a long word is never broken between them.
func joinsWith(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || invisible(r) ||
		(r >= 0x1F3FB && r <= 0x1F3FF) // skin tones
}

// arabicForms gives an Arabic letter's isolated form in Presentation
// Forms-B and how many forms follow it there: 2 (isolated, final) for
// letters that join only to the right, 4 (isolated, final, initial,
// medial) for letters that join on both sides.
var arabicForms = map[rune]struct {
	isolated rune
	forms    int
}{
	0x0621: {0xFE80, 1}, 0x0622: {0xFE81, 2}, 0x0623: {0xFE83, 2}, 0x0624: {0xFE85, 2},
	0x0625: {0xFE87, 2}, 0x0626: {0xFE89, 4}, 0x0627: {0xFE8D, 2}, 0x0628: {0xFE8F, 4},
	0x0629: {0xFE93, 2}, 0x062A: {0xFE95, 4}, 0x062B: {0xFE99, 4}, 0x062C: {0xFE9D, 4},
	0x062D: {0xFEA1, 4}, 0x062E: {0xFEA5, 4}, 0x062F: {0xFEA9, 2}, 0x0630: {0xFEAB, 2},
	0x0631: {0xFEAD, 2}, 0x0632: {0xFEAF, 2}, 0x0633: {0xFEB1, 4}, 0x0634: {0xFEB5, 4},
	0x0635: {0xFEB9, 4}, 0x0636: {0xFEBD, 4}, 0x0637: {0xFEC1, 4}, 0x0638: {0xFEC5, 4},
	0x0639: {0xFEC9, 4}, 0x063A: {0xFECD, 4}, 0x0641: {0xFED1, 4}, 0x0642: {0xFED5, 4},
	0x0643: {0xFED9, 4}, 0x0644: {0xFEDD, 4}, 0x0645: {0xFEE1, 4}, 0x0646: {0xFEE5, 4},
	0x0647: {0xFEE9, 4}, 0x0648: {0xFEED, 2}, 0x0649: {0xFEEF, 2}, 0x064A: {0xFEF1, 4},
}

// lamAlef is the ligature of lam with each alef (isolated; final is +1).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

const (
	lam     = 0x0644
	tatweel = 0x0640
)

// joinsLeft reports whether r connects to the letter after it.
func joinsLeft(r rune) bool {
	f, ok := arabicForms[r]
	return r == tatweel || ok && f.forms == 4
}

// joinsRight reports whether r connects to the letter before it.
func joinsRight(r rune) bool {
	f, ok := arabicForms[r]
	return r == tatweel || ok && f.forms >= 2
}

// shaped is one drawn character with the typed characters it stands for.
type shaped struct {
	draw rune
	src  []rune
}

// shapeArabic replaces Arabic letters, in logical order, by their
// contextual presentation forms; lam with alef becomes one ligature.
// Marks are transparent to joining and stay with their letter.
func shapeArabic(rs []rune) []shaped {
	letter := func(i, step int) rune { // the nearest non-mark neighbour
		for i += step; i >= 0 && i < len(rs); i += step {
			if !unicode.Is(unicode.Mn, rs[i]) {
				return rs[i]
			}
		}
		return 0
	}
	out := make([]shaped, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := arabicForms[r]
		if !ok {
			out = append(out, shaped{draw: r, src: rs[i : i+1]})
			continue
		}
		joinPrev := joinsLeft(letter(i, -1)) && joinsRight(r)
		if next := letter(i, 1); r == lam && lamAlef[next] != 0 {
			lig := lamAlef[next]
			if joinPrev {
				lig++
			}
			j := i + 1
			for rs[j] != next {
				j++
			}
			out = append(out, shaped{draw: lig, src: rs[i : j+1]})
			i = j
			continue
		}
		joinNext := f.forms == 4 && joinsRight(letter(i, 1))
		form := f.isolated
		switch {
		case joinPrev && joinNext:
			form += 3
		case joinNext:
			form += 2
		case joinPrev:
			form++
		}
		out = append(out, shaped{draw: form, src: rs[i : i+1]})
	}
	return out
}

// segment is a stretch of one line in one direction. A right-to-left
// segment runs from its first to its last right-to-left letter, with the
// spaces and punctuation between them; numbers inside keep their order.
type segment struct {
	text []rune
	rtl  bool
}

// segments splits a line of logical text by direction. The paragraph is
// left to right: the documents are Danish or English.
func segments(rs []rune) []segment {
	var out []segment
	for i := 0; i < len(rs); {
		if !rtl(rs[i]) {
			j := i
			for j < len(rs) && !rtl(rs[j]) {
				j++
			}
			out = append(out, segment{text: rs[i:j]})
			i = j
			continue
		}
		// Extend over neutrals while another right-to-left letter follows
		// before any left-to-right letter.
		end := i + 1
		for j := i + 1; j < len(rs); j++ {
			if rtl(rs[j]) {
				end = j + 1
			} else if unicode.IsLetter(rs[j]) || (rs[j] > 0xFFFF && !joinsWith(rs[j])) {
				break
			}
		}
		// Marks after the last letter belong to it.
		for end < len(rs) && unicode.Is(unicode.Mn, rs[end]) {
			end++
		}
		out = append(out, segment{text: rs[i:end], rtl: true})
		i = end
	}
	return out
}

// cluster is what is drawn for a few typed characters.
type cluster struct {
	draw, src []rune
}

// visual lays a right-to-left segment out left to right: shaped,
// reversed, with numbers kept in reading order and marks kept with
// their letter. Each cluster carries the typed characters it stands for.
func visual(rs []rune) []cluster {
	sh := shapeArabic(rs)
	digit := func(k int) bool { return k < len(sh) && len(sh[k].src) == 1 && unicode.IsDigit(sh[k].draw) }
	var groups []cluster
	for i := 0; i < len(sh); {
		var c cluster
		add := func(k int) {
			c.draw = append(c.draw, sh[k].draw)
			c.src = append(c.src, sh[k].src...)
		}
		add(i)
		j := i + 1
		if digit(i) {
			for j < len(sh) && (digit(j) || (sh[j].draw == '.' || sh[j].draw == ',') && digit(j+1)) {
				add(j)
				j++
			}
		}
		for j < len(sh) && unicode.Is(unicode.Mn, sh[j].draw) {
			add(j)
			j++
		}
		groups = append(groups, c)
		i = j
	}
	out := make([]cluster, 0, len(groups))
	for k := len(groups) - 1; k >= 0; k-- {
		g := groups[k]
		g.draw = mirror(g.draw)
		out = append(out, g)
	}
	return out
}

// mirror swaps brackets, which point the other way in right-to-left text.
func mirror(g []rune) []rune {
	if len(g) != 1 {
		return g
	}
	switch g[0] {
	case '(':
		return []rune{')'}
	case ')':
		return []rune{'('}
	case '[':
		return []rune{']'}
	case ']':
		return []rune{'['}
	case '<':
		return []rune{'>'}
	case '>':
		return []rune{'<'}
	}
	return g
}

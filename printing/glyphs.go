package printing

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// glyphFace is the font a run of glyphs is drawn in.
type glyphFace int

const (
	faceMain    glyphFace = iota // the Go face of the current style
	faceSymbols                  // symbols.ttf
	faceEmoji                    // emoji.ttf
)

// glyphRun is text drawn in one face.
type glyphRun struct {
	face glyphFace
	draw string
}

// span is runs drawn for one piece of typed text. actual is the typed
// text when the drawing differs from it, "" when it is the same.
type span struct {
	runs   []glyphRun
	actual string
}

// plain reports whether the current Go face draws s as it is, so fpdf
// can set it unaided (almost every text).
func (d *doc) plain(s string) bool {
	if !utf8.ValidString(s) { // fpdf reads broken UTF-8 past its end
		return false
	}
	for _, r := range s {
		if r < ' ' || !d.fonts.mainCovers(r) || invisible(r) || rtl(r) {
			return false
		}
	}
	return true
}

// glyph picks the face and the code a visible character is drawn with.
func (d *doc) glyph(r rune) (glyphFace, rune, bool) {
	switch {
	case d.fonts.mainCovers(r):
		return faceMain, r, true
	case symbolsCoverage.covers(r):
		return faceSymbols, r, true
	}
	if c := emojiCode(r); c != 0 {
		return faceEmoji, c, true
	}
	return faceMain, standIn, false
}

// runsOf splits drawn characters into runs by face; same reports that
// every character is drawn as itself.
func (d *doc) runsOf(rs []rune) (runs []glyphRun, same bool) {
	same = true
	var b strings.Builder
	cur := faceMain
	flush := func() {
		if b.Len() > 0 {
			runs = append(runs, glyphRun{face: cur, draw: b.String()})
			b.Reset()
		}
	}
	for _, r := range rs {
		if r == '\t' {
			r = ' '
		}
		if invisible(r) {
			same = false
			continue
		}
		face, code, _ := d.glyph(r)
		if code != r {
			same = false
		}
		if face != cur {
			flush()
			cur = face
		}
		b.WriteRune(code)
	}
	flush()
	return runs, same
}

// spans lays one line out for drawing: right-to-left stretches reversed
// and shaped, characters given to the faces that have them. Each span
// carries the typed text when what is drawn differs.
func (d *doc) spans(line string) []span {
	var out []span
	for _, seg := range segments([]rune(line)) {
		if seg.rtl {
			// Visual order, one span per changed cluster: a reader puts
			// right-to-left glyphs back in logical order itself, as it
			// would with any PDF whose glyphs map to their characters.
			for _, c := range visual(seg.text) {
				runs, same := d.runsOf(c.draw)
				sp := span{runs: runs}
				if !same || string(c.draw) != string(c.src) {
					sp.actual = string(c.src)
				}
				out = appendSpan(out, sp)
			}
			continue
		}
		// Left to right: one span per stretch of changed characters, so
		// the text layer keeps its own spacing elsewhere.
		rs := seg.text
		for i := 0; i < len(rs); {
			j := i
			_, same := d.runsOf(rs[i : i+1])
			for j < len(rs) {
				k := j + 1
				for k < len(rs) && joinsWith(rs[k]) { // a cluster stays together
					k++
				}
				_, s := d.runsOf(rs[j:k])
				if s != same {
					break
				}
				j = k
			}
			if j == i {
				j = i + 1
			}
			runs, _ := d.runsOf(rs[i:j])
			sp := span{runs: runs}
			if !same {
				sp.actual = string(rs[i:j])
			}
			out = append(out, sp)
			i = j
		}
	}
	return out
}

// appendSpan adds sp to spans, joining it to the last when neither
// carries typed text of its own.
func appendSpan(spans []span, sp span) []span {
	if n := len(spans); n > 0 && sp.actual == "" && spans[n-1].actual == "" {
		last := &spans[n-1]
		for _, r := range sp.runs {
			if k := len(last.runs); k > 0 && last.runs[k-1].face == r.face {
				last.runs[k-1].draw += r.draw
			} else {
				last.runs = append(last.runs, r)
			}
		}
		return spans
	}
	return append(spans, sp)
}

// runWidth is the width of a run in mm at the current size.
func (d *doc) runWidth(r glyphRun) float64 {
	if r.face == faceMain {
		return d.pdf.GetStringWidth(r.draw)
	}
	d.fonts.setFace(r.face)
	w := d.pdf.GetStringWidth(r.draw)
	d.fonts.setFace(faceMain)
	return w
}

// width is the width of s in mm in the current style and size, as drawn.
func (d *doc) width(s string) float64 {
	if d.plain(s) {
		return d.pdf.GetStringWidth(s)
	}
	var w float64
	for _, sp := range d.spans(s) {
		for _, r := range sp.runs {
			w += d.runWidth(r)
		}
	}
	return w
}

// cellText draws one line like fpdf's CellFormat(w, h, s, "", ln, align,
// false, 0, ""), drawing each character in a face that has it. Text
// wider than w is cut with an ellipsis, so nothing runs off the page.
func (d *doc) cellText(w, h float64, s string, ln int, align string) {
	pdf := d.pdf
	s = d.fit(s, w)
	if d.plain(s) {
		pdf.CellFormat(w, h, s, "", ln, align, false, 0, "")
		return
	}
	x0, y0 := pdf.GetXY()
	spans := d.spans(s)
	var tw float64
	widths := make([][]float64, len(spans))
	for i, sp := range spans {
		for _, r := range sp.runs {
			rw := d.runWidth(r)
			widths[i] = append(widths[i], rw)
			tw += rw
		}
	}
	x := alignedX(x0, w, tw, align)
	for i, sp := range spans {
		if sp.actual != "" {
			// The typed text, for search, copy and screen readers.
			pdf.RawWriteStr(fmt.Sprintf("/Span <</ActualText %s>> BDC", pdfUTF16(sp.actual)))
		}
		for k, r := range sp.runs {
			d.fonts.setFace(r.face)
			pdf.SetXY(x, y0)
			pdf.CellFormat(widths[i][k], h, r.draw, "", 0, "L", false, 0, "")
			x += widths[i][k]
		}
		if sp.actual != "" {
			pdf.RawWriteStr("EMC")
		}
	}
	d.fonts.setFace(faceMain)
	switch ln {
	case 1:
		pdf.SetXY(d.left, y0+h)
	case 2:
		pdf.SetXY(x0, y0+h)
	default:
		pdf.SetXY(x0+w, y0)
	}
}

// pdfUTF16 is s as a PDF hex text string: UTF-16BE with a byte order
// mark, astral characters as surrogate pairs.
func pdfUTF16(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// fit cuts s with "…" to width w, for one-line cells.
func (d *doc) fit(s string, w float64) string {
	// fpdf's SplitText rounds its limit up by a thousandth of an em: a
	// line it wrapped must not lose its end here.
	if d.width(s) <= w+0.05 {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs) // the longest prefix that fits, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.width(string(rs[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > 0 && lo < len(rs) && joinsWith(rs[lo]) {
		lo--
	}
	return strings.TrimRightFunc(string(rs[:lo]), unicode.IsSpace) + "…"
}

// wrap breaks a paragraph to lines no wider than w, at spaces where it
// can and between characters of a word too long for a line.
func (d *doc) wrap(para string, w float64) []string {
	var lines []string
	var line strings.Builder
	lineW := 0.0
	space := d.width(" ")
	emit := func() {
		lines = append(lines, line.String())
		line.Reset()
		lineW = 0
	}
	for _, word := range strings.FieldsFunc(para, func(r rune) bool { return r == ' ' || r == '\t' }) {
		ww := d.width(word)
		if line.Len() > 0 && lineW+space+ww <= w {
			line.WriteByte(' ')
			line.WriteString(word)
			lineW += space + ww
			continue
		}
		if line.Len() > 0 {
			emit()
		}
		if ww <= w {
			line.WriteString(word)
			lineW = ww
			continue
		}
		// Longer than a line: break between characters (never inside an
		// emoji sequence or before a mark).
		rs := []rune(word)
		for i := 0; i < len(rs); {
			j := i + 1
			for j < len(rs) && joinsWith(rs[j]) {
				j++
			}
			cw := d.width(string(rs[i:j]))
			if line.Len() > 0 && lineW+cw > w {
				emit()
			}
			line.WriteString(string(rs[i:j]))
			lineW += cw
			i = j
		}
		lineW = d.width(line.String())
	}
	if line.Len() > 0 || len(lines) == 0 {
		emit()
	}
	return lines
}

// metaText is s fit for the document information (title): fpdf encodes
// it as 16-bit characters, so astral ones become the stand-in.
func metaText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r > 0xFFFF:
			return standIn
		case invisible(r):
			return -1
		}
		return r
	}, s)
}

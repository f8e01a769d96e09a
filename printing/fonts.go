package printing

import (
	_ "embed"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// The Go fonts by Bigelow & Holmes, under the BSD-style licence in
// GOFONT-LICENSE (the same as the Go project's). They cover Latin-1 and
// Latin Extended, so Danish, Swedish, German and French names print.
const family = "go"

// faces are the TrueType files of the styles fpdf knows: "", "B", "I".
var faces = map[string][]byte{
	"":  goregular.TTF,
	"B": gobold.TTF,
	"I": goitalic.TTF,
}

// The fallback faces draw what the Go fonts lack; fonts/subset.py cuts
// them and fonts/*-LICENSE are their licences. symbols.ttf (DejaVu Sans):
// Hebrew, Arabic, arrows, symbols, dingbats. emoji.ttf (Symbola): common
// emoji, moved to the Private Use Area because fpdf's UTF-8 fonts address
// glyphs with 16 bits (see emojiCode). Each has one style; bold and italic
// text borrows the upright glyphs.
const (
	symbolsFamily = "tavlensymbols"
	emojiFamily   = "tavlenemoji"
)

var (
	//go:embed fonts/symbols.ttf
	symbolsTTF []byte
	//go:embed fonts/emoji.ttf
	emojiTTF []byte
)

// coverage is the set of BMP characters a TrueType file has glyphs for,
// read once on first use.
type coverage struct {
	ttf  []byte
	once sync.Once
	has  []bool // indexed by rune, 0..0xFFFF
}

func (c *coverage) covers(r rune) bool {
	c.once.Do(func() {
		c.has = make([]bool, 0x10000)
		f, err := sfnt.Parse(c.ttf)
		if err != nil {
			return // a broken face covers nothing: its characters get the stand-in
		}
		var buf sfnt.Buffer
		for i := range c.has {
			if g, err := f.GlyphIndex(&buf, rune(i)); err == nil && g != 0 {
				c.has[i] = true
			}
		}
	})
	return r >= 0 && int(r) < len(c.has) && c.has[r]
}

var (
	faceCoverage = map[string]*coverage{
		"":  {ttf: goregular.TTF},
		"B": {ttf: gobold.TTF},
		"I": {ttf: goitalic.TTF},
	}
	symbolsCoverage = &coverage{ttf: symbolsTTF}
	emojiCoverage   = &coverage{ttf: emojiTTF}
)

// fonts adds faces to one document the first time they are used. fpdf
// parses the TrueType tables and fingerprints the metrics for every
// document (a third of the time a plan takes), and has no cache shared
// between documents, so a face a document never uses is never added, and
// a face that is not used is not embedded either.
type fonts struct {
	pdf   *fpdf.Fpdf
	added map[string]bool
	// style and size are the Go face last set, to return to after a run
	// in a fallback face.
	style string
	size  float64
}

// set selects style ("", "B" or "I") at size pt, adding the face first
// if needed.
func (f *fonts) set(style string, size float64) {
	if _, ok := faces[style]; !ok {
		style = ""
	}
	if !f.added[style] {
		f.pdf.AddUTF8FontFromBytes(family, style, faces[style])
		f.added[style] = true
	}
	f.style, f.size = style, size
	f.pdf.SetFont(family, style, size)
}

// setFace selects the face a run is drawn in, at the current size.
func (f *fonts) setFace(face glyphFace) {
	switch face {
	case faceSymbols, faceEmoji:
		name, ttf := symbolsFamily, symbolsTTF
		if face == faceEmoji {
			name, ttf = emojiFamily, emojiTTF
		}
		if !f.added[name] {
			f.pdf.AddUTF8FontFromBytes(name, "", ttf)
			f.added[name] = true
		}
		f.pdf.SetFont(name, "", f.size)
	default:
		f.pdf.SetFont(family, f.style, f.size)
	}
}

// mainCovers reports whether the current Go face has a glyph for r.
func (f *fonts) mainCovers(r rune) bool {
	c, ok := faceCoverage[f.style]
	if !ok {
		c = faceCoverage[""]
	}
	return c.covers(r)
}

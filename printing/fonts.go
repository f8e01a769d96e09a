package printing

import (
	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
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

// fonts adds faces to one document the first time they are used. fpdf
// parses the TrueType tables and fingerprints the metrics for every
// document (a third of the time a plan takes), and has no cache shared
// between documents, so a face a document never uses is never added, and
// a face that is not used is not embedded either.
type fonts struct {
	pdf   *fpdf.Fpdf
	added map[string]bool
}

// set selects style ("", "B" or "I") at size pt, adding the face first
// if needed.
func (f *fonts) set(style string, size float64) {
	if !f.added[style] {
		ttf, ok := faces[style]
		if !ok {
			style, ttf = "", faces[""]
		}
		if !f.added[style] {
			f.pdf.AddUTF8FontFromBytes(family, style, ttf)
			f.added[style] = true
		}
	}
	f.pdf.SetFont(family, style, size)
}

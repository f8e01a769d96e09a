package printing

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// lineFactor is the line height as a multiple of the font size: airy
// enough for people with poor eyesight, tight enough for a poster.
const lineFactor = 1.28

// rgb is a colour.
type rgb struct{ r, g, b int }

var (
	ink      = rgb{20, 20, 20}
	grey     = rgb{90, 90, 90}
	ruleGrey = rgb{185, 185, 185}
	headFill = rgb{226, 231, 238}
	bandFill = rgb{70, 84, 105}
	white    = rgb{255, 255, 255}
	alert    = rgb{160, 30, 30}
)

// doc wraps one fpdf document with Tavlen's page layout: margins, footer
// with "side 1 af 2", and manual page breaks so table rows are never cut.
type doc struct {
	pdf   *fpdf.Fpdf
	fonts fonts
	l     *labels
	body  float64 // body font size, pt
	w, h  float64 // page size, mm
	left  float64 // margin, mm; the right margin is the same
	top   float64
	limit float64 // lowest y content may reach, above the footer

	footLeft string
	// headRoom is the height pageHead takes, mm.
	headRoom float64
	// pageHead, when set, is drawn at the top of every page after the
	// first (a running title, the board's day headers…).
	pageHead func()
	// images counts the pictures placed, to name each one.
	images int
}

// aliasNb is replaced by the page count when the document is closed.
const aliasNb = "{nb}"

// newDoc starts a document. orientation is "P" or "L", size "A4" or "A3".
func newDoc(orientation, size string, l *labels, body float64, title string, created time.Time) *doc {
	pdf := fpdf.New(orientation, "mm", size, "")
	// AliasNbPages must come before any font is added: fpdf reserves the
	// subset range for the alias digits when the font is added.
	pdf.AliasNbPages(aliasNb)
	pdf.SetAutoPageBreak(false, 0) // breaks are ours; see table.row
	pdf.SetCellMargin(0)
	pdf.SetTitle(metaText(title), true)
	pdf.SetCreator("Tavlen", true)
	pdf.SetProducer("Tavlen", true)
	pdf.SetLang(l.lang)
	pdf.SetCatalogSort(true)
	if !created.IsZero() {
		// fpdf writes the clock without its zone, which readers take as
		// UTC: so UTC it is (a Danish afternoon said "16:15 UTC").
		pdf.SetCreationDate(created.UTC())
		pdf.SetModificationDate(created.UTC())
	}
	w, h := pdf.GetPageSize()
	d := &doc{pdf: pdf, l: l, body: body, w: w, h: h, left: 15, top: 14, limit: h - 16,
		fonts: fonts{pdf: pdf, added: map[string]bool{}}}
	pdf.SetMargins(d.left, d.top, d.left)
	pdf.SetFooterFunc(d.footer)
	return d
}

// contentWidth is the width between the margins.
func (d *doc) contentWidth() float64 { return d.w - 2*d.left }

// newPage starts a page and draws the running page head.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(d.left, d.top)
	if d.pdf.PageNo() > 1 && d.pageHead != nil {
		d.pageHead()
	}
}

// footer draws the footer text left and "side N af M" right.
func (d *doc) footer() {
	y := d.h - 11
	d.font("", d.body-2, grey)
	d.pdf.SetXY(d.left, y)
	d.cellText(d.contentWidth()*0.7, 5, d.footLeft, 0, "L")
	page := fmt.Sprintf(d.l.pageOf, d.pdf.PageNo()) + aliasNb
	// The alias is wider than the number it becomes; measure with the
	// current page number standing in for the total.
	est := strings.Replace(page, aliasNb, strconv.Itoa(d.pdf.PageNo()), 1)
	x := d.w - d.left - d.pdf.GetStringWidth(est)
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(d.pdf.GetStringWidth(page), 5, page, "", 0, "L", false, 0, "")
}

// font sets face, size (pt) and text colour.
func (d *doc) font(style string, size float64, c rgb) {
	d.fonts.set(style, size)
	d.pdf.SetTextColor(c.r, c.g, c.b)
}

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) draw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// lineHeight is the height of one line of text of size pt, in mm.
func lineHeight(size float64) float64 { return size * ptToMM * lineFactor }

// space moves down by mm, or to a new page when that passes the limit.
func (d *doc) space(mm float64) {
	if d.pdf.GetY()+mm > d.limit {
		d.newPage()
		return
	}
	d.pdf.SetY(d.pdf.GetY() + mm)
}

// ensure starts a new page unless mm fit below the current position.
func (d *doc) ensure(mm float64) {
	if d.pdf.GetY()+mm > d.limit {
		d.newPage()
	}
}

// text writes wrapped text across the content width, breaking pages
// between lines.
func (d *doc) text(s, style string, size float64, c rgb) {
	d.font(style, size, c)
	lh := lineHeight(size)
	for _, line := range d.split(s, d.contentWidth()) {
		d.ensure(lh)
		d.pdf.SetX(d.left)
		d.cellText(d.contentWidth(), lh, line, 1, "L")
	}
}

// split wraps s to width w in the current font, keeping the writer's own
// line breaks and blank lines.
func (d *doc) split(s string, w float64) []string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n \t")
	var out []string
	for _, para := range strings.Split(s, "\n") {
		if strings.TrimSpace(para) == "" {
			out = append(out, "")
			continue
		}
		if d.plain(para) {
			out = append(out, d.pdf.SplitText(para, w)...)
			continue
		}
		out = append(out, d.wrap(para, w)...)
	}
	return out
}

// output closes the document and writes it.
func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("printing: build pdf: %w", err)
	}
	// Whole or nothing: the writer never gets half a document.
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("printing: build pdf: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("printing: write pdf: %w", err)
	}
	return nil
}

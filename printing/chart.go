package printing

import (
	"bytes"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"tavlen/charts"
)

// chartDPI is the resolution pictures are drawn at for paper: sharp on a
// laser printer, small enough that a page stays under a megabyte.
const chartDPI = 200

// picture places chart c's image at x, y, w×h mm. The numbers are printed
// by the caller as text: the picture is never the only place they are.
func (d *doc) picture(c *charts.Chart, x, y, w, h float64) {
	img, err := c.PrintPNG(w, h, chartDPI)
	if err != nil {
		d.pdf.SetError(err)
		return
	}
	d.images++
	name := "chart" + strconv.Itoa(d.images)
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	d.pdf.RegisterImageOptionsReader(name, opts, bytes.NewReader(img))
	d.pdf.ImageOptions(name, x, y, w, h, false, opts, 0, "")
}

// chartLines prints lines in a column w mm wide at x, from the current y.
func (d *doc) chartLines(lines []string, x, w, size float64) {
	d.font("", size, ink)
	lh := lineHeight(size)
	for _, s := range lines {
		for _, line := range d.split(s, w) {
			d.pdf.SetX(x)
			d.cellText(w, lh, line, 1, "L")
		}
	}
}

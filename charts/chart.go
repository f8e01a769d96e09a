package charts

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Chart is one picture and its numbers in words.
type Chart struct {
	// Title is the chart's heading, also drawn above the picture.
	Title string
	// Lines are the chart's numbers as text, one fact a line: what a screen
	// reader says and what the PDF's text layer holds.
	Lines []string
	// Empty says there is nothing to draw; Lines then holds the sentence
	// that says so.
	Empty bool
	// HideTitle leaves the title out of the picture, for a page or screen
	// that sets it as text above.
	HideTitle bool
	// Rows is how many labelled bars lie across the picture (0 for a chart
	// of columns): a screen gives each a line of text's height.
	Rows int

	plot  *plot.Plot
	style Style
	// sized, when set, builds the plot for the drawing's size (bars as
	// thick as the room allows); else plot is drawn as it is.
	sized func(w, h vg.Length) *plot.Plot
}

// Text is the numbers, one a line.
func (c *Chart) Text() string { return strings.Join(c.Lines, "\n") }

// Image draws the chart at w×h pixels. A chart with nothing to draw, or
// one plot cannot draw, is the bare background: the words carry it.
func (c *Chart) Image(w, h int) image.Image {
	if w < 16 {
		w = 16
	}
	if h < 16 {
		h = 16
	}
	const dpi = 96
	return c.draw(vg.Length(w)*vg.Inch/dpi, vg.Length(h)*vg.Inch/dpi, dpi)
}

// PrintPNG is the chart drawn w×h millimetres large at dpi, PNG-encoded:
// the words keep their size in points on paper.
func (c *Chart) PrintPNG(w, h float64, dpi int) ([]byte, error) {
	if dpi < 36 {
		dpi = 36
	}
	w, h = max(w, 5), max(h, 5)
	var buf bytes.Buffer
	if err := png.Encode(&buf, c.draw(vg.Length(w)*vg.Millimeter, vg.Length(h)*vg.Millimeter, dpi)); err != nil {
		return nil, fmt.Errorf("charts: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

func (c *Chart) draw(w, h vg.Length, dpi int) image.Image {
	st := c.style
	canvas := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(background(st)))
	p := c.plot
	if c.sized != nil {
		p = c.sized(canvas.Size())
	}
	if p != nil && !c.Empty {
		if c.HideTitle {
			p.Title.Text = ""
		}
		func() {
			// plot panics on some degenerate ranges; a chart is never worth
			// the app.
			defer func() { _ = recover() }()
			p.Draw(draw.New(canvas))
		}()
	}
	return canvas.Image()
}

// PNG is the chart drawn at w×h pixels, PNG-encoded.
func (c *Chart) PNG(w, h int) ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, c.Image(w, h)); err != nil {
		return nil, fmt.Errorf("charts: encode png: %w", err)
	}
	return buf.Bytes(), nil
}

func background(st Style) color.Color {
	if st.Background == nil {
		return color.White
	}
	return st.Background
}

package kit

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/charts"
)

// ChartStyle is the charts' style in the current theme's colours, so a
// chart reads on the light and on the dark theme alike.
func ChartStyle() charts.Style {
	c := func(n fyne.ThemeColorName) color.Color {
		return theme.Current().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
	}
	st := charts.Paper()
	if dark(c(theme.ColorNameBackground)) {
		st = charts.Dark()
	}
	st.Background = c(theme.ColorNameBackground)
	st.Ink = c(theme.ColorNameForeground)
	st.Series = c(theme.ColorNamePrimary)
	st.TextScale = float64(theme.Current().Size(theme.SizeNameText) / 14)
	return st
}

func dark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return (299*r+587*g+114*b)/1000 < 0x8000
}

// ChartView shows a chart drawn to its size, with its numbers as text
// beneath for screen readers and for anyone who reads rather than looks.
// Root holds both; a screen that lays them out itself uses Raster and
// Words instead (and never Root).
type ChartView struct {
	min    fyne.Size
	Chart  *charts.Chart
	Raster *canvas.Raster
	Words  *widget.Label
	Root   fyne.CanvasObject
}

// NewChartView shows chart c at least minSize large (in Fyne units).
func NewChartView(c *charts.Chart, minSize fyne.Size) *ChartView {
	v := &ChartView{min: minSize}
	v.Raster = canvas.NewRaster(func(w, h int) image.Image {
		if v.Chart == nil {
			return image.NewUniform(color.Transparent)
		}
		return v.Chart.Image(w, h)
	})
	v.Raster.SetMinSize(minSize)
	v.Words = widget.NewLabel("")
	v.Words.Wrapping = fyne.TextWrapWord
	v.Set(c)
	return v
}

// Picture is the raster above its words, for a screen that shows both
// together; call it once.
func (v *ChartView) Picture() fyne.CanvasObject {
	if v.Root == nil {
		v.Root = container.NewBorder(nil, v.Words, nil, nil, v.Raster)
	}
	return v.Root
}

// Set shows chart c; an empty chart shows only its sentence.
func (v *ChartView) Set(c *charts.Chart) {
	v.Chart = c
	if c == nil {
		v.Words.SetText("")
		v.Raster.Hide()
		return
	}
	v.Words.SetText(c.Text())
	// A row of text per bar, and room for the title and axis, so labels
	// never run into each other with many bars or large text.
	line := theme.Current().Size(theme.SizeNameText) * 1.5
	v.Raster.SetMinSize(fyne.NewSize(v.min.Width, max(v.min.Height, float32(c.Rows+4)*line)))
	if c.Empty {
		v.Raster.Hide()
	} else {
		v.Raster.Show()
		v.Raster.Refresh()
	}
}

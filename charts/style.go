package charts

import (
	"image/color"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"

	"tavlen/board"
)

// Style is the colours a chart is drawn in. The screen passes its theme's
// colours; paper uses Paper.
type Style struct {
	Background color.Color // behind everything
	Ink        color.Color // axes, labels, titles
	Muted      color.Color // grid lines, minor marks
	Series     color.Color // the line or the bars
	Warn       color.Color // the "poor wellbeing" threshold, and long waits
	Alert      color.Color // the "likely depression" threshold
	// Sectors colours bars by sector; a missing sector is drawn in Series.
	Sectors map[board.Sector]color.Color
	// TextScale enlarges the words (1 = 10 pt ticks), for 150 % text.
	TextScale float64
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{r, g, b, 0xff} }

// SectorColors is the one palette of the sectors: the board's chips
// (app/kit reads it from here) and every chart's bars, on screen and on
// paper, so "Almen praksis" is the same colour wherever it shows. White
// text on each reads at 4.5:1 or more; the chips add a shape per sector.
var SectorColors = map[board.Sector]color.NRGBA{
	board.SectorRegion:  {0x1f, 0x5f, 0xa8, 0xff},
	board.SectorKommune: {0x2e, 0x7d, 0x32, 0xff},
	board.SectorGP:      {0xa8, 0x55, 0x00, 0xff},
	board.SectorOther:   {0x60, 0x60, 0x60, 0xff},
}

// sectorColors is a copy of SectorColors for a Style, which a screen may
// change without changing the palette.
func sectorColors() map[board.Sector]color.Color {
	m := make(map[board.Sector]color.Color, len(SectorColors))
	for s, c := range SectorColors {
		m[s] = c
	}
	return m
}

// Paper is the style for print: dark ink on white, colours that stay apart
// when photocopied in grey (different lightness as well as hue).
func Paper() Style {
	return Style{
		Background: color.White,
		Ink:        rgb(20, 20, 20),
		Muted:      rgb(200, 200, 200),
		Series:     rgb(21, 101, 192),
		Warn:       rgb(179, 89, 0),
		Alert:      rgb(160, 30, 30),
		Sectors:    sectorColors(),
	}
}

// Dark is the style for the dark theme: light ink on near black, lighter
// series colours that keep 3:1 against the background.
func Dark() Style {
	return Style{
		Background: rgb(23, 23, 24),
		Ink:        rgb(235, 235, 235),
		Muted:      rgb(80, 80, 84),
		Series:     rgb(92, 157, 255),
		Warn:       rgb(255, 167, 38),
		Alert:      rgb(239, 83, 80),
		Sectors:    sectorColors(),
	}
}

func (s Style) sector(sec board.Sector) color.Color {
	if c, ok := s.Sectors[sec]; ok && c != nil {
		return c
	}
	return s.Series
}

func (s Style) scale() float64 {
	if s.TextScale < 1 {
		return 1
	}
	return s.TextScale
}

// sans is the face of every word: Liberation Sans, which ships with plot
// and has æ, ø and å.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// newPlot is a plot in the style: colours and fonts on every part.
func (s Style) newPlot() *plot.Plot {
	p := plot.New()
	k := s.scale()
	p.BackgroundColor = s.Background
	p.Title.TextStyle.Color = s.Ink
	bold := sans
	bold.Weight = xfont.WeightBold
	p.Title.TextStyle.Font = font.From(bold, vg.Length(12*k))
	p.Legend.TextStyle.Color = s.Ink
	p.Legend.TextStyle.Font = font.From(sans, vg.Length(9*k))
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Color = s.Ink
		a.Label.TextStyle.Color = s.Ink
		a.Label.TextStyle.Font = font.From(sans, vg.Length(10*k))
		a.Tick.Label.Color = s.Ink
		a.Tick.Label.Font = font.From(sans, vg.Length(9*k))
		a.Tick.Color = s.Ink
	}
	return p
}

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
		Sectors: map[board.Sector]color.Color{
			board.SectorRegion:  rgb(21, 101, 192),
			board.SectorKommune: rgb(46, 125, 50),
			board.SectorGP:      rgb(142, 36, 170),
			board.SectorOther:   rgb(110, 110, 110),
		},
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
		Sectors: map[board.Sector]color.Color{
			board.SectorRegion:  rgb(92, 157, 255),
			board.SectorKommune: rgb(102, 187, 106),
			board.SectorGP:      rgb(206, 147, 216),
			board.SectorOther:   rgb(176, 176, 176),
		},
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

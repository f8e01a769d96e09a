package charts

import (
	"image/color"
	"strconv"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

// The lines the chart draws are the domain's WHO-5 thresholds.
const (
	poorAt       = board.WellbeingPoorAt
	depressionAt = board.WellbeingDepressionAt
)

// Options are what every chart needs besides its numbers.
type Options struct {
	Lang  string // "da" (default) or "en"
	Style Style
	// ForCitizen words the WHO-5 chart for the citizen's own plan: plain
	// words, no diagnoses.
	ForCitizen bool
}

func (o Options) words() *text.Words { return text.For(o.Lang) }

// dayX places a day on a time axis: Unix seconds at noon, Copenhagen.
func dayX(d board.Date) float64 {
	return float64(time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, calendar.Copenhagen).Unix())
}

// WHO5 is the citizen's scores over time with the two thresholds marked.
// Scores come in any order; the chart sorts them by day.
func WHO5(scores []board.WellbeingScore, o Options) *Chart {
	w := o.words()
	st := o.Style
	c := &Chart{Title: w.T("chart.who5_title", "WHO-5 wellbeing over time"), style: st}
	if o.ForCitizen {
		c.Title = w.T("chart.citizen_title", "How you have been")
	}
	pts := sortedScores(scores)
	if len(pts) == 0 {
		c.Empty = true
		c.Lines = []string{w.T("chart.who5_none", "No WHO-5 scores yet.")}
		return c
	}
	for _, s := range pts {
		if o.ForCitizen {
			c.Lines = append(c.Lines, w.T("chart.citizen_line", "{{.Date}}: {{.Score}} of 100",
				map[string]any{"Date": w.PrintDate(s.On), "Score": s.Score}))
			continue
		}
		c.Lines = append(c.Lines, w.T("chart.who5_line", "{{.Date}}: {{.Score}} of 100 – {{.Band}}",
			map[string]any{"Date": w.Date(s.On), "Score": s.Score, "Band": Band(s.Score, o.Lang)}))
	}
	if !o.ForCitizen {
		c.Lines = append(c.Lines, w.T("chart.who5_thresholds",
			"50 or less is poor wellbeing; 28 or less may mean depression."))
	}

	p := st.newPlot()
	p.Title.Text = c.Title
	p.Y.Min, p.Y.Max = 0, 125
	p.Y.Label.Text = w.T("chart.who5_axis", "Score (0–100)")
	p.Y.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 28, Label: "28"},
		{Value: 50, Label: "50"}, {Value: 75, Label: "75"}, {Value: 100, Label: "100"}}
	first, last := pts[0].On, pts[len(pts)-1].On
	p.X.Min, p.X.Max = dayX(first.AddDays(-14)), dayX(last.AddDays(14))
	p.X.Tick.Marker = monthTicks{w: w}

	// Shaded bands under the thresholds, so the line reads at a glance.
	p.Add(band(p.X.Min, p.X.Max, 0, depressionAt, st.Alert), band(p.X.Min, p.X.Max, depressionAt, poorAt, st.Warn))
	p.Add(threshold(p.X.Min, p.X.Max, poorAt, st.Warn), threshold(p.X.Min, p.X.Max, depressionAt, st.Alert))

	xys := make(plotter.XYs, len(pts))
	labels := make([]string, len(pts))
	for i, s := range pts {
		xys[i] = plotter.XY{X: dayX(s.On), Y: float64(s.Score)}
		labels[i] = strconv.Itoa(s.Score)
	}
	if line, dots, err := plotter.NewLinePoints(xys); err == nil {
		line.Color, line.Width = st.Series, vg.Points(2)
		dots.Color, dots.Shape, dots.Radius = st.Series, draw.CircleGlyph{}, vg.Points(3.5)
		p.Add(line, dots)
	}
	ls := p.Y.Tick.Label
	ls.Color, ls.XAlign, ls.YAlign = st.Ink, draw.XCenter, draw.YBottom
	p.Add(&valueLabels{xys: xys, labels: labels, style: ls, offset: vg.Point{Y: vg.Points(5 * st.scale())}})
	legend(p, st, w, o.ForCitizen)
	c.plot = p
	return c
}

// legend names the two bands in the plot's legend.
func legend(p *plot.Plot, st Style, w *text.Words, forCitizen bool) {
	// The plot reaches above 100 so the legend has a row of its own there.
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.Padding = vg.Points(2)
	poor := band(0, 1, 0, 1, st.Warn)
	low := band(0, 1, 0, 1, st.Alert)
	if forCitizen {
		p.Legend.Add(w.T("chart.citizen_poor", "50 or below: you have had a hard time"), poor)
		p.Legend.Add(w.T("chart.citizen_low", "28 or below: a very hard time – talk to us about it"), low)
		return
	}
	p.Legend.Add(w.T("chart.who5_poor", "50 or less: poor wellbeing"), poor)
	p.Legend.Add(w.T("chart.who5_depression", "28 or less: possible depression"), low)
}

// Band is a score's band in words: good, poor wellbeing, possible depression.
func Band(score int, lang string) string {
	w := text.For(lang)
	switch board.LevelOf(score) {
	case board.WellbeingDepression:
		return w.T("chart.band_depression", "possible depression")
	case board.WellbeingPoor:
		return w.T("chart.band_poor", "poor wellbeing")
	}
	return w.T("chart.band_good", "good wellbeing")
}

func sortedScores(scores []board.WellbeingScore) []board.WellbeingScore {
	out := make([]board.WellbeingScore, 0, len(scores))
	for _, s := range scores {
		if s.On.IsZero() || s.Score < 0 || s.Score > 100 {
			continue // not a score; never a reason to fail the picture
		}
		out = append(out, s)
	}
	for i := 1; i < len(out); i++ { // insertion sort: few scores, stable
		for j := i; j > 0 && out[j].On.Before(out[j-1].On); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// faded is c at a quarter of its strength, for a band behind the line.
func faded(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0x38}
}

func band(x0, x1, y0, y1 float64, c color.Color) *plotter.Polygon {
	poly, _ := plotter.NewPolygon(plotter.XYs{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
	poly.Color = faded(c)
	poly.LineStyle.Width = 0
	return poly
}

func threshold(x0, x1, y float64, c color.Color) *plotter.Line {
	l, _ := plotter.NewLine(plotter.XYs{{X: x0, Y: y}, {X: x1, Y: y}})
	l.Color, l.Width = c, vg.Points(1.5)
	l.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
	return l
}

// monthTicks marks the first of each month, every second or third month
// when the span is long, with the short Danish month name; January and the
// first tick carry the year.
type monthTicks struct{ w *text.Words }

func (m monthTicks) Ticks(min, max float64) []plot.Tick {
	from := time.Unix(int64(min), 0).In(calendar.Copenhagen)
	to := time.Unix(int64(max), 0).In(calendar.Copenhagen)
	months := (to.Year()-from.Year())*12 + int(to.Month()-from.Month()) + 1
	step := 1
	switch {
	case months > 24:
		step = 6
	case months > 12:
		step = 3
	case months > 6:
		step = 2
	}
	var ticks []plot.Tick
	t := time.Date(from.Year(), from.Month(), 1, 12, 0, 0, 0, calendar.Copenhagen)
	if t.Before(from) {
		t = t.AddDate(0, 1, 0)
	}
	for ; !t.After(to); t = t.AddDate(0, 1, 0) {
		if (int(t.Month())-1)%step != 0 {
			ticks = append(ticks, plot.Tick{Value: float64(t.Unix())})
			continue
		}
		label := m.w.MonthShort(t.Month())
		if len(ticks) == 0 || t.Month() == time.January {
			label += " " + strconv.Itoa(t.Year())
		}
		ticks = append(ticks, plot.Tick{Value: float64(t.Unix()), Label: label})
	}
	if len(ticks) == 0 { // a span inside one month: mark its first day
		d := board.DateOf(from)
		ticks = append(ticks, plot.Tick{Value: min, Label: m.w.Day(d)})
	}
	return ticks
}

package charts

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// bar is one bar: its name, its length and its colour.
type bar struct {
	label string
	value float64
	color color.Color
	// tag is written after the value at the bar's end ("14 d"); empty
	// writes the value alone.
	tag string
}

// barPlot draws bars, the first at the top when horizontal, the first on
// the left when upright. Bars of one colour are one plotter, so a legend
// can name a colour once.
func barPlot(st Style, title, axis string, bars []bar, horizontal bool) func(w, h vg.Length) *plot.Plot {
	return func(w, h vg.Length) *plot.Plot {
		room := w - vg.Points(80)
		if horizontal {
			room = h - vg.Points(70)
		}
		return drawBars(st, title, axis, bars, horizontal, room)
	}
}

// drawBars is the bar plot with room (along the bars' axis) to share.
func drawBars(st Style, title, axis string, bars []bar, horizontal bool, room vg.Length) *plot.Plot {
	p := st.newPlot()
	p.Title.Text = title
	p.Title.Padding = vg.Points(6)
	n := len(bars)
	names := make([]string, n)
	pos := func(i int) float64 { // horizontal bars count from the top
		if horizontal {
			return float64(n - 1 - i)
		}
		return float64(i)
	}
	top := 0.0
	byColor := map[color.Color]plotter.Values{}
	var order []color.Color
	for i, b := range bars {
		names[int(pos(i))] = b.label
		if b.value > top {
			top = b.value
		}
		if _, ok := byColor[b.color]; !ok {
			byColor[b.color] = make(plotter.Values, n)
			order = append(order, b.color)
		}
		byColor[b.color][int(pos(i))] = b.value
	}
	width := room * 0.7 / vg.Length(max(n, 1))
	width = min(max(width, vg.Points(4)), vg.Points(36))
	for _, c := range order {
		bc, err := plotter.NewBarChart(byColor[c], width)
		if err != nil {
			continue
		}
		bc.Color = c
		bc.LineStyle.Width = 0
		bc.Horizontal = horizontal
		p.Add(bc)
	}
	// The value at each bar's end: the picture reads without the axis.
	xys := make(plotter.XYs, n)
	labels := make([]string, n)
	for i, b := range bars {
		v := strconv.FormatFloat(b.value, 'f', -1, 64)
		if b.tag != "" {
			v = b.tag
		}
		labels[i] = v
		if horizontal {
			xys[i] = plotter.XY{X: b.value, Y: pos(i)}
		} else {
			xys[i] = plotter.XY{X: pos(i), Y: b.value}
		}
	}
	if l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: labels}); err == nil {
		for i := range l.TextStyle {
			l.TextStyle[i].Color = st.Ink
			l.TextStyle[i].Font = p.X.Tick.Label.Font
			if horizontal {
				l.TextStyle[i].YAlign = draw.YCenter
			} else {
				l.TextStyle[i].XAlign = draw.XCenter
			}
		}
		if horizontal {
			l.Offset = vg.Point{X: vg.Points(4)}
		} else {
			l.Offset = vg.Point{Y: vg.Points(3)}
		}
		p.Add(l)
	}
	if top == 0 {
		top = 1
	}
	if horizontal {
		p.NominalY(names...)
		p.X.Min, p.X.Max = 0, top*1.15
		p.X.Label.Text = axis
		p.X.Tick.Marker = wholeTicks{}
	} else {
		p.NominalX(names...)
		p.Y.Min, p.Y.Max = 0, top*1.2
		p.Y.Label.Text = axis
		p.Y.Tick.Marker = wholeTicks{}
	}
	return p
}

// wholeTicks are the default ticks without fractions: counts and days are
// whole.
type wholeTicks struct{}

func (wholeTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(min, max) {
		if t.Value != float64(int(t.Value)) {
			continue
		}
		if t.Label != "" {
			t.Label = strconv.Itoa(int(t.Value))
		}
		out = append(out, t)
	}
	return out
}

// legendSwatch is a filled square for a legend entry.
type legendSwatch struct{ color color.Color }

func (s legendSwatch) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{{X: c.Min.X, Y: c.Min.Y}, {X: c.Min.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Max.Y}, {X: c.Max.X, Y: c.Min.Y}}
	c.FillPolygon(s.color, c.ClipPolygonXY(pts))
}

package charts

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// valueLabels writes each point's value above it, leaving out a label
// that would overlap one already written: two scores a few days apart
// ("60" and "56") were drawn on top of each other. Whether labels collide
// depends on the size the chart is drawn at, so it is decided when drawn.
type valueLabels struct {
	xys    plotter.XYs
	labels []string
	style  text.Style
	offset vg.Point
}

func (l *valueLabels) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	at := make([]vg.Point, len(l.xys))
	boxes := make([]vg.Rectangle, len(l.xys))
	inside := make([]bool, len(l.xys))
	for i, xy := range l.xys {
		pt := vg.Point{X: trX(xy.X), Y: trY(xy.Y)}
		inside[i] = c.Contains(pt)
		at[i] = pt.Add(l.offset)
		boxes[i] = l.style.Rectangle(l.labels[i]).Add(at[i])
	}
	for i, keep := range labelsToDraw(boxes) {
		if keep && inside[i] {
			c.FillText(l.style, at[i], l.labels[i])
		}
	}
}

// labelsToDraw says which of the labels' boxes to draw so that no two
// drawn ones overlap. The newest (last) point is labelled first, as the
// one the team looks at; an older label gives way to a newer one.
func labelsToDraw(boxes []vg.Rectangle) []bool {
	keep := make([]bool, len(boxes))
	gap := vg.Points(2) // a little air between neighbours
	for i := len(boxes) - 1; i >= 0; i-- {
		keep[i] = true
		for j := i + 1; j < len(boxes); j++ {
			if keep[j] && overlap(boxes[i], boxes[j], gap) {
				keep[i] = false
				break
			}
		}
	}
	return keep
}

func overlap(a, b vg.Rectangle, gap vg.Length) bool {
	return a.Min.X < b.Max.X+gap && b.Min.X < a.Max.X+gap && a.Min.Y < b.Max.Y+gap && b.Min.Y < a.Max.Y+gap
}

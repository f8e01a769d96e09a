package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Spark is a sparkline: a few values on a scale of 0 to Max drawn as a
// small line over their own range, with a mark at a threshold (WHO-5's
// 50) and the last point coloured when it is at or below it. Words for screen readers are in the
// cell's text, never only in the line.
type Spark struct {
	Values []int // oldest first
	Max    int   // the top of the scale (the bottom is 0)
	Low    int   // the threshold; 0 for none
}

// sparkPoints is how many of the newest values a sparkline draws.
const sparkPoints = 12

// sparkView draws a Spark with pooled canvas lines, like the cell's texts
// and chips, so scrolling the board builds nothing.
type sparkView struct {
	threshold *canvas.Line
	segments  []*canvas.Line
	last      *canvas.Circle
}

func newSparkView() *sparkView {
	v := &sparkView{threshold: &canvas.Line{StrokeWidth: 1}, last: &canvas.Circle{}}
	for range sparkPoints - 1 {
		v.segments = append(v.segments, &canvas.Line{StrokeWidth: 1.5})
	}
	return v
}

func (v *sparkView) objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{v.threshold}
	for _, l := range v.segments {
		out = append(out, l)
	}
	return append(out, v.last)
}

func (v *sparkView) hide() {
	for _, o := range v.objects() {
		o.Hide()
	}
}

// apply draws s in the box at pos of size.
func (v *sparkView) apply(s *Spark, pos fyne.Position, size fyne.Size) {
	v.hide()
	values := s.Values
	if len(values) > sparkPoints {
		values = values[len(values)-sparkPoints:]
	}
	if len(values) == 0 || s.Max <= 0 {
		return
	}
	// The line spans the values' own range (with the threshold in it), not
	// the whole scale: on a line a dozen pixels high a fall of 16 points
	// out of 100 would look flat.
	lo, hi := s.Low, s.Low
	if s.Low <= 0 {
		lo, hi = values[0], values[0]
	}
	for _, val := range values {
		lo, hi = min(lo, val), max(hi, val)
	}
	lo, hi = max(lo-4, 0), min(hi+4, s.Max)
	if hi <= lo {
		hi = lo + 1
	}
	y := func(val int) float32 {
		val = min(max(val, lo), hi)
		return pos.Y + size.Height*(1-float32(val-lo)/float32(hi-lo))
	}
	x := func(i int) float32 {
		if len(values) == 1 {
			return pos.X + size.Width
		}
		return pos.X + size.Width*float32(i)/float32(len(values)-1)
	}
	if s.Low > 0 {
		v.threshold.StrokeColor = ThemeColor(theme.ColorNamePlaceHolder)
		v.threshold.Position1 = fyne.NewPos(pos.X, y(s.Low))
		v.threshold.Position2 = fyne.NewPos(pos.X+size.Width, y(s.Low))
		v.threshold.Show()
		v.threshold.Refresh()
	}
	line := ThemeColor(theme.ColorNamePrimary)
	for i := 1; i < len(values); i++ {
		l := v.segments[i-1]
		l.StrokeColor = line
		l.Position1 = fyne.NewPos(x(i-1), y(values[i-1]))
		l.Position2 = fyne.NewPos(x(i), y(values[i]))
		l.Show()
		l.Refresh()
	}
	last := values[len(values)-1]
	dot := float32(4)
	var fill color.Color = line
	if s.Low > 0 && last <= s.Low {
		fill = ColAlert
	}
	v.last.FillColor = fill
	v.last.Move(fyne.NewPos(x(len(values)-1)-dot/2, y(last)-dot/2))
	v.last.Resize(fyne.NewSize(dot, dot))
	v.last.Show()
	v.last.Refresh()
}

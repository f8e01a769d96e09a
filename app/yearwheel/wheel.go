package yearwheel

import (
	"image/color"
	"math"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// wheel is the round year view: twelve months as sectors clockwise from
// the top, each with its theme's title, and today marked by a hand and a
// dot on the rim. It is drawn with canvas primitives; tapping a month
// asks for that month (onMonth).
type wheel struct {
	widget.BaseWidget
	year    int
	today   board.Date
	themes  []*board.Theme
	onMonth func(time.Month)
}

func newWheel(onMonth func(time.Month)) *wheel {
	w := &wheel{onMonth: onMonth}
	w.ExtendBaseWidget(w)
	return w
}

// set shows a year's themes; today is marked when it lies in that year.
func (w *wheel) set(year int, today board.Date, themes []*board.Theme) {
	w.year, w.today, w.themes = year, today, themes
	w.Refresh()
}

// wheelMin is the least diameter at which the months and titles read.
const wheelMin = 340

func (w *wheel) MinSize() fyne.Size { return fyne.NewSize(wheelMin, wheelMin) }

// Tapped finds the month under the pointer.
func (w *wheel) Tapped(ev *fyne.PointEvent) {
	if w.onMonth == nil {
		return
	}
	s := w.Size()
	cx, cy := s.Width/2, s.Height/2
	dx, dy := float64(ev.Position.X-cx), float64(ev.Position.Y-cy)
	if math.Hypot(dx, dy) > float64(min(s.Width, s.Height))/2 {
		return
	}
	w.onMonth(monthAt(dx, dy))
}

// monthAt is the month of the sector in direction (dx, dy) from the centre,
// screen coordinates (y down), January starting at the top.
func monthAt(dx, dy float64) time.Month {
	a := math.Atan2(dx, -dy) // 0 at the top, clockwise
	if a < 0 {
		a += 2 * math.Pi
	}
	return time.Month(int(a/(2*math.Pi)*12)%12 + 1)
}

// angleOf is the angle of a point in the year: 0 at the top (1 January),
// clockwise, in radians.
func angleOf(month time.Month, frac float64) float64 {
	return (float64(month-1) + frac) / 12 * 2 * math.Pi
}

// wheelTitle is a theme title cut into at most two short lines for its
// sector; the list beside the wheel has it in full.
func wheelTitle(title string, per int) []string {
	words := strings.Fields(title)
	var lines []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= per:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		if r := []rune(l); len(r) > per {
			lines[i] = string(r[:per-1]) + "…"
		}
	}
	if len(lines) > 2 {
		r := []rune(lines[1])
		if len(r) > per-1 {
			r = r[:per-1]
		}
		lines = []string{lines[0], string(r) + "…"}
	}
	return lines
}

func (w *wheel) CreateRenderer() fyne.WidgetRenderer {
	r := &wheelRenderer{w: w, per: 12}
	r.build()
	return r
}

type wheelRenderer struct {
	w       *wheel
	ring    *canvas.Circle
	hub     *canvas.Circle
	spokes  [12]*canvas.Line
	months  [12]*canvas.Text
	titles  [12][]*canvas.Text
	current *canvas.Circle // behind the current month's name
	hand    *canvas.Line
	dot     *canvas.Circle
	year    *canvas.Text
	today   *canvas.Text // "I dag 26.11." under the year, in this year only
	objects []fyne.CanvasObject
	per     int // characters per title line, from the sector's width
}

func themeColor(n fyne.ThemeColorName) color.Color {
	return fyne.CurrentApp().Settings().Theme().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}

// build makes the objects for the wheel's year and themes.
func (r *wheelRenderer) build() {
	fg, primary := themeColor(theme.ColorNameForeground), themeColor(theme.ColorNamePrimary)
	r.ring = canvas.NewCircle(themeColor(theme.ColorNameInputBackground))
	r.ring.StrokeColor, r.ring.StrokeWidth = themeColor(theme.ColorNameSeparator), 2
	r.hub = canvas.NewCircle(themeColor(theme.ColorNameBackground))
	r.hub.StrokeColor, r.hub.StrokeWidth = themeColor(theme.ColorNameSeparator), 2
	r.current = canvas.NewCircle(primary)
	r.objects = []fyne.CanvasObject{r.ring, r.hub, r.current}
	for i := range r.spokes {
		r.spokes[i] = canvas.NewLine(themeColor(theme.ColorNameSeparator))
		r.spokes[i].StrokeWidth = 2
		r.objects = append(r.objects, r.spokes[i])
	}
	byMonth := map[time.Month]*board.Theme{}
	for _, t := range r.w.themes {
		if t.Year == r.w.year && byMonth[t.Month] == nil {
			byMonth[t.Month] = t
		}
	}
	thisMonth := r.w.today.Year == r.w.year
	for i := range r.months {
		m := time.Month(i + 1)
		t := canvas.NewText(kit.Words().MonthShort(m), fg)
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.TextSize = theme.TextSize()
		if thisMonth && m == r.w.today.Month {
			t.Color = themeColor(theme.ColorNameForegroundOnPrimary)
		}
		r.months[i] = t
		r.objects = append(r.objects, t)
		r.titles[i] = nil
		if th := byMonth[m]; th != nil {
			for _, line := range wheelTitle(th.Title, r.per) {
				tt := canvas.NewText(line, fg)
				tt.TextSize = theme.CaptionTextSize()
				r.titles[i] = append(r.titles[i], tt)
				r.objects = append(r.objects, tt)
			}
		}
	}
	r.hand = canvas.NewLine(primary)
	r.hand.StrokeWidth = 3
	r.dot = canvas.NewCircle(primary)
	r.year = canvas.NewText("", fg)
	r.year.TextStyle = fyne.TextStyle{Bold: true}
	r.year.TextSize = theme.TextSize() * 1.4
	if r.w.year != 0 {
		r.year.Text = strconv.Itoa(r.w.year)
	}
	r.today = canvas.NewText("", primary)
	r.today.TextSize = theme.CaptionTextSize()
	r.today.TextStyle = fyne.TextStyle{Bold: true}
	if thisMonth {
		r.today.Text = kit.T("yearwheel.today", "Today") + " " + kit.Words().Day(r.w.today)
	}
	if !thisMonth {
		r.today.Hide()
		r.hand.Hide()
		r.dot.Hide()
		r.current.Hide()
	}
	r.objects = append(r.objects, r.hand, r.dot, r.year, r.today)
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	d := min(size.Width, size.Height)
	R := d/2 - 2
	cx, cy := size.Width/2, size.Height/2
	// A title line may be as wide as its sector is at the titles' radius.
	arc := 2 * math.Pi * float64(R) * 0.56 / 12
	if per := max(8, min(22, int(arc/float64(theme.CaptionTextSize()*0.58)))); per != r.per {
		r.per = per
		r.build()
	}
	at := func(a float64, rad float32) fyne.Position {
		return fyne.NewPos(cx+rad*float32(math.Sin(a)), cy-rad*float32(math.Cos(a)))
	}
	r.ring.Move(fyne.NewPos(cx-R, cy-R))
	r.ring.Resize(fyne.NewSize(2*R, 2*R))
	hubR := R * 0.22
	r.hub.Move(fyne.NewPos(cx-hubR, cy-hubR))
	r.hub.Resize(fyne.NewSize(2*hubR, 2*hubR))
	for i := range r.spokes {
		a := angleOf(time.Month(i+1), 0)
		r.spokes[i].Position1 = at(a, hubR)
		r.spokes[i].Position2 = at(a, R)
	}
	centre := func(o *canvas.Text, p fyne.Position) {
		s := o.MinSize()
		o.Move(fyne.NewPos(p.X-s.Width/2, p.Y-s.Height/2))
		o.Resize(s)
	}
	for i := range r.months {
		a := angleOf(time.Month(i+1), 0.5)
		p := at(a, R*0.84)
		centre(r.months[i], p)
		if i == int(r.w.today.Month)-1 {
			s := r.months[i].MinSize()
			cr := max(s.Width, s.Height)/2 + 4
			r.current.Move(fyne.NewPos(p.X-cr, p.Y-cr))
			r.current.Resize(fyne.NewSize(2*cr, 2*cr))
		}
		lines := r.titles[i]
		for j, t := range lines {
			h := t.MinSize().Height
			off := (float32(j) - float32(len(lines)-1)/2) * h
			q := at(a, R*0.56)
			centre(t, fyne.NewPos(q.X, q.Y+off))
		}
	}
	if r.w.today.Year == r.w.year && r.w.today.Month >= time.January {
		days := float64(board.DaysIn(r.w.today.Year, r.w.today.Month))
		a := angleOf(r.w.today.Month, (float64(r.w.today.Day)-0.5)/days)
		r.hand.Position1 = at(a, hubR)
		r.hand.Position2 = at(a, R)
		p := at(a, R)
		r.dot.Move(fyne.NewPos(p.X-7, p.Y-7))
		r.dot.Resize(fyne.NewSize(14, 14))
	}
	centre(r.year, fyne.NewPos(cx, cy-r.today.MinSize().Height/2))
	centre(r.today, fyne.NewPos(cx, cy+r.year.MinSize().Height/2))
}

func (r *wheelRenderer) MinSize() fyne.Size { return r.w.MinSize() }

func (r *wheelRenderer) Refresh() {
	r.build()
	r.Layout(r.w.Size())
	canvas.Refresh(r.w)
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *wheelRenderer) Destroy()                     {}

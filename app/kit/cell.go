package kit

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// CellItem is one line of a grid cell: a text, or a row of chips.
type CellItem struct {
	Text  string
	Bold  bool
	Small bool
	Color fyne.ThemeColorName // "" = foreground
	Tint  color.Color         // overrides color when set
	Chips []ChipSpec
	// Spark, when set, is drawn as a small line after the text.
	Spark *Spark
}

// CellSpec is what one cell of the board shows.
type CellSpec struct {
	Items    []CellItem
	Bg       fyne.ThemeColorName // "" = none
	Bar      color.Color         // marker bar at the left edge, or nil
	Selected bool
}

// GridCell is the board's cell (and heading) widget. It keeps pools of
// canvas objects, so scrolling and switching weeks reuse them instead of
// building widgets.
type GridCell struct {
	widget.BaseWidget
	Spec        CellSpec
	OnTap       func()
	OnDoubleTap func()
	hits        []chipHit // where the laid-out chips that open something are
	cut         bool      // the last layout cut a text or left chips out

	// The board table sets these: which cell it shows, and what a
	// pointer over the cell does (show the full text of a cut cell).
	Id                 widget.TableCellID
	Seq                int // when the table last gave the cell its id
	OnHover, OnHoverUp func(c *GridCell)
	OnMove             func(c *GridCell)
}

// Move tells the table where its rows now are: it moves every visible
// cell after a scroll.
func (c *GridCell) Move(pos fyne.Position) {
	c.BaseWidget.Move(pos)
	if c.OnMove != nil {
		c.OnMove(c)
	}
}

// chipHit is a chip's place in its cell and what a click on it opens.
type chipHit struct {
	pos  fyne.Position
	size fyne.Size
	open func()
}

// chipAt returns what the chip under pos opens, or nil.
func (c *GridCell) chipAt(pos fyne.Position) func() {
	for _, h := range c.hits {
		if pos.X >= h.pos.X && pos.Y >= h.pos.Y && pos.X < h.pos.X+h.size.Width && pos.Y < h.pos.Y+h.size.Height {
			return h.open
		}
	}
	return nil
}

// MouseIn shows the cell's full text when the table asks for it.
func (c *GridCell) MouseIn(*desktop.MouseEvent) {
	if c.OnHover != nil {
		c.OnHover(c)
	}
}

// MouseMoved is part of desktop.Hoverable.
func (c *GridCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the full text again.
func (c *GridCell) MouseOut() {
	if c.OnHoverUp != nil {
		c.OnHoverUp(c)
	}
}

// FullText is what the cell would show with room enough: one line per
// item, a row of chips as their long names. It is empty unless the last
// layout cut something, as then the cell already shows it all.
func (c *GridCell) FullText() []string {
	if !c.cut {
		return nil
	}
	var out []string
	for _, it := range c.Spec.Items {
		if it.Chips == nil {
			if it.Text != "" {
				out = append(out, it.Text)
			}
			continue
		}
		var names []string
		for _, ch := range it.Chips {
			names = append(names, ch.longText())
		}
		out = append(out, strings.Join(names, " · "))
	}
	return out
}

func NewGridCell() *GridCell {
	c := &GridCell{}
	c.ExtendBaseWidget(c)
	return c
}

// Set shows spec.
func (c *GridCell) Set(spec CellSpec) {
	c.Spec = spec
	c.Refresh()
}

// Tapped selects the cell's row; on an appointment chip it also opens
// that occurrence.
func (c *GridCell) Tapped(e *fyne.PointEvent) {
	if c.OnTap != nil {
		c.OnTap()
	}
	if open := c.chipAt(e.Position); open != nil {
		open()
	}
}

// DoubleTapped opens the chip under the pointer, else the row.
func (c *GridCell) DoubleTapped(e *fyne.PointEvent) {
	if open := c.chipAt(e.Position); open != nil {
		open()
		return
	}
	if c.OnDoubleTap != nil {
		c.OnDoubleTap()
	}
}

func (c *GridCell) CreateRenderer() fyne.WidgetRenderer {
	r := &GridCellRenderer{c: c, bg: &canvas.Rectangle{}, bar: &canvas.Rectangle{}}
	r.rebuild()
	return r
}

type GridCellRenderer struct {
	c       *GridCell
	bg, bar *canvas.Rectangle
	texts   []*canvas.Text
	Chips   []*chipView
	spark   *sparkView
	objects []fyne.CanvasObject
}

func (r *GridCellRenderer) rebuild() {
	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.bg, r.bar)
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
	for _, ch := range r.Chips {
		r.objects = append(r.objects, ch.objects()...)
	}
	if r.spark != nil {
		r.objects = append(r.objects, r.spark.objects()...)
	}
}

func (r *GridCellRenderer) Destroy()                     {}
func (r *GridCellRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *GridCellRenderer) MinSize() fyne.Size {
	ts := theme.TextSize()
	return fyne.NewSize(ts*4, ts*1.4+2*theme.Padding())
}

func (r *GridCellRenderer) Refresh() { r.Layout(r.c.Size()) }

// Layout places the items top-down; chips flow left to right and wrap;
// texts are cut with an ellipsis to fit the width.
func (r *GridCellRenderer) Layout(size fyne.Size) {
	spec := r.c.Spec
	pad := theme.Padding()
	ts, cs := theme.TextSize(), theme.CaptionTextSize()

	r.bg.Resize(size)
	switch {
	case spec.Selected:
		r.bg.FillColor = ThemeColor(theme.ColorNameSelection)
	case spec.Bg != "":
		r.bg.FillColor = ThemeColor(spec.Bg)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
	if spec.Bar != nil {
		r.bar.FillColor = spec.Bar
		r.bar.Move(fyne.NewPos(0, 0))
		r.bar.Resize(fyne.NewSize(4, size.Height))
		r.bar.Show()
	} else {
		r.bar.Hide()
	}
	r.bar.Refresh()

	nt, nc, sparked := 0, 0, false
	r.c.hits = r.c.hits[:0]
	r.c.cut = false
	y := pad / 2
	left := pad + 2
	width := size.Width - left - pad
	for _, it := range spec.Items {
		if it.Chips != nil {
			places, more := PlaceChips(it.Chips, left, width, y, size.Height, cs)
			lineH := float32(0)
			for _, p := range places {
				r.chip(nc).apply(p.Spec, p.pos, p.size, cs)
				if p.Spec.Open != nil {
					r.c.hits = append(r.c.hits, chipHit{p.pos, p.size, p.Spec.Open})
				}
				if p.cut {
					r.c.cut = true
				}
				nc++
				y = p.pos.Y
				lineH = p.size.Height
			}
			if more > 0 {
				r.c.cut = true
			}
			y += lineH + 2
			continue
		}
		size := ts
		if it.Small {
			size = cs
		}
		h := size * 1.3
		if y+h > r.c.Size().Height+1 {
			r.c.cut = true
			break
		}
		t := r.text(nt)
		nt++
		t.TextSize = size
		t.TextStyle = fyne.TextStyle{Bold: it.Bold}
		switch {
		case it.Tint != nil:
			t.Color = it.Tint
		case it.Color != "":
			t.Color = ThemeColor(it.Color)
		default:
			t.Color = ThemeColor(theme.ColorNameForeground)
		}
		t.Text = FitText(it.Text, size, t.TextStyle, width)
		if t.Text != it.Text {
			r.c.cut = true
		}
		t.Move(fyne.NewPos(left, y))
		t.Resize(fyne.NewSize(width, h))
		t.Show()
		t.Refresh()
		if it.Spark != nil && !sparked {
			// After the text, when a little line still fits beside it.
			x := left + fyne.MeasureText(t.Text, size, t.TextStyle).Width + pad
			if w := min(size*4, left+width-x); w >= size*2 {
				r.sparkView().apply(it.Spark, fyne.NewPos(x, y), fyne.NewSize(w, size*1.25))
				sparked = true
			}
		}
		y += h
	}
	if r.spark != nil && !sparked {
		r.spark.hide()
	}
	for i := nt; i < len(r.texts); i++ {
		r.texts[i].Hide()
	}
	for i := nc; i < len(r.Chips); i++ {
		r.Chips[i].hide()
	}
}

func (r *GridCellRenderer) text(i int) *canvas.Text {
	for len(r.texts) <= i {
		r.texts = append(r.texts, &canvas.Text{})
		r.rebuild()
	}
	return r.texts[i]
}

func (r *GridCellRenderer) sparkView() *sparkView {
	if r.spark == nil {
		r.spark = newSparkView()
		r.rebuild()
	}
	return r.spark
}

func (r *GridCellRenderer) chip(i int) *chipView {
	for len(r.Chips) <= i {
		r.Chips = append(r.Chips, newChipView())
		r.rebuild()
	}
	return r.Chips[i]
}

// FitText cuts s with "…" so it fits width.
func FitText(s string, size float32, style fyne.TextStyle, width float32) string {
	if s == "" || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

func Measure(s string, size float32) float32 {
	return fyne.MeasureText(s, size, fyne.TextStyle{}).Width
}

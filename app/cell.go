package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellItem is one line of a grid cell: a text, or a row of chips.
type cellItem struct {
	text  string
	bold  bool
	small bool
	color fyne.ThemeColorName // "" = foreground
	tint  color.Color         // overrides color when set
	chips []chipSpec
}

// cellSpec is what one cell of the board shows.
type cellSpec struct {
	items    []cellItem
	bg       fyne.ThemeColorName // "" = none
	bar      color.Color         // marker bar at the left edge, or nil
	selected bool
}

// gridCell is the board's cell (and heading) widget. It keeps pools of
// canvas objects, so scrolling and switching weeks reuse them instead of
// building widgets.
type gridCell struct {
	widget.BaseWidget
	spec        cellSpec
	onTap       func()
	onDoubleTap func()
	hits        []chipHit // where the laid-out chips that open something are
	cut         bool      // the last layout cut a text or left chips out

	// The board table sets these: which cell it shows, and what a
	// pointer over the cell does (show the full text of a cut cell).
	id                 widget.TableCellID
	seq                int // when the table last gave the cell its id
	onHover, onHoverUp func(c *gridCell)
	onMove             func(c *gridCell)
}

// Move tells the table where its rows now are: it moves every visible
// cell after a scroll.
func (c *gridCell) Move(pos fyne.Position) {
	c.BaseWidget.Move(pos)
	if c.onMove != nil {
		c.onMove(c)
	}
}

// chipHit is a chip's place in its cell and what a click on it opens.
type chipHit struct {
	pos  fyne.Position
	size fyne.Size
	open func()
}

// chipAt returns what the chip under pos opens, or nil.
func (c *gridCell) chipAt(pos fyne.Position) func() {
	for _, h := range c.hits {
		if pos.X >= h.pos.X && pos.Y >= h.pos.Y && pos.X < h.pos.X+h.size.Width && pos.Y < h.pos.Y+h.size.Height {
			return h.open
		}
	}
	return nil
}

// MouseIn shows the cell's full text when the table asks for it.
func (c *gridCell) MouseIn(*desktop.MouseEvent) {
	if c.onHover != nil {
		c.onHover(c)
	}
}

// MouseMoved is part of desktop.Hoverable.
func (c *gridCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the full text again.
func (c *gridCell) MouseOut() {
	if c.onHoverUp != nil {
		c.onHoverUp(c)
	}
}

// fullText is what the cell would show with room enough: one line per
// item, a row of chips as their long names. It is empty unless the last
// layout cut something, as then the cell already shows it all.
func (c *gridCell) fullText() []string {
	if !c.cut {
		return nil
	}
	var out []string
	for _, it := range c.spec.items {
		if it.chips == nil {
			if it.text != "" {
				out = append(out, it.text)
			}
			continue
		}
		var names []string
		for _, ch := range it.chips {
			names = append(names, ch.longText())
		}
		out = append(out, strings.Join(names, " · "))
	}
	return out
}

func newGridCell() *gridCell {
	c := &gridCell{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows spec.
func (c *gridCell) set(spec cellSpec) {
	c.spec = spec
	c.Refresh()
}

// Tapped selects the cell's row; on an appointment chip it also opens
// that occurrence.
func (c *gridCell) Tapped(e *fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
	if open := c.chipAt(e.Position); open != nil {
		open()
	}
}

// DoubleTapped opens the chip under the pointer, else the row.
func (c *gridCell) DoubleTapped(e *fyne.PointEvent) {
	if open := c.chipAt(e.Position); open != nil {
		open()
		return
	}
	if c.onDoubleTap != nil {
		c.onDoubleTap()
	}
}

func (c *gridCell) CreateRenderer() fyne.WidgetRenderer {
	r := &gridCellRenderer{c: c, bg: &canvas.Rectangle{}, bar: &canvas.Rectangle{}}
	r.rebuild()
	return r
}

type gridCellRenderer struct {
	c       *gridCell
	bg, bar *canvas.Rectangle
	texts   []*canvas.Text
	chips   []*chipView
	objects []fyne.CanvasObject
}

func (r *gridCellRenderer) rebuild() {
	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.bg, r.bar)
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
	for _, ch := range r.chips {
		r.objects = append(r.objects, ch.objects()...)
	}
}

func (r *gridCellRenderer) Destroy()                     {}
func (r *gridCellRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *gridCellRenderer) MinSize() fyne.Size {
	ts := theme.TextSize()
	return fyne.NewSize(ts*4, ts*1.4+2*theme.Padding())
}

func (r *gridCellRenderer) Refresh() { r.Layout(r.c.Size()) }

// Layout places the items top-down; chips flow left to right and wrap;
// texts are cut with an ellipsis to fit the width.
func (r *gridCellRenderer) Layout(size fyne.Size) {
	spec := r.c.spec
	pad := theme.Padding()
	ts, cs := theme.TextSize(), theme.CaptionTextSize()

	r.bg.Resize(size)
	switch {
	case spec.selected:
		r.bg.FillColor = themeColor(theme.ColorNameSelection)
	case spec.bg != "":
		r.bg.FillColor = themeColor(spec.bg)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
	if spec.bar != nil {
		r.bar.FillColor = spec.bar
		r.bar.Move(fyne.NewPos(0, 0))
		r.bar.Resize(fyne.NewSize(4, size.Height))
		r.bar.Show()
	} else {
		r.bar.Hide()
	}
	r.bar.Refresh()

	nt, nc := 0, 0
	r.c.hits = r.c.hits[:0]
	r.c.cut = false
	y := pad / 2
	left := pad + 2
	width := size.Width - left - pad
	for _, it := range spec.items {
		if it.chips != nil {
			places, more := placeChips(it.chips, left, width, y, size.Height, cs)
			lineH := float32(0)
			for _, p := range places {
				r.chip(nc).apply(p.spec, p.pos, p.size, cs)
				if p.spec.open != nil {
					r.c.hits = append(r.c.hits, chipHit{p.pos, p.size, p.spec.open})
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
		if it.small {
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
		t.TextStyle = fyne.TextStyle{Bold: it.bold}
		switch {
		case it.tint != nil:
			t.Color = it.tint
		case it.color != "":
			t.Color = themeColor(it.color)
		default:
			t.Color = themeColor(theme.ColorNameForeground)
		}
		t.Text = fitText(it.text, size, t.TextStyle, width)
		if t.Text != it.text {
			r.c.cut = true
		}
		t.Move(fyne.NewPos(left, y))
		t.Resize(fyne.NewSize(width, h))
		t.Show()
		t.Refresh()
		y += h
	}
	for i := nt; i < len(r.texts); i++ {
		r.texts[i].Hide()
	}
	for i := nc; i < len(r.chips); i++ {
		r.chips[i].hide()
	}
}

func (r *gridCellRenderer) text(i int) *canvas.Text {
	for len(r.texts) <= i {
		r.texts = append(r.texts, &canvas.Text{})
		r.rebuild()
	}
	return r.texts[i]
}

func (r *gridCellRenderer) chip(i int) *chipView {
	for len(r.chips) <= i {
		r.chips = append(r.chips, newChipView())
		r.rebuild()
	}
	return r.chips[i]
}

// fitText cuts s with "…" so it fits width.
func fitText(s string, size float32, style fyne.TextStyle, width float32) string {
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

func measure(s string, size float32) float32 {
	return fyne.MeasureText(s, size, fyne.TextStyle{}).Width
}

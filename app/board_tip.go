package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// cellTip shows the full text of a board cell that had to be cut, under
// the cell, while the pointer is over it or the keyboard has selected it.
// It is drawn from plain canvas objects on a layer over the grid, so it
// never takes a click or the pointer away from the grid below.
type cellTip struct {
	layer *fyne.Container
	bg    *canvas.Rectangle
	texts []*canvas.Text
	of    *gridCell // the cell whose text is shown, or nil
}

func newCellTip() *cellTip {
	t := &cellTip{bg: &canvas.Rectangle{CornerRadius: 4, StrokeWidth: 1}}
	t.layer = container.NewWithoutLayout(t.bg)
	t.hide()
	return t
}

// showFor shows c's full text under c, or hides the tip when nothing in c
// was cut.
func (t *cellTip) showFor(c *gridCell) {
	lines := c.fullText()
	if len(lines) == 0 || !c.Visible() {
		t.hide()
		return
	}
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(c).Subtract(d.AbsolutePositionForObject(t.layer))
	t.show(lines, at.Add(fyne.NewPos(0, c.Size().Height)))
	t.of = c
}

// show draws lines in a box at pos (in the layer), kept inside the layer.
func (t *cellTip) show(lines []string, pos fyne.Position) {
	pad := theme.Padding()
	ts := theme.TextSize()
	for len(t.texts) < len(lines) {
		t.texts = append(t.texts, &canvas.Text{})
		t.layer.Objects = append(t.layer.Objects, t.texts[len(t.texts)-1])
	}
	w, h := float32(0), pad
	for i, tx := range t.texts {
		if i >= len(lines) {
			tx.Hide()
			continue
		}
		tx.Text, tx.TextSize, tx.Color = lines[i], ts, themeColor(theme.ColorNameForeground)
		sz := tx.MinSize()
		tx.Move(fyne.NewPos(pad*2, h))
		tx.Resize(sz)
		tx.Show()
		tx.Refresh()
		h += sz.Height
		if sz.Width > w {
			w = sz.Width
		}
	}
	box := fyne.NewSize(w+pad*4, h+pad)
	area := t.layer.Size()
	if pos.X+box.Width > area.Width {
		pos.X = area.Width - box.Width
	}
	if pos.Y+box.Height > area.Height {
		pos.Y -= box.Height + 2*ts // above the cell when there is no room below
	}
	pos.X, pos.Y = max(pos.X, 0), max(pos.Y, 0)
	t.bg.FillColor = themeColor(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = themeColor(theme.ColorNameForeground)
	t.bg.Resize(box)
	t.bg.Show()
	t.bg.Refresh()
	for _, tx := range t.texts {
		tx.Move(tx.Position().Add(pos))
	}
	t.bg.Move(pos)
	t.layer.Show()
	t.layer.Refresh()
}

func (t *cellTip) hide() {
	t.of = nil
	t.layer.Hide()
}

// visibleText is the tip's text as shown, for tests.
func (t *cellTip) visibleText() string {
	if !t.layer.Visible() {
		return ""
	}
	s := ""
	for _, tx := range t.texts {
		if tx.Visible() {
			s += tx.Text + "\n"
		}
	}
	return s
}

package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// CellTip shows the full text of a board cell that had to be cut, under
// the cell, while the pointer is over it or the keyboard has selected it.
// It is drawn from plain canvas objects on a layer over the grid, so it
// never takes a click or the pointer away from the grid below.
type CellTip struct {
	Layer *fyne.Container
	bg    *canvas.Rectangle
	texts []*canvas.Text
	Of    *GridCell // the cell whose text is shown, or nil
}

func NewCellTip() *CellTip {
	t := &CellTip{bg: &canvas.Rectangle{CornerRadius: 4, StrokeWidth: 1}}
	t.Layer = container.NewWithoutLayout(t.bg)
	t.Hide()
	return t
}

// ShowFor shows c's full text under c, or hides the tip when nothing in c
// was cut.
func (t *CellTip) ShowFor(c *GridCell) {
	lines := c.FullText()
	if len(lines) == 0 || !c.Visible() {
		t.Hide()
		return
	}
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(c).Subtract(d.AbsolutePositionForObject(t.Layer))
	t.show(lines, at.Add(fyne.NewPos(0, c.Size().Height)))
	t.Of = c
}

// show draws lines in a box at pos (in the layer), kept inside the layer.
func (t *CellTip) show(lines []string, pos fyne.Position) {
	pad := theme.Padding()
	ts := theme.TextSize()
	for len(t.texts) < len(lines) {
		t.texts = append(t.texts, &canvas.Text{})
		t.Layer.Objects = append(t.Layer.Objects, t.texts[len(t.texts)-1])
	}
	w, h := float32(0), pad
	for i, tx := range t.texts {
		if i >= len(lines) {
			tx.Hide()
			continue
		}
		tx.Text, tx.TextSize, tx.Color = lines[i], ts, ThemeColor(theme.ColorNameForeground)
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
	area := t.Layer.Size()
	if pos.X+box.Width > area.Width {
		pos.X = area.Width - box.Width
	}
	if pos.Y+box.Height > area.Height {
		pos.Y -= box.Height + 2*ts // above the cell when there is no room below
	}
	pos.X, pos.Y = max(pos.X, 0), max(pos.Y, 0)
	t.bg.FillColor = ThemeColor(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor = ThemeColor(theme.ColorNameForeground)
	t.bg.Resize(box)
	t.bg.Show()
	t.bg.Refresh()
	for _, tx := range t.texts {
		tx.Move(tx.Position().Add(pos))
	}
	t.bg.Move(pos)
	t.Layer.Show()
	t.Layer.Refresh()
}

func (t *CellTip) Hide() {
	t.Of = nil
	t.Layer.Hide()
}

// VisibleText is the tip's text as shown, for tests.
func (t *CellTip) VisibleText() string {
	if !t.Layer.Visible() {
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

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
)

// boardTable is the board's grid: a virtualised widget.Table (only the
// visible cells exist) that also opens a citizen with Enter and takes a
// quick note with N.
type boardTable struct {
	widget.Table
	v *boardView

	cells      []*kit.GridCell // every cell made, to find the one showing an id
	seq        int
	moved      []*kit.GridCell // cells placed since the headers were last drawn
	topRow     int             // the first line in view, for the sticky group
	nameHeader *kit.GridCell
}

func newBoardTable(v *boardView) *boardTable {
	t := &boardTable{v: v}
	t.Length = func() (int, int) { return len(v.lines), colCount }
	t.CreateCell = func() fyne.CanvasObject {
		c := kit.NewGridCell()
		c.OnMove = func(c *kit.GridCell) { t.moved = append(t.moved, c) }
		c.OnHover, c.OnHoverUp = v.tip.ShowFor, v.hideTipOf
		t.cells = append(t.cells, c)
		return c
	}
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		c := kit.NewGridCell()
		c.OnHover, c.OnHoverUp = v.tip.ShowFor, v.hideTipOf
		return c
	}
	t.UpdateHeader = t.updateHeader
	t.StickyColumnCount = 1
	t.OnSelected = func(id widget.TableCellID) {
		v.selectLine(id.Row)
		v.tipForCell(id)
	}
	t.OnHighlighted = func(id widget.TableCellID) { t.Select(id) }
	t.ExtendBaseWidget(t)
	t.layoutColumns()
	return t
}

// scale is the text size relative to fyne's default.
func textScale() float32 { return theme.TextSize() / 14 }

func (t *boardTable) layoutColumns() {
	s := textScale()
	for i, w := range baseColumnWidths {
		t.SetColumnWidth(i, w*s)
	}
	t.SetRowHeight(-1, theme.TextSize()*1.4+theme.Padding()*2)
}

// rowHeight of a citizen's row: three lines of text or chips.
func rowHeight() float32 {
	return theme.TextSize()*1.3*3 + theme.Padding()*2
}

func headingHeight() float32 { return theme.TextSize()*1.4 + theme.Padding()*2 }

// layoutRows gives headings and citizens their heights. SetRowHeight only
// redraws when a height changes, so this is cheap when the groups stay.
func (t *boardTable) layoutRows() {
	rh, hh := rowHeight(), headingHeight()
	for i, l := range t.v.lines {
		if l.heading() {
			t.SetRowHeight(i, hh)
		} else {
			t.SetRowHeight(i, rh)
		}
	}
}

func (t *boardTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*kit.GridCell)
	row := id.Row
	t.seq++
	c.Id, c.Seq = id, t.seq
	c.OnTap = func() {
		t.Select(widget.TableCellID{Row: row, Col: id.Col})
		t.v.focus()
	}
	c.OnDoubleTap = func() { t.v.openLine(row) }
	if row < 0 || row >= len(t.v.lines) {
		c.Set(kit.CellSpec{})
		return
	}
	c.Set(t.v.cellSpec(row, id.Col))
}

func (t *boardTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*kit.GridCell)
	if id.Col == colName {
		t.nameHeader = c
	}
	if t.noteTopRow() && t.nameHeader != nil && t.nameHeader != c {
		t.nameHeader.Set(t.v.headerSpec(colName))
	}
	c.Set(t.v.headerSpec(id.Col))
}

// noteTopRow works out which line is at the top of the view from the
// cells the table just placed (it places every visible cell, then draws
// the headers); it reports whether that changed.
func (t *boardTable) noteTopRow() bool {
	if len(t.moved) == 0 {
		return false
	}
	top := -1
	for _, c := range t.moved {
		if c.Id.Col == colName && (top < 0 || c.Id.Row < top) {
			top = c.Id.Row
		}
	}
	t.moved = t.moved[:0]
	if top < 0 || top == t.topRow {
		return false
	}
	t.topRow = top
	return true
}

// cellShowing returns the cell that shows id now, or nil when it is out
// of view.
func (t *boardTable) cellShowing(id widget.TableCellID) *kit.GridCell {
	var found *kit.GridCell
	for _, c := range t.cells {
		if c.Id == id && c.Visible() && (found == nil || c.Seq > found.Seq) {
			found = c
		}
	}
	return found
}

// TypedKey adds Enter (open) to the table's arrow keys.
func (t *boardTable) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.v.openLine(t.v.sel)
		return
	case fyne.KeyEscape:
		t.v.u.escape()
		return
	case fyne.KeyF11:
		t.v.u.toggleFullScreen()
		return
	case fyne.KeyUp, fyne.KeyDown:
		// Step over group headings: they cannot be opened.
		for {
			before := t.v.sel
			t.Table.TypedKey(e)
			if t.v.sel == before || t.v.sel < 0 || !t.v.lines[t.v.sel].heading() {
				return
			}
		}
	}
	t.Table.TypedKey(e)
}

// TypedRune: N takes a quick progress note for the selected citizen.
func (t *boardTable) TypedRune(r rune) {
	switch r {
	case 'n', 'N':
		t.v.quickNote()
	}
}

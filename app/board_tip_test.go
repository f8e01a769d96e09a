package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
)

// lineOf returns the board line of the citizen whose name starts with
// first, or fails.
func lineOf(t *testing.T, v *boardView, first string) int {
	t.Helper()
	for i, l := range v.lines {
		if !l.heading() && strings.HasPrefix(l.row.Citizen.Name, first) {
			return i
		}
	}
	t.Fatalf("no citizen %s on the board", first)
	return -1
}

// drawnCell lays out the cell at (line, col) at the size the board gives it.
func drawnCell(t *testing.T, v *boardView, line, col int) *kit.GridCell {
	c := kit.NewGridCell()
	w := test.NewTempWindow(t, c)
	size := fyne.NewSize(baseColumnWidths[col]*textScale(), rowHeight())
	w.Resize(size.AddWidthHeight(20, 20))
	c.Resize(size)
	v.table.updateCell(widget.TableCellID{Row: line, Col: col}, c)
	return c
}

// visibleChipTexts are the chip labels a person sees in c.
func visibleChipTexts(c *kit.GridCell) []string {
	var out []string
	r := test.WidgetRenderer(c).(*kit.GridCellRenderer)
	for _, ch := range r.Chips {
		if ch.Label.Visible() {
			out = append(out, ch.Label.Text)
		}
	}
	return out
}

// No warning vanishes from a crowded name cell: what does not fit shows
// as "+N", and the cell's full text names every warning.
func TestBoardWarningsNeverVanish(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	line := lineOf(t, v, "Ørjan")
	var want []string
	for _, it := range v.cellSpec(line, colName).Items {
		for _, ch := range it.Chips {
			want = append(want, ch.Text)
		}
	}
	if len(want) < 3 {
		t.Fatalf("Ørjan's demo row has chips %v; the test wants three", want)
	}
	c := drawnCell(t, v, line, colName)
	shown := visibleChipTexts(c)
	all := true
	for _, w := range want {
		all = all && strings.Contains(strings.Join(shown, "|"), w)
	}
	more := false
	for _, s := range shown {
		more = more || strings.HasPrefix(s, "+")
	}
	if !all && !more {
		t.Fatalf("chips %v shown of %v, with no sign of the rest", shown, want)
	}
	full := strings.Join(c.FullText(), "\n")
	if !all && !strings.Contains(full, "Samtykke mangler") {
		t.Errorf("the cell's full text %q does not name the hidden consent warning", full)
	}
}

// Cut text shows in full when the pointer rests on the cell, and when
// the keyboard selects it.
func TestBoardCutTextShowsOnHoverAndFocus(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	line := lineOf(t, v, "Ørjan")
	v.table.Select(widget.TableCellID{Row: line, Col: colName})
	c := v.table.cellShowing(widget.TableCellID{Row: line, Col: colName})
	if c == nil {
		t.Fatal("Ørjan's name cell is not drawn after selecting it")
	}
	if len(c.FullText()) == 0 {
		t.Skip("Ørjan's name cell fits without cutting at this size")
	}
	if got := v.tip.VisibleText(); !strings.Contains(got, "Samtykke mangler") {
		t.Errorf("selecting the cell by keyboard shows tip %q", got)
	}
	v.tip.Hide()
	c.MouseIn(&desktop.MouseEvent{})
	if got := v.tip.VisibleText(); !strings.Contains(got, "Samtykke mangler") {
		t.Errorf("hovering the cell shows tip %q", got)
	}
	c.MouseOut()
	if v.tip.VisibleText() != "" {
		t.Error("the tip stays after the pointer left")
	}
	// A cell that shows everything has no tip.
	short := kit.NewGridCell()
	test.NewTempWindow(t, short).Resize(fyne.NewSize(300, 100))
	short.Resize(fyne.NewSize(280, 80))
	short.Set(kit.CellSpec{Items: []kit.CellItem{{Text: "kort"}}})
	if short.FullText() != nil {
		t.Errorf("an uncut cell offers tip %v", short.FullText())
	}
	// A long text cut in a column shows in full.
	long := kit.NewGridCell()
	test.NewTempWindow(t, long).Resize(fyne.NewSize(120, 100))
	long.Resize(fyne.NewSize(100, 80))
	long.Set(kit.CellSpec{Items: []kit.CellItem{{Text: "Hvorfor på tavlen er et langt ord"}}})
	if got := long.FullText(); len(got) != 1 || got[0] != "Hvorfor på tavlen er et langt ord" {
		t.Errorf("cut text's tip = %v", got)
	}
}

// The group of the citizens in view stays named while its heading is
// scrolled away.
func TestBoardGroupHeaderSticks(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	// The last line of the first group, far below its heading.
	last := 0
	for i := 1; i < len(v.lines) && !v.lines[i].heading(); i++ {
		last = i
	}
	if last < 5 {
		t.Fatalf("first group has only %d lines", last)
	}
	v.table.ScrollTo(widget.TableCellID{Row: last, Col: colName})
	v.table.ScrollToOffset(fyne.NewPos(0, float32(last-1)*rowHeight()))
	want := kit.GroupLabel(v.lines[last].group)
	if got := v.headerSpec(colName).Items[0].Text; got != want {
		t.Fatalf("name column heading = %q after scrolling into the group, want %q (top row %d)", got, want, v.table.topRow)
	}
	drawn := false
	for _, o := range objectsIn(v.table) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text == want && tx.Position().Y < headingHeight() {
			drawn = true
		}
	}
	if !drawn {
		t.Errorf("no %q drawn at the top of the board", want)
	}
	v.table.ScrollToTop()
	if got := v.headerSpec(colName).Items[0].Text; got != "Borger" {
		t.Errorf("at the top, the name column heading = %q", got)
	}
}

package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

func TestBoardRendersGroupedWeek(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	if v == nil || len(v.lines) == 0 {
		t.Fatal("board not shown after opening the file")
	}
	if !v.lines[0].heading() || v.lines[0].group != board.GroupOnBoard {
		t.Errorf("first line = %+v, want the heading of the on-board group", v.lines[0])
	}
	last := board.BoardGroup(-1)
	for _, l := range v.lines {
		if l.heading() {
			if l.group <= last {
				t.Errorf("group %d comes after %d", l.group, last)
			}
			last = l.group
			continue
		}
		if g := board.GroupOf(l.row.Citizen); g != l.group {
			t.Errorf("%s is under group %d, belongs in %d", l.row.Citizen.Name, l.group, g)
		}
	}
	if v.week != calendar.WeekOf(testNow) {
		t.Errorf("week = %v, want this week", v.week)
	}
	// The headings name the days in Danish, and today is marked.
	head := v.headerSpec(colMonday + 1)
	if got := head.Items[0].Text; got != "tir 24.11." {
		t.Errorf("Tuesday heading = %q, want %q", got, "tir 24.11.")
	}
	if head.Items[0].Color == "" {
		t.Error("today's heading is not marked")
	}
	text := textsIn(u.win.Content())
	for _, want := range []string{"På tavlen", "Borger", "Hvorfor på tavlen", "Næste handling", v.lines[1].row.Citizen.Name} {
		if !strings.Contains(text, want) {
			t.Errorf("board does not show %q", want)
		}
	}
	capture(t, u, "board")
}

func TestBoardCells(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	var sawEntry, sawCancelled, sawSafety, sawAttention bool
	for i, l := range v.lines {
		if l.heading() {
			continue
		}
		c := l.row.Citizen
		name := v.cellSpec(i, colName)
		if name.Items[0].Text != c.Name {
			t.Errorf("name cell = %q, want %q", name.Items[0].Text, c.Name)
		}
		var chips []kit.ChipSpec
		for _, it := range name.Items {
			chips = append(chips, it.Chips...)
		}
		if c.SafetyNote != "" {
			if len(chips) == 0 || chips[0].Text != "! sikkerhed" {
				t.Errorf("%s has a safety note but no marker: %+v", c.Name, chips)
			}
			sawSafety = true
		}
		if len(l.row.Attention) > 0 {
			sawAttention = true
			if name.Bar == nil {
				t.Errorf("%s needs attention but has no bar", c.Name)
			}
		}
		resp := v.cellSpec(i, colResponsible)
		for j, m := range l.row.Responsible {
			ch := resp.Items[0].Chips[j]
			if ch.Text != m.Initials || ch.Shape != kit.SectorShape(m.Sector) || ch.Fill != kit.SectorColor(m.Sector) {
				t.Errorf("chip %+v for %s (%s)", ch, m.Initials, m.Sector)
			}
		}
		for _, e := range l.row.Entries {
			d := v.dayIndex(e.Start)
			spec := v.cellSpec(i, colMonday+d)
			if len(spec.Items) == 0 || len(spec.Items[0].Chips) == 0 {
				t.Errorf("%s: no chip on day %d for %v", c.Name, d, e.Start)
				continue
			}
			sawEntry = true
			for _, ch := range spec.Items[0].Chips {
				if strings.Contains(ch.Text, kit.FmtTime(e.Start)) && e.Status == calendar.StatusCancelled {
					sawCancelled = true
					if !ch.Strike {
						t.Errorf("cancelled chip %q is not struck through", ch.Text)
					}
				}
			}
		}
	}
	if !sawEntry || !sawSafety || !sawAttention {
		t.Errorf("demo week lacks cases: entry %v safety %v attention %v", sawEntry, sawSafety, sawAttention)
	}
	_ = sawCancelled
}

func TestBoardSearchAndFilters(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	target := v.lines[1].row.Citizen
	all := len(v.lines)
	test.Type(v.search, strings.ToLower(target.Name[:4]))
	for _, l := range v.lines {
		if !l.heading() && !strings.Contains(strings.ToLower(l.row.Citizen.Name+l.row.Citizen.PreferredName), strings.ToLower(target.Name[:4])) {
			t.Errorf("search kept %s", l.row.Citizen.Name)
		}
	}
	if len(v.lines) >= all {
		t.Errorf("search did not narrow the board: %d of %d lines", len(v.lines), all)
	}
	v.search.SetText("")
	if len(v.lines) != all {
		t.Errorf("clearing the search shows %d lines, want %d", len(v.lines), all)
	}

	// Filter by member: only citizens the member is responsible for.
	m := u.activeMembers()[0]
	v.member.SetSelected(m.Initials + " – " + m.Name)
	if len(v.lines) == 0 {
		t.Fatal("member filter left nothing")
	}
	for _, l := range v.lines {
		if !l.heading() && !l.row.Citizen.IsResponsible(m.ID) {
			t.Errorf("member filter kept %s", l.row.Citizen.Name)
		}
	}
	v.member.SetSelectedIndex(0)
	v.sector.SetSelected(kit.SectorLabel(board.SectorGP))
	for _, l := range v.lines {
		if l.heading() {
			continue
		}
		ok := false
		for _, r := range l.row.Responsible {
			ok = ok || r.Sector == board.SectorGP
		}
		if !ok {
			t.Errorf("sector filter kept %s", l.row.Citizen.Name)
		}
	}
	v.sector.SetSelectedIndex(0)
	if len(v.lines) != all {
		t.Errorf("all filters off shows %d lines, want %d", len(v.lines), all)
	}
}

func TestBoardWeekNavigation(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	this := calendar.WeekOf(testNow)
	test.Tap(buttonWithIcon(t, v.root, "arrow-forward"))
	if v.week != this.Next() {
		t.Errorf("after next: week %v, want %v", v.week, this.Next())
	}
	if !strings.Contains(v.weekLabel.Text, "Uge 49") {
		t.Errorf("week label = %q", v.weekLabel.Text)
	}
	test.Tap(buttonWithIcon(t, v.root, "arrow-back"))
	test.Tap(buttonWithIcon(t, v.root, "arrow-back"))
	if v.week != this.Prev() {
		t.Errorf("after back twice: week %v, want %v", v.week, this.Prev())
	}
	test.Tap(buttonIn(v.root, "Denne uge"))
	if v.week != this {
		t.Errorf("this week: %v, want %v", v.week, this)
	}
	// Every appointment chip of the shown week lies inside it.
	for _, l := range v.lines {
		if l.heading() {
			continue
		}
		for _, e := range l.row.Entries {
			if !v.week.Contains(e.Start) && !e.End.After(v.week.Start()) {
				t.Errorf("entry %v outside week %v", e.Start, v.week)
			}
		}
	}
}

// buttonWithIcon finds the button whose icon's name contains name.
func buttonWithIcon(t *testing.T, o fyne.CanvasObject, name string) *widget.Button {
	t.Helper()
	for _, x := range objectsIn(o) {
		if b, ok := x.(*widget.Button); ok && b.Icon != nil && strings.Contains(strings.ToLower(b.Icon.Name()), strings.ToLower(name)) {
			return b
		}
	}
	t.Fatalf("no button with icon %q", name)
	return nil
}

func TestBoardKeyboardOpensCitizen(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	if u.canvas().Focused() != v.table {
		t.Fatalf("focus is on %T, want the board grid", u.canvas().Focused())
	}
	// Down from the first heading lands on the first citizen.
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if v.sel != 1 {
		t.Fatalf("selected line %d after Down, want 1", v.sel)
	}
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	want := v.lines[2].row.Citizen
	// Down and Up step over the next group's heading.
	v.table.Select(widget.TableCellID{Row: 1, Col: 0})
	for v.sel+1 < len(v.lines) && !v.lines[v.sel+1].heading() {
		v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	lastOfGroup := v.sel
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if v.sel != lastOfGroup+2 || v.lines[v.sel].heading() {
		t.Errorf("Down from line %d went to %d, want %d", lastOfGroup, v.sel, lastOfGroup+2)
	}
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if v.sel != lastOfGroup {
		t.Errorf("Up went to %d, want %d", v.sel, lastOfGroup)
	}
	v.table.Select(widget.TableCellID{Row: 2, Col: 0})
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	r, ok := u.page.(*citizenRecord)
	if !ok || r.C.ID != want.ID {
		t.Fatalf("Enter opened %v, want the record of %s", u.page, want.Name)
	}
	// Escape closes the record and the board has the keyboard again.
	u.canvas().Unfocus()
	u.escape()
	if u.page != nil {
		t.Fatal("Escape did not close the record")
	}
	if v.selectedCitizen() == nil || v.selectedCitizen().ID != want.ID {
		t.Errorf("selection lost after closing the record")
	}
}

func TestBoardDoubleTapOpensCitizen(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	cell := kit.NewGridCell()
	v.table.updateCell(widget.TableCellID{Row: 1, Col: colWhy}, cell)
	test.DoubleTap(cell)
	if r, ok := u.page.(*citizenRecord); !ok || r.C.ID != v.lines[1].row.Citizen.ID {
		t.Fatalf("double tap opened %v", u.page)
	}
}

func TestBoardQuickNote(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	v.table.Select(widget.TableCellID{Row: 1, Col: 0})
	c := v.selectedCitizen()
	v.table.TypedRune('n')
	d := topOverlay(u)
	if d == nil {
		t.Fatal("N did not open the note dialog")
	}
	es := entriesIn(d)
	if len(es) != 1 || u.canvas().Focused() != es[0] {
		t.Fatalf("note dialog entries %d, focus %T", len(es), u.canvas().Focused())
	}
	test.Type(es[0], "Ringede, alt vel")
	es[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	notes, err := u.store.FindNotes(u.ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) == 0 || notes[0].Text != "Ringede, alt vel" || notes[0].AuthorID != u.me.ID {
		t.Fatalf("newest note = %+v", notes[0])
	}
	if topOverlay(u) != nil {
		t.Error("note dialog still open after saving")
	}
}

func TestBoardPickWeekAndSearchShortcut(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	v.pickWeek()
	d := topOverlay(u)
	var list *widget.List
	for _, o := range objectsIn(d) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("no week list")
	}
	list.Select(30) // four weeks ahead
	want := calendar.WeekOf(testNow)
	for i := 0; i < 4; i++ {
		want = want.Next()
	}
	if v.week != want {
		t.Errorf("picked %v, want %v", v.week, want)
	}
	if !u.shortcut(keySearch) || u.canvas().Focused() != v.search {
		t.Error("Ctrl+F did not focus the search")
	}
	test.Type(v.search, "xyz")
	v.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if v.search.Text != "" || u.canvas().Focused() != v.table {
		t.Error("Escape in the search did not clear it and return to the board")
	}
}

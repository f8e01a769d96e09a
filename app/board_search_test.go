package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// visibleCitizens returns the names the board's grid draws in its name
// column right now, in the order shown.
func visibleCitizens(v *boardView) []string {
	var names []string
	for _, o := range objectsIn(v.table) {
		c, ok := o.(*kit.GridCell)
		if !ok || !c.Visible() || len(c.Spec.Items) == 0 || !c.Spec.Items[0].Bold {
			continue
		}
		for _, r := range v.wb.Rows {
			if r.Citizen.Name == c.Spec.Items[0].Text {
				names = append(names, r.Citizen.Name)
				break
			}
		}
	}
	return names
}

// A search typed while the board is scrolled down shows the matches,
// not the rows that were under the scroll position.
func TestBoardSearchWhenScrolled(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	v.table.ScrollToBottom()
	test.Type(v.search, "søs")
	if v.count.Text != "1 borger" {
		t.Fatalf("count = %q, want 1 borger", v.count.Text)
	}
	var want string
	for _, l := range v.lines {
		if !l.heading() {
			want = l.row.Citizen.Name
		}
	}
	got := visibleCitizens(v)
	if len(got) == 0 {
		t.Fatalf("the board shows no citizen for %q; lines %d", "søs", len(v.lines))
	}
	for _, n := range got {
		if n != want {
			t.Errorf("the board shows %q while searching for søs (want only %q)", n, want)
		}
	}
}

// Enter in the search field opens the first match, as the placeholder
// promises.
func TestBoardSearchEnterOpensFirstMatch(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	u.canvas().Focus(v.search)
	test.Type(v.search, "søs")
	var want int64
	for _, l := range v.lines {
		if !l.heading() {
			want = l.row.Citizen.ID
			break
		}
	}
	v.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	r, ok := u.page.(*citizenRecord)
	if !ok || r.C.ID != want {
		t.Fatalf("Enter in the search opened %T, want the record of the match", u.page)
	}
	// With several matches, Enter opens the first one shown.
	u.canvas().Unfocus()
	u.escape()
	v.search.SetText("")
	v.table.Select(widget.TableCellID{Row: len(v.lines) - 1, Col: 0})
	test.Type(v.search, "e")
	first := int64(0)
	for _, l := range v.lines {
		if !l.heading() {
			first = l.row.Citizen.ID
			break
		}
	}
	if !strings.Contains(v.count.Text, "borgere") {
		t.Fatalf("search for e matched %q", v.count.Text)
	}
	v.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	r, ok = u.page.(*citizenRecord)
	if !ok || r.C.ID != first {
		t.Fatalf("Enter with several matches opened %T, want the first match", u.page)
	}
}

// A search that finds no one says so in words over the grid, not only
// "0 borgere"; clearing it takes the words away.
func TestBoardSearchNoMatchSaysSo(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	test.Type(v.search, "xyzzy")
	if v.count.Text != "0 borgere" {
		t.Fatalf("count %q", v.count.Text)
	}
	if !v.noMatch.Visible() || v.noMatch.Text != "Ingen borgere matcher “xyzzy”" {
		t.Errorf("no words for the empty search: %q visible %v", v.noMatch.Text, v.noMatch.Visible())
	}
	v.search.SetText("")
	if v.noMatch.Visible() {
		t.Errorf("the words stay after the search was cleared: %q", v.noMatch.Text)
	}
	if got := noMatchText(boardFilter{sector: board.SectorGP}); got != "Ingen borgere matcher den valgte medarbejder og sektor" {
		t.Errorf("filters: %q", got)
	}
}

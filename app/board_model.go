package app

import (
	"strings"

	"tavlen/board"
)

// boardLine is one row of the board grid: a group heading or a citizen.
type boardLine struct {
	group board.BoardGroup
	count int             // citizens in the group, on headings
	row   *board.BoardRow // nil on headings
}

func (l boardLine) heading() bool { return l.row == nil }

// boardFilter is what the search box and the two filters ask for.
type boardFilter struct {
	search   string
	memberID int64
	sector   board.Sector
}

// match reports whether the row passes the filter.
func (f boardFilter) match(r *board.BoardRow) bool {
	c := r.Citizen
	if q := strings.ToLower(strings.TrimSpace(f.search)); q != "" {
		if !strings.Contains(strings.ToLower(c.Name), q) && !strings.Contains(strings.ToLower(c.PreferredName), q) {
			return false
		}
	}
	if f.memberID != 0 && !c.IsResponsible(f.memberID) {
		return false
	}
	if f.sector != "" {
		found := false
		for _, m := range r.Responsible {
			if m != nil && m.Sector == f.sector {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// boardLines groups the week board's rows under headings, keeping the
// order storage gave, and leaves out rows the filter rejects and groups
// that end up empty. Closed citizens are not on the board.
func boardLines(wb *board.WeekBoard, f boardFilter) []boardLine {
	if wb == nil {
		return nil
	}
	byGroup := map[board.BoardGroup][]*board.BoardRow{}
	for _, r := range wb.Rows {
		g := board.GroupOf(r.Citizen)
		if g == board.GroupClosed || !f.match(r) {
			continue
		}
		byGroup[g] = append(byGroup[g], r)
	}
	var out []boardLine
	for _, g := range []board.BoardGroup{board.GroupOnBoard, board.GroupActive, board.GroupIntake, board.GroupPaused} {
		rows := byGroup[g]
		if len(rows) == 0 {
			continue
		}
		out = append(out, boardLine{group: g, count: len(rows)})
		for _, r := range rows {
			out = append(out, boardLine{group: g, row: r})
		}
	}
	return out
}

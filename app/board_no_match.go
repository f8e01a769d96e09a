package app

import "strings"

// showNoMatch says in words when the board shows no one: a search or a
// filter that finds nothing left a blank grid with only "0 borgere".
func (v *boardView) showNoMatch(n int) {
	if v.noMatch == nil {
		return
	}
	if n > 0 {
		v.noMatch.Hide()
		return
	}
	v.noMatch.SetText(noMatchText(v.filter))
	v.noMatch.Show()
}

// noMatchText is why the board is empty: the search, the filters, or no
// one on the board at all.
func noMatchText(f boardFilter) string {
	switch {
	case strings.TrimSpace(f.search) != "":
		return T("board.no_match", "No citizens match “{{.Search}}”", map[string]any{"Search": strings.TrimSpace(f.search)})
	case f.memberID != 0 || f.sector != "":
		return T("board.no_match_filters", "No citizens match the chosen member and sector")
	}
	return T("board.none", "No citizens on the board")
}

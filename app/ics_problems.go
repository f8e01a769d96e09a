package app

import (
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// problemLines says what an import leaves out or changes, in the user's
// language: each problem by its key, an error among its arguments by its
// own translation, and a problem the catalogue lacks in its English.
func problemLines(problems []calendar.Problem) []string {
	lines := make([]string, 0, len(problems))
	for _, p := range problems {
		if !kit.Words().Has(p.Key) {
			lines = append(lines, p.English)
			continue
		}
		args := make(map[string]any, len(p.Args))
		for k, v := range p.Args {
			switch a := v.(type) {
			case error:
				v = kit.ErrorText(a)
			case board.Date:
				v = kit.FmtDate(a)
			}
			args[k] = v
		}
		lines = append(lines, kit.Words().T(p.Key, p.English, args))
	}
	return lines
}

package printing

import (
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

// local returns t in the team's time zone; every printed time is
// Copenhagen time, whatever the PC's zone.
func local(t time.Time) time.Time { return t.In(calendar.Copenhagen) }

// Dates on paper are the catalogue's print format (package text).

// longDate is "mandag 7. december 2026" / "Monday 7 December 2026".
func (l *labels) longDate(d board.Date) string { return l.w.PrintLongDate(d) }

// date is "7. december 2026" / "7 December 2026".
func (l *labels) date(d board.Date) string { return l.w.PrintDate(d) }

// shortDate is "7. dec. 2026" / "7 Dec 2026", or without the year when it
// is the year of ref.
func (l *labels) shortDate(d board.Date, ref board.Date) string { return l.w.PrintShortDate(d, ref) }

// dayMonth is "7.12.", the short day on the poster.
func dayMonth(d board.Date) string { return text.PrintDay(d) }

// clock is "09.30" in Danish and "09:30" in English.
func (l *labels) clock(t time.Time) string { return l.w.PrintClock(t) }

// span is "09.30–10.30".
func (l *labels) span(start, end time.Time) string {
	if end.IsZero() || !end.After(start) {
		return l.clock(start)
	}
	return l.clock(start) + "–" + l.clock(end)
}

// dateTime is "7. december 2026 kl. 14.05" / "7 December 2026 at 14:05".
func (l *labels) dateTime(t time.Time) string { return l.w.PrintDateTime(t) }

// capitalise upper-cases the first letter: weekdays open a table cell.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// joinNonEmpty joins the non-blank parts with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// orDash returns s, or an en dash when s is blank, so an empty cell reads
// as "nothing" rather than as a printing fault.
func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

package kit

import (
	"fmt"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for the domain's codes and dates, in the current language. The
// words live in package text; these names stay so the screens read short.

func StatusLabel(s board.Status) string             { return Words().Status(s) }
func GroupLabel(g board.BoardGroup) string          { return Words().Group(g) }
func SectorLabel(s board.Sector) string             { return Words().Sector(s) }
func SectorLetter(s board.Sector) string            { return Words().SectorLetter(s) }
func KindLabel(k calendar.Kind) string              { return Words().Kind(k) }
func kindShort(k calendar.Kind) string              { return Words().KindShort(k) }
func ApptStatusLabel(s calendar.Status) string      { return Words().ApptStatus(s) }
func FreqLabel(f calendar.Freq) string              { return Words().Freq(f) }
func ActionStatusLabel(s board.ActionStatus) string { return Words().ActionStatus(s) }
func AttentionLabel(a board.Attention) string       { return Words().Attention(a) }
func AttentionShort(a board.Attention) string       { return Words().AttentionShort(a) }

// Dates and times on screen: Danish writes 24.11.2026, English 2026-11-24.

func FmtDate(d board.Date) string    { return Words().Date(d) }
func FmtDay(d board.Date) string     { return Words().Day(d) }
func FmtDayYear(d board.Date) string { return Words().DayYear(d) }
func FmtTime(t time.Time) string     { return Words().Clock(t) }
func FmtDateTime(t time.Time) string { return Words().DateTime(t) }

// ParseDate reads a date as people type it, "4.12", "24-11-26", "i
// morgen", "fredag"…, with board.ParseTypedDate, the one reader of typed
// dates; the empty string is the zero date.
func ParseDate(s string, today board.Date) (board.Date, error) {
	return board.ParseTypedDate(s, today)
}

// ParseClock accepts 9, 9:30, 09.30 and 0930.
func ParseClock(s string) (h, m int, err error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	for _, layout := range []string{"15:04", "15", "1504"} {
		if t, e := time.Parse(layout, s); e == nil {
			return t.Hour(), t.Minute(), nil
		}
	}
	return 0, 0, fmt.Errorf("bad time")
}

// WeekdayShort names day i of the week, 0 = Monday.
func WeekdayShort(i int) string { return Words().WeekdayShort(time.Weekday((i + 1) % 7)) }

func WeekTitle(w calendar.Week) string {
	from := board.DateOf(w.Start())
	to := board.DateOf(w.Day(6))
	return T("week.title", "Week {{.N}}, {{.From}} – {{.To}}", map[string]any{
		"N": w.Week, "From": FmtDay(from), "To": FmtDayYear(to)})
}

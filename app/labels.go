package app

import (
	"fmt"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Words for the domain's codes and dates, in the current language. The
// words live in package text; these names stay so the screens read short.

func statusLabel(s board.Status) string             { return words().Status(s) }
func groupLabel(g board.BoardGroup) string          { return words().Group(g) }
func sectorLabel(s board.Sector) string             { return words().Sector(s) }
func sectorLetter(s board.Sector) string            { return words().SectorLetter(s) }
func kindLabel(k calendar.Kind) string              { return words().Kind(k) }
func kindShort(k calendar.Kind) string              { return words().KindShort(k) }
func apptStatusLabel(s calendar.Status) string      { return words().ApptStatus(s) }
func freqLabel(f calendar.Freq) string              { return words().Freq(f) }
func actionStatusLabel(s board.ActionStatus) string { return words().ActionStatus(s) }
func attentionLabel(a board.Attention) string       { return words().Attention(a) }
func attentionShort(a board.Attention) string       { return words().AttentionShort(a) }

// Dates and times on screen: Danish writes 24.11.2026, English 2026-11-24.

func fmtDate(d board.Date) string    { return words().Date(d) }
func fmtDay(d board.Date) string     { return words().Day(d) }
func fmtDayYear(d board.Date) string { return words().DayYear(d) }
func fmtTime(t time.Time) string     { return words().Clock(t) }
func fmtDateTime(t time.Time) string { return words().DateTime(t) }

// parseDate reads a date as people type it, "4.12", "24-11-26", "i
// morgen", "fredag"…, with board.ParseTypedDate, the one reader of typed
// dates; the empty string is the zero date.
func parseDate(s string, today board.Date) (board.Date, error) {
	return board.ParseTypedDate(s, today)
}

// parseClock accepts 9, 9:30, 09.30 and 0930.
func parseClock(s string) (h, m int, err error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	for _, layout := range []string{"15:04", "15", "1504"} {
		if t, e := time.Parse(layout, s); e == nil {
			return t.Hour(), t.Minute(), nil
		}
	}
	return 0, 0, fmt.Errorf("bad time")
}

// weekdayShort names day i of the week, 0 = Monday.
func weekdayShort(i int) string { return words().WeekdayShort(time.Weekday((i + 1) % 7)) }

func weekTitle(w calendar.Week) string {
	from := board.DateOf(w.Start())
	to := board.DateOf(w.Day(6))
	return T("week.title", "Week {{.N}}, {{.From}} – {{.To}}", map[string]any{
		"N": w.Week, "From": fmtDay(from), "To": fmtDayYear(to)})
}

package kit

import (
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// OccurrenceDay is an occurrence's day and time: "tir 16.12. 13:00".
func OccurrenceDay(t time.Time) string {
	c := t.In(calendar.Copenhagen)
	wd := (int(c.Weekday()) + 6) % 7
	return strings.ToLower(WeekdayShort(wd)) + " " + FmtDay(board.DateOf(c)) + " " + FmtTime(c)
}

// NextHalfHour is the first whole or half hour after t: where a new
// appointment starts.
func NextHalfHour(t time.Time) time.Time {
	return t.Truncate(30 * time.Minute).Add(30 * time.Minute)
}

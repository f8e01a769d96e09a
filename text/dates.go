package text

import (
	"fmt"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// One date format per purpose. On screen Danish writes 27.11.2026 (English
// 2026-11-27); on paper the month is spelled out, "27. november 2026"; in
// a file name the date is 2026-11-27, so files sort by date. Times are
// Copenhagen time, whatever the PC's zone.

// Date is the date on screen: "27.11.2026" / "2026-11-27"; "" for none.
func (w *Words) Date(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.English() {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
}

// Day is a short day on screen: "27.11." / "27 Nov".
func (w *Words) Day(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.English() {
		return fmt.Sprintf("%d %s", d.Day, time.Month(d.Month).String()[:3])
	}
	return fmt.Sprintf("%d.%d.", d.Day, int(d.Month))
}

// DayYear is a day with its year: "27.11.2026" / "27 Nov 2026".
func (w *Words) DayYear(d board.Date) string {
	if w.English() && !d.IsZero() {
		return w.Day(d) + fmt.Sprintf(" %d", d.Year)
	}
	return w.Date(d)
}

// WeekdayDay is a short day with its weekday: "tor 26.11." / "Thu 26 Nov".
func (w *Words) WeekdayDay(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	return w.WeekdayShort(d.Weekday()) + " " + w.Day(d)
}

// Clock is a time of day on screen: "09:30".
func (w *Words) Clock(t time.Time) string { return t.In(calendar.Copenhagen).Format("15:04") }

// DateTime is a moment on screen: "27.11.2026 09:30"; "" for none.
func (w *Words) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return w.Date(board.DateOf(t.In(calendar.Copenhagen))) + " " + w.Clock(t)
}

// FileDate is the date in a file name: "2026-11-27".
func FileDate(d board.Date) string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// PrintDate is a date on paper: "7. december 2026" / "7 December 2026".
func (w *Words) PrintDate(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	if w.English() {
		return fmt.Sprintf("%d %s %d", d.Day, w.Month(time.Month(d.Month)), d.Year)
	}
	return fmt.Sprintf("%d. %s %d", d.Day, w.Month(time.Month(d.Month)), d.Year)
}

// PrintLongDate is a date on paper with its weekday: "mandag 7. december
// 2026" / "Monday 7 December 2026".
func (w *Words) PrintLongDate(d board.Date) string {
	if d.IsZero() {
		return ""
	}
	return w.Weekday(d.Weekday()) + " " + w.PrintDate(d)
}

// PrintShortDate is "7. dec. 2026" / "7 Dec 2026", without the year when
// it is the year of ref.
func (w *Words) PrintShortDate(d, ref board.Date) string {
	if d.IsZero() {
		return ""
	}
	var s string
	if w.English() {
		s = fmt.Sprintf("%d %s", d.Day, w.MonthShort(time.Month(d.Month)))
	} else {
		s = fmt.Sprintf("%d. %s", d.Day, w.MonthShort(time.Month(d.Month)))
	}
	if d.Year != ref.Year {
		s += fmt.Sprintf(" %d", d.Year)
	}
	return s
}

// PrintDay is a short day on paper, "7.12.", in both languages.
func PrintDay(d board.Date) string { return fmt.Sprintf("%d.%d.", d.Day, int(d.Month)) }

// PrintClock is a time on paper: "09.30" in Danish, "09:30" in English.
func (w *Words) PrintClock(t time.Time) string {
	if w.English() {
		return t.In(calendar.Copenhagen).Format("15:04")
	}
	return t.In(calendar.Copenhagen).Format("15.04")
}

// PrintDateTime is "7. december 2026 kl. 14.05" / "7 December 2026 at
// 14:05".
func (w *Words) PrintDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := w.PrintDate(board.DateOf(t.In(calendar.Copenhagen)))
	if w.English() {
		return d + " at " + w.PrintClock(t)
	}
	return d + " kl. " + w.PrintClock(t)
}

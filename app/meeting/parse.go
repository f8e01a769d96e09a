package meeting

import (
	"strconv"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// parseDay reads a day as people type it: "26/11", "26-11-2026",
// "26.11.2026", "2026-11-26" or "+7" (days from today). The year defaults
// to the next such day from today. Empty gives the zero Date.
func parseDay(s string, today board.Date) (board.Date, error) {
	s = strings.TrimSpace(s)
	bad := board.Errorf(board.EInvalid, "%s", T("meeting.error.date", "Write the date as 26.11 or 26.11.2026."))
	if s == "" {
		return board.Date{}, nil
	}
	if strings.HasPrefix(s, "+") {
		n, err := strconv.Atoi(s[1:])
		if err != nil {
			return board.Date{}, bad
		}
		return today.AddDays(n), nil
	}
	if d, err := board.ParseDate(s); err == nil {
		return d, nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' })
	if len(f) < 2 || len(f) > 3 {
		return board.Date{}, bad
	}
	var n [3]int
	for i, p := range f {
		v, err := strconv.Atoi(p)
		if err != nil {
			return board.Date{}, bad
		}
		n[i] = v
	}
	day, month, year := n[0], n[1], n[2]
	if len(f) == 2 {
		year = today.Year
		if (board.Date{Year: year, Month: time.Month(month), Day: day}).Before(today) {
			year++
		}
	} else if year < 100 {
		year += 2000
	}
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return board.Date{}, bad
	}
	return board.DateOf(t), nil
}

// parseClock reads "10:30", "10.30", "1030" or "10" into hours and minutes.
func parseClock(s string) (h, m int, err error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	bad := board.Errorf(board.EInvalid, "%s", T("meeting.error.time", "Write the time as 10:30."))
	if !strings.Contains(s, ":") {
		switch len(s) {
		case 1, 2:
			s += ":00"
		case 3, 4:
			s = s[:len(s)-2] + ":" + s[len(s)-2:]
		default:
			return 0, 0, bad
		}
	}
	hs, ms, _ := strings.Cut(s, ":")
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, bad
	}
	return h, m, nil
}

// at returns day d at h:m in Copenhagen.
func at(d board.Date, h, m int) time.Time {
	return time.Date(d.Year, d.Month, d.Day, h, m, 0, 0, calendar.Copenhagen)
}

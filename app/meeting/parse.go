package meeting

import (
	"strconv"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// parseDay reads a day as people type it ("26/11", "26.11.2026", "i
// morgen", "fredag", "+7"…): board.ParseTypedDate, the app's one reader of
// typed dates. Empty gives the zero Date.
func parseDay(s string, today board.Date) (board.Date, error) {
	return board.ParseTypedDate(s, today)
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

package sqlcore

import (
	"database/sql"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Time and date encoding. Times are Unix nanoseconds, read back in
// Copenhagen; the zero time is NULL. Dates are 'YYYY-MM-DD', '' when unset.

func ts(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func tsNotNull(t time.Time) int64 { return t.UnixNano() }

func fromTS(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).In(calendar.Copenhagen)
}

func fromNS(n int64) time.Time { return time.Unix(0, n).In(calendar.Copenhagen) }

func dateText(d board.Date) string { return d.String() }

// parseDate reads a stored 'YYYY-MM-DD' without time.Parse, which the
// board's thousands of rows would feel; anything else is the zero Date.
func parseDate(s string) board.Date {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return board.Date{}
	}
	num := func(p string) int {
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return -1
			}
			n = n*10 + int(p[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return board.Date{}
	}
	return board.Date{Year: y, Month: time.Month(m), Day: d}
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

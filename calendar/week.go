package calendar

import (
	"fmt"
	"strings"
	"time"
)

// Week is an ISO 8601 week: Monday to Sunday, week 1 holds the year's first
// Thursday.
type Week struct {
	Year int
	Week int
}

// WeekOf returns the ISO week that t falls in, in Copenhagen.
func WeekOf(t time.Time) Week {
	y, w := t.In(Copenhagen).ISOWeek()
	return Week{y, w}
}

// ParseWeek parses "2026-W48" (also "2026W48", "2026-48" and a lower-case
// "w"). Anything else, trailing text included, is an error.
func ParseWeek(s string) (Week, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	bad := fmt.Errorf("%q is not a week of the form YYYY-Www", s)
	if len(t) < 6 {
		return Week{}, bad
	}
	year, rest := t[:4], t[4:]
	switch {
	case strings.HasPrefix(rest, "-W"):
		rest = rest[2:]
	case strings.HasPrefix(rest, "W"), strings.HasPrefix(rest, "-"):
		rest = rest[1:]
	default:
		return Week{}, bad
	}
	if len(rest) < 1 || len(rest) > 2 || !allDigits(year) || !allDigits(rest) {
		return Week{}, bad
	}
	w := Week{Year: atoi(year), Week: atoi(rest)}
	if w.Year < 1900 || w.Week < 1 || w.Week > weeksIn(w.Year) {
		return Week{}, fmt.Errorf("week %q does not exist", s)
	}
	return w, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi converts a short string of digits checked by allDigits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func normaliseWeek(y, w int) string { return fmt.Sprintf("%04d-W%02d", y, w) }

// weeksIn returns 52 or 53: 28 December is always in the year's last week.
func weeksIn(year int) int {
	_, w := time.Date(year, 12, 28, 12, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// String returns "YYYY-Www".
func (w Week) String() string { return normaliseWeek(w.Year, w.Week) }

// Start returns Monday 00:00 of the week in Copenhagen.
func (w Week) Start() time.Time {
	// 4 January is always in week 1.
	jan4 := time.Date(w.Year, 1, 4, 0, 0, 0, 0, Copenhagen)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return time.Date(w.Year, 1, 4-offset+7*(w.Week-1), 0, 0, 0, 0, Copenhagen)
}

// End returns the Monday 00:00 after the week: the week is [Start, End).
// A week with a daylight saving change is 167 or 169 hours long.
func (w Week) End() time.Time { return w.Day(7) }

// Day returns midnight of day i of the week (0 = Monday) in Copenhagen.
func (w Week) Day(i int) time.Time {
	s := w.Start()
	return time.Date(s.Year(), s.Month(), s.Day()+i, 0, 0, 0, 0, Copenhagen)
}

// Days returns the seven midnights of the week.
func (w Week) Days() [7]time.Time {
	var d [7]time.Time
	for i := range d {
		d[i] = w.Day(i)
	}
	return d
}

// Next returns the following week.
func (w Week) Next() Week { return WeekOf(w.Day(7).Add(12 * time.Hour)) }

// Prev returns the week before.
func (w Week) Prev() Week { return WeekOf(w.Day(-7).Add(12 * time.Hour)) }

// Contains reports whether t falls in the week.
func (w Week) Contains(t time.Time) bool {
	return !t.Before(w.Start()) && t.Before(w.End())
}

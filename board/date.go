package board

import (
	"fmt"
	"time"
)

// Date is a calendar day without a time of day: a review date, a due date,
// the day consent was given. The zero Date means "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses "YYYY-MM-DD"; the empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, Invalid("invalid.date", fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", s)).With("Text", s)
	}
	return DateOf(t), nil
}

// MustDate is ParseDate for literals known to be valid (tests, demo data).
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// In returns midnight at the start of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

func (d Date) utc() time.Time { return d.In(time.UTC) }

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.utc().AddDate(0, 0, n)) }

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.utc().Before(o.utc()) }

// After reports whether d is a later day than o.
func (d Date) After(o Date) bool { return d.utc().After(o.utc()) }

// DaysSince returns the number of days from o to d (negative when d is
// earlier). Calendar days, so daylight saving time does not matter.
func (d Date) DaysSince(o Date) int {
	return int(d.utc().Sub(o.utc()).Hours() / 24)
}

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.utc().Weekday() }

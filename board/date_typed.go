package board

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ParseTypedDate reads a day as people type it, in Danish or English,
// whatever the language on screen:
//
//	4.12  4/12  4-12  4.12.  4. dec  (the year nearest to today)
//	4.12.26  04-12-2026  4/12/2026  4. december 2026  2026-12-04
//	i dag  i morgen  i overmorgen  i går  today  tomorrow  yesterday
//	fredag  fre  friday  (the next such weekday after today)
//	+3  -2  (days from today)  +2u  +2w  (weeks)
//
// The empty string is the zero Date. A day that does not exist
// ("31.02.2026") gets its own error, not the one for an unreadable text.
// The recognised words live here and not in the catalogue because they are
// what people type, in either language, not words Tavlen shows.
func ParseTypedDate(s string, today Date) (Date, error) {
	t := normaliseTyped(s)
	if t == "" {
		return Date{}, nil
	}
	if n, ok := relativeWords[t]; ok {
		return today.AddDays(n), nil
	}
	if wd, ok := weekdayWords[strings.TrimPrefix(strings.TrimPrefix(t, "på "), "on ")]; ok {
		n := (int(wd) - int(today.Weekday()) + 7) % 7
		if n == 0 {
			n = 7
		}
		return today.AddDays(n), nil
	}
	if d, ok := parseOffset(t, today); ok {
		return d, nil
	}
	bad := Invalid("invalid.date_typed", "“"+strings.TrimSpace(s)+"” is not a date. Write e.g. 24.11.2026, 24.11, tomorrow or friday.").With("Text", strings.TrimSpace(s))
	f := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '/' || r == '-' || r == ' ' || r == ',' })
	if len(f) < 2 || len(f) > 3 {
		return Date{}, bad
	}
	if len(f[0]) == 4 && len(f) == 3 { // 2026-12-04
		f[0], f[2] = f[2], f[0]
	}
	day, err := strconv.Atoi(f[0])
	if err != nil || len(f[0]) > 2 || len(f[1]) > 2 && f[1][0] >= '0' && f[1][0] <= '9' {
		return Date{}, bad
	}
	month, err := strconv.Atoi(f[1])
	if err != nil {
		m, ok := monthWords[f[1]]
		if !ok {
			return Date{}, bad
		}
		month = int(m)
	}
	if len(f) == 3 {
		year, err := strconv.Atoi(f[2])
		switch {
		case err != nil || len(f[2]) != 2 && len(f[2]) != 4:
			return Date{}, bad
		case len(f[2]) == 2:
			year += 2000
		}
		if err := plausibleYear(strings.TrimSpace(s), year, today); err != nil {
			return Date{}, err
		}
		return existingDate(strings.TrimSpace(s), year, month, day)
	}
	return nearestYear(strings.TrimSpace(s), today, month, day)
}

// existingDate returns the day, or says why it does not exist.
func existingDate(text string, year, month, day int) (Date, error) {
	if month < 1 || month > 12 {
		return Date{}, Invalid("invalid.date_month", "“"+text+"” is not a date: there are only 12 months.").With("Text", text).With("Month", month)
	}
	days := DaysIn(year, time.Month(month))
	if day < 1 || day > days {
		return Date{}, Invalid("invalid.date_nonexistent", "“"+text+"” does not exist: that month has "+strconv.Itoa(days)+" days.").
			With("Text", text).With("Days", days)
	}
	return Date{year, time.Month(month), day}, nil
}

// A typed year further from today than this is a slip of the keys
// ("2199" for "2019", "2126" for "2026"), never a team's plan or past.
const (
	yearsAheadMax = 10
	yearsBackMax  = 30
)

// plausibleYear refuses a typed year too far from today's.
func plausibleYear(text string, year int, today Date) error {
	switch {
	case today.IsZero():
		return nil
	case year > today.Year+yearsAheadMax:
		return Invalid("invalid.date_far_ahead", "“"+text+"” is more than "+strconv.Itoa(yearsAheadMax)+" years ahead. Check the year.").
			With("Text", text).With("Years", yearsAheadMax)
	case year < today.Year-yearsBackMax:
		return Invalid("invalid.date_far_back", "“"+text+"” is more than "+strconv.Itoa(yearsBackMax)+" years ago. Check the year.").
			With("Text", text).With("Years", yearsBackMax)
	}
	return nil
}

// nearestYear picks, for a day and month without a year, the year that
// puts the date nearest to today (the later one on a tie): "28.12" typed in
// January is last December, "4.1" typed in December is next January.
func nearestYear(text string, today Date, month, day int) (Date, error) {
	var best Date
	var bestErr error
	for _, y := range []int{today.Year, today.Year + 1, today.Year - 1} {
		d, err := existingDate(text, y, month, day)
		if err != nil {
			if bestErr == nil && best.IsZero() {
				bestErr = err
			}
			continue
		}
		if best.IsZero() || abs(d.DaysSince(today)) < abs(best.DaysSince(today)) {
			best = d
		}
	}
	if best.IsZero() {
		return Date{}, bestErr
	}
	return best, nil
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// parseOffset reads "+3", "-2", "+2u" and "+2w".
func parseOffset(t string, today Date) (Date, bool) {
	if len(t) < 2 || t[0] != '+' && t[0] != '-' {
		return Date{}, false
	}
	num, unit := t[1:], 1
	if last := num[len(num)-1]; last == 'u' || last == 'w' {
		num, unit = num[:len(num)-1], 7
	}
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil || n > 3660 {
		return Date{}, false
	}
	if t[0] == '-' {
		n = -n
	}
	return today.AddDays(n * unit), true
}

// normaliseTyped lowercases, trims and collapses spaces; a trailing dot
// ("4.12.", "fre.") is dropped.
func normaliseTyped(s string) string {
	t := strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
	return strings.TrimSuffix(t, ".")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var relativeWords = map[string]int{
	"i dag": 0, "idag": 0, "today": 0, "d.d": 0,
	"i morgen": 1, "imorgen": 1, "tomorrow": 1,
	"i overmorgen": 2, "iovermorgen": 2, "overmorgen": 2, "day after tomorrow": 2,
	"i går": -1, "igår": -1, "i gaar": -1, "yesterday": -1,
}

var weekdayWords = map[string]time.Weekday{
	"mandag": time.Monday, "man": time.Monday, "monday": time.Monday, "mon": time.Monday,
	"tirsdag": time.Tuesday, "tir": time.Tuesday, "tirs": time.Tuesday, "tuesday": time.Tuesday, "tue": time.Tuesday,
	"onsdag": time.Wednesday, "ons": time.Wednesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"torsdag": time.Thursday, "tor": time.Thursday, "tors": time.Thursday, "thursday": time.Thursday, "thu": time.Thursday,
	"fredag": time.Friday, "fre": time.Friday, "friday": time.Friday, "fri": time.Friday,
	"lørdag": time.Saturday, "lør": time.Saturday, "lordag": time.Saturday, "saturday": time.Saturday, "sat": time.Saturday,
	"søndag": time.Sunday, "søn": time.Sunday, "sondag": time.Sunday, "sunday": time.Sunday, "sun": time.Sunday,
}

var monthWords = map[string]time.Month{}

func init() {
	for m, names := range map[time.Month][]string{
		time.January: {"januar", "jan", "january"}, time.February: {"februar", "feb", "february"},
		time.March: {"marts", "mar", "march"}, time.April: {"april", "apr"}, time.May: {"maj", "may"},
		time.June: {"juni", "jun", "june"}, time.July: {"juli", "jul", "july"}, time.August: {"august", "aug"},
		time.September: {"september", "sep", "sept"}, time.October: {"oktober", "okt", "oct", "october"},
		time.November: {"november", "nov"}, time.December: {"december", "dec"},
	} {
		for _, n := range names {
			monthWords[n] = m
		}
	}
}

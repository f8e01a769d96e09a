package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"
)

// Reading iCalendar times: DATE and DATE-TIME values, DURATION, TZIDs
// (IANA, Windows, Outlook's descriptive names) and repeat rules.

// dateTime reads a DATE or DATE-TIME property. A DATE is midnight in
// Copenhagen (allDay); a DATE-TIME is UTC ("Z"), in its TZID, or floating,
// which Tavlen reads as Copenhagen time.
func (d *decoder) dateTime(p *icsProp) (t time.Time, allDay bool, err error) {
	v := strings.TrimSpace(p.Value)
	vt := strings.ToUpper(p.Params.Get(ical.ParamValue))
	if vt == "DATE" || vt == "" && len(v) == 8 {
		t, ok := parseStamp(v, true, Copenhagen)
		if !ok {
			return time.Time{}, false, &ParseError{p.line, fmt.Sprintf("%s %q is not a date (YYYYMMDD)", p.Name, p.Value)}
		}
		return t, true, nil
	}
	if vt != "" && vt != "DATE-TIME" {
		return time.Time{}, false, &ParseError{p.line, fmt.Sprintf("%s has VALUE=%s where a date or date-time belongs", p.Name, vt)}
	}
	loc := Copenhagen
	if strings.HasSuffix(v, "Z") || strings.HasSuffix(v, "z") {
		v, loc = v[:len(v)-1], time.UTC
	} else if tzid := p.Params.Get(ical.ParamTimezoneID); tzid != "" {
		loc = d.location(tzid)
	}
	t, ok := parseStamp(v, false, loc)
	if !ok {
		return time.Time{}, false, &ParseError{p.line, fmt.Sprintf("%s %q is not a date-time (YYYYMMDDTHHMMSS)", p.Name, p.Value)}
	}
	return t, false, nil
}

// parseStamp parses YYYYMMDD (dateOnly) or YYYYMMDDTHHMMSS in loc,
// refusing out-of-range fields rather than letting time.Date roll them.
func parseStamp(v string, dateOnly bool, loc *time.Location) (time.Time, bool) {
	want := 15
	if dateOnly {
		want = 8
	}
	if len(v) != want || !dateOnly && v[8] != 'T' && v[8] != 't' {
		return time.Time{}, false
	}
	num := func(s string) int {
		if !allDigits(s) {
			return -1
		}
		return atoi(s)
	}
	y, mo, dd := num(v[0:4]), num(v[4:6]), num(v[6:8])
	if y < 1000 || mo < 1 || mo > 12 || dd < 1 || dd > daysIn(y, time.Month(mo)) {
		return time.Time{}, false
	}
	h, mi, s := 0, 0, 0
	if !dateOnly {
		h, mi, s = num(v[9:11]), num(v[11:13]), num(v[13:15])
		if h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60 {
			return time.Time{}, false
		}
		s = min(s, 59) // a leap second
	}
	return time.Date(y, time.Month(mo), dd, h, mi, s, 0, loc), true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// parseDuration reads an RFC 5545 DURATION ("PT1H30M", "P1D", "P2W").
// Days and weeks come back as calendar days, the rest as a Duration.
func parseDuration(v string) (days int, dur time.Duration, err error) {
	bad := fmt.Errorf("DURATION %q is not a duration such as PT1H30M", v)
	s := strings.ToUpper(strings.TrimSpace(v))
	s = strings.TrimPrefix(s, "+")
	if strings.HasPrefix(s, "-") {
		return 0, 0, fmt.Errorf("DURATION %q is negative", v)
	}
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return 0, 0, bad
	}
	s = s[1:]
	inTime := false
	for s != "" {
		if s[0] == 'T' {
			if inTime || len(s) == 1 {
				return 0, 0, bad
			}
			inTime = true
			s = s[1:]
			continue
		}
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i > 6 || i == len(s) {
			return 0, 0, bad
		}
		n := atoi(s[:i])
		switch unit := s[i]; {
		case !inTime && unit == 'W':
			days += 7 * n
		case !inTime && unit == 'D':
			days += n
		case inTime && unit == 'H':
			dur += time.Duration(n) * time.Hour
		case inTime && unit == 'M':
			dur += time.Duration(n) * time.Minute
		case inTime && unit == 'S':
			dur += time.Duration(n) * time.Second
		default:
			return 0, 0, bad
		}
		s = s[i+1:]
	}
	return days, dur, nil
}

// location resolves a TZID once per file.
func (d *decoder) location(tzid string) *time.Location {
	if loc, ok := d.zones[tzid]; ok {
		return loc
	}
	loc := d.resolveZone(tzid)
	d.zones[tzid] = loc
	return loc
}

func (d *decoder) resolveZone(tzid string) *time.Location {
	name := strings.TrimSpace(tzid)
	if loc := ianaZone(name); loc != nil {
		return loc
	}
	lower := strings.ToLower(name)
	if iana, ok := windowsZones[lower]; ok {
		if loc := ianaZone(iana); loc != nil {
			return loc
		}
	}
	// Older Outlook: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris".
	for _, city := range cetCities {
		if strings.Contains(lower, city) {
			return Copenhagen
		}
	}
	if loc := d.zoneFromVTimezone(name); loc != nil {
		return loc
	}
	d.problem("ics.problem.unknown_zone", `The time zone "{{.Zone}}" is unknown; its times were read as Danish time.`, map[string]any{"Zone": name})
	return Copenhagen
}

// ianaZone loads an IANA zone name, also inside the old Mozilla form
// "/mozilla.org/20070129_1/Europe/Copenhagen"; nil when it is none.
func ianaZone(name string) *time.Location {
	if len(name) > 80 || name == "" || strings.Contains(name, "..") {
		return nil
	}
	for _, c := range name {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.ContainsRune("/_+-", c)) {
			return nil
		}
	}
	for {
		switch {
		case name == copenhagenID:
			return Copenhagen
		case name == "UTC" || name == "Etc/UTC" || name == "GMT" || name == "Z":
			return time.UTC
		case name != "Local" && name != "":
			if loc, err := time.LoadLocation(name); err == nil {
				return loc
			}
		}
		i := strings.IndexByte(name, '/')
		if i < 0 {
			return nil
		}
		name = name[i+1:]
	}
}

// zoneFromVTimezone reads the file's own VTIMEZONE for tzid: central
// European offsets (+01:00 in winter, +02:00 in summer) are Copenhagen's
// rules; a zone without summer time is a fixed offset.
func (d *decoder) zoneFromVTimezone(tzid string) *time.Location {
	if d.cal == nil {
		return nil
	}
	for _, c := range d.cal.children {
		if c.name != ical.CompTimezone || strings.TrimSpace(c.text(ical.PropTimezoneID)) != tzid {
			continue
		}
		std, dst, hasDST := 0, 0, false
		stdOK := false
		for _, part := range c.children {
			p := part.get(ical.PropTimezoneOffsetTo)
			if p == nil {
				continue
			}
			off, ok := parseOffset(p.Value)
			if !ok {
				continue
			}
			switch part.name {
			case ical.CompTimezoneStandard:
				std, stdOK = off, true
			case ical.CompTimezoneDaylight:
				dst, hasDST = off, true
			}
		}
		switch {
		case stdOK && hasDST && std == 3600 && dst == 7200:
			return Copenhagen
		case stdOK && !hasDST:
			return time.FixedZone(tzid, std)
		}
	}
	return nil
}

// parseOffset reads a UTC-OFFSET such as "+0100" or "-053000" in seconds.
func parseOffset(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if len(v) != 5 && len(v) != 7 || v[0] != '+' && v[0] != '-' || !allDigits(v[1:]) {
		return 0, false
	}
	sec := atoi(v[1:3])*3600 + atoi(v[3:5])*60
	if len(v) == 7 {
		sec += atoi(v[5:7])
	}
	if v[0] == '-' {
		sec = -sec
	}
	return sec, sec > -18*3600 && sec < 18*3600
}

// cetCities appear in Outlook's descriptive names of the zones whose rules
// have been Copenhagen's since 1996.
var cetCities = []string{"copenhagen", "københavn", "kobenhavn", "brussels", "paris", "madrid", "amsterdam", "berlin", "stockholm", "oslo", "rome", "vienna", "bern", "belgrade", "prague", "warsaw", "sarajevo"}

// windowsZones maps the Windows zone names Outlook and Exchange write as
// TZID to IANA names (after CLDR's windowsZones.xml). The central European
// ones go straight to Copenhagen: same rules since 1996.
var windowsZones = map[string]string{
	"romance standard time":          copenhagenID,
	"w. europe standard time":        copenhagenID,
	"central europe standard time":   copenhagenID,
	"central european standard time": copenhagenID,
	"gmt standard time":              "Europe/London",
	"greenwich standard time":        "Atlantic/Reykjavik",
	"utc":                            "UTC",
	"coordinated universal time":     "UTC",
	"fle standard time":              "Europe/Helsinki",
	"gtb standard time":              "Europe/Bucharest",
	"e. europe standard time":        "Europe/Chisinau",
	"russian standard time":          "Europe/Moscow",
	"turkey standard time":           "Europe/Istanbul",
	"greenland standard time":        "America/Nuuk",
	"azores standard time":           "Atlantic/Azores",
	"eastern standard time":          "America/New_York",
	"central standard time":          "America/Chicago",
	"mountain standard time":         "America/Denver",
	"pacific standard time":          "America/Los_Angeles",
	"india standard time":            "Asia/Kolkata",
	"china standard time":            "Asia/Shanghai",
	"tokyo standard time":            "Asia/Tokyo",
	"aus eastern standard time":      "Australia/Sydney",
}

// recurrence reads RRULE into a.Recurrence. Weekly, every second week and
// monthly on DTSTART's day are Tavlen's; any other rule is reported and
// the event imported as its first occurrence.
func (d *decoder) recurrence(ev *icsComp, a *Appointment, startProp *icsProp, label string) error {
	rules := ev.all(ical.PropRecurrenceRule)
	if len(rules) == 0 {
		return nil
	}
	p := rules[0]
	parts := map[string]string{}
	for _, kv := range strings.Split(strings.TrimSpace(p.Value), ";") {
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		k = strings.ToUpper(strings.TrimSpace(k))
		if !ok || k == "" {
			return &ParseError{p.line, fmt.Sprintf("RRULE part %q is not NAME=value", kv)}
		}
		if _, dup := parts[k]; dup {
			return &ParseError{p.line, "RRULE gives " + k + " twice"}
		}
		parts[k] = strings.ToUpper(strings.TrimSpace(v))
	}
	switch parts["FREQ"] {
	case "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY":
	default:
		return &ParseError{p.line, "RRULE needs FREQ=DAILY, WEEKLY, MONTHLY or the like"}
	}
	interval, count := 1, 0
	for _, k := range []string{"INTERVAL", "COUNT"} {
		if s, ok := parts[k]; ok {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return &ParseError{p.line, fmt.Sprintf("RRULE %s=%s is not a positive whole number", k, s)}
			}
			if k == "INTERVAL" {
				interval = n
			} else {
				count = n
			}
		}
	}

	unsupported := func() error {
		d.problem("ics.problem.rrule", `"{{.Title}}" repeats by a rule Tavlen cannot represent (RRULE:{{.Rule}}); only its first occurrence was imported.`, map[string]any{"Title": label, "Rule": p.Value})
		return nil
	}
	if len(rules) > 1 {
		return unsupported()
	}
	for k := range parts {
		switch k {
		case "FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY", "BYMONTHDAY":
		default:
			return unsupported()
		}
	}
	var freq Freq
	switch {
	case parts["FREQ"] == "WEEKLY" && interval <= 2 && parts["BYMONTHDAY"] == "":
		freq = FreqWeekly
		if interval == 2 {
			freq = FreqBiweekly
		}
		if by := parts["BYDAY"]; by != "" && by != weekdayCode(a.Start.Weekday()) {
			return unsupported()
		}
	case parts["FREQ"] == "MONTHLY" && interval == 1 && parts["BYDAY"] == "":
		freq = FreqMonthly
		if by := parts["BYMONTHDAY"]; by != "" && by != strconv.Itoa(a.Start.Day()) {
			return unsupported()
		}
	default:
		return unsupported()
	}

	// Until: the day of the last occurrence, from UNTIL or COUNT.
	rec := Recurrence{Freq: freq}
	probe := *a
	probe.Recurrence = rec
	switch {
	case parts["UNTIL"] != "":
		up := &icsProp{Prop: ical.Prop{Name: "RRULE UNTIL", Params: ical.Params{}, Value: parts["UNTIL"]}, line: p.line}
		if tzid := startProp.Params.Get(ical.ParamTimezoneID); tzid != "" {
			up.Params.Set(ical.ParamTimezoneID, tzid) // a floating UNTIL is in DTSTART's zone
		}
		until, dateOnly, err := d.dateTime(up)
		if err != nil {
			return err
		}
		day := midnight(until)
		if !dateOnly {
			// An occurrence later on UNTIL's day than UNTIL is not in the series.
			next := time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, Copenhagen)
			for _, o := range Occurrences(&probe, day, next) {
				if !o.Start.Before(day) && o.Start.After(until) {
					day = time.Date(day.Year(), day.Month(), day.Day()-1, 0, 0, 0, 0, Copenhagen)
				}
			}
		}
		rec.Until = day
	case count == 1:
		return nil
	case count > 1 && count <= maxOccurrences:
		rec.Until = midnight(nthOccurrence(&probe, count-1))
	}
	if !rec.Until.IsZero() && rec.Until.Before(midnight(a.Start)) {
		return nil // ends before it starts: just the one occurrence
	}
	if !rec.Until.IsZero() && rec.Until.In(Copenhagen).Year() > maxYear {
		rec.Until = time.Time{} // the end of 9999 is no end a calendar file can name
	}
	if a.Start.Location() == time.UTC {
		d.problem("ics.problem.utc_repeat", `"{{.Title}}" repeats with its times in UTC; Tavlen keeps the Danish clock time across summer time changes, so check the occurrences after one.`, map[string]any{"Title": label})
	}
	a.Recurrence = rec
	return nil
}

// nthOccurrence returns the start of the n-th (0-based) occurrence,
// skipping months that lack the day as RFC 5545 does.
func nthOccurrence(a *Appointment, n int) time.Time {
	start := a.Start.In(Copenhagen)
	if a.Recurrence.Freq != FreqMonthly || start.Day() <= 28 {
		t, _ := nth(start, a.Recurrence.Freq, n)
		return t
	}
	for i, found := 0, 0; ; i++ {
		if t, ok := nth(start, a.Recurrence.Freq, i); ok {
			if found == n {
				return t
			}
			found++
		}
	}
}

func weekdayCode(w time.Weekday) string {
	return [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}[w]
}

package calendar

import (
	"crypto/sha1"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"tavlen/board"
)

// Decode reads an iCalendar file (from Tavlen, Outlook, Google,
// Thunderbird…) into appointments. A file that is not well-formed gives a
// *ParseError and no appointments. What a well-formed file holds that
// Tavlen cannot represent is listed in Import.Unsupported.
func Decode(r io.Reader, opt ImportOptions) (*Import, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read calendar file: %w", err)
	}
	cals, err := parseICS(data)
	if err != nil {
		return nil, err
	}
	d := &decoder{opt: opt, imp: &Import{}, zones: map[string]*time.Location{}, byUID: map[string]int{}}
	for _, cal := range cals {
		if err := d.calendar(cal); err != nil {
			return nil, err
		}
	}
	d.applyOverrides()
	d.finish()
	return d.imp, nil
}

type decoder struct {
	opt      ImportOptions
	imp      *Import
	cal      *icsComp
	zones    map[string]*time.Location // TZID → location, resolved once
	byUID    map[string]int            // UID → index in imp.Appointments
	outsider map[string]bool           // attendees who are not members
	noted    map[string]bool           // Problems already given, by their English
	// overrides are the changed single occurrences (RECURRENCE-ID) read so
	// far, applied to their series once the whole file is read: a file
	// may list them before the series.
	overrides []*override
}

func (d *decoder) calendar(cal *icsComp) error {
	d.cal = cal
	if v := cal.get(ical.PropVersion); v != nil && strings.TrimSpace(v.Value) != "2.0" {
		return &ParseError{v.line, fmt.Sprintf("version %q is not iCalendar 2.0 (vCalendar 1.0 files are not supported)", v.Value)}
	}
	if d.imp.CalName == "" {
		d.imp.CalName = cal.text("X-WR-CALNAME")
	}
	for _, c := range cal.children {
		var err error
		switch c.name {
		case ical.CompEvent:
			err = d.event(c)
		case ical.CompTimezone:
			// Read when a TZID needs it.
		case ical.CompToDo:
			d.problem("ics.problem.todo", `Task "{{.Title}}" (VTODO) was not imported: Tavlen imports events only.`, map[string]any{"Title": titleOr(c.text(ical.PropSummary), untitled(d.opt.Lang))})
		case ical.CompJournal:
			d.problem("ics.problem.journal", `Journal entry "{{.Title}}" (VJOURNAL) was not imported.`, map[string]any{"Title": titleOr(c.text(ical.PropSummary), untitled(d.opt.Lang))})
		case ical.CompFreeBusy:
			d.problem("ics.problem.freebusy", "Free/busy information (VFREEBUSY) was not imported.", nil)
		default:
			d.problem("ics.problem.component", "A {{.Component}} component was not imported.", map[string]any{"Component": c.name})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) event(ev *icsComp) error {
	summary := withoutCitizenTag(strings.TrimSpace(ev.text(ical.PropSummary)), ev)
	label := titleOr(summary, untitled(d.opt.Lang))
	if rid := ev.get(ical.PropRecurrenceID); rid != nil {
		return d.readOverride(ev, rid, label)
	}

	startProp := ev.get(ical.PropDateTimeStart)
	if startProp == nil {
		d.problem("ics.problem.no_start", `"{{.Title}}" has no start time (DTSTART) and was not imported.`, map[string]any{"Title": label})
		return nil
	}
	start, allDay, err := d.dateTime(startProp)
	if err != nil {
		return err
	}
	end, err := d.end(ev, start, allDay, label)
	if err != nil {
		return err
	}
	if start.In(Copenhagen).Year() > maxYear || end.In(Copenhagen).Year() > maxYear {
		d.problem("ics.problem.after_9999", `"{{.Title}}" lies after the year 9999 in Danish time, which no calendar file can hold, and was not imported.`, map[string]any{"Title": label})
		return nil
	}
	gap, gapClock, gapDate := skippedClock(startProp, start)
	if !gap {
		gap, gapClock, gapDate = skippedClock(ev.get(ical.PropDateTimeEnd), end)
	}
	if !end.After(start) {
		if gap {
			d.problem("ics.problem.skipped_clock", `"{{.Title}}" is set at {{.Clock}} on {{.Date}}, a clock time that does not exist in its time zone (the clocks are put forward that night), and was not imported.`,
				map[string]any{"Title": label, "Clock": gapClock, "Date": gapDate})
		} else {
			d.problem("ics.problem.ends_before_start", `"{{.Title}}" ends before it starts and was not imported.`, map[string]any{"Title": label})
		}
		return nil
	}
	if gap {
		d.problem("ics.problem.skipped_clock_moved", `"{{.Title}}" is set at {{.Clock}} on {{.Date}}, a clock time that does not exist in its time zone (the clocks are put forward that night); it was imported at {{.At}}.`,
			map[string]any{"Title": label, "Clock": gapClock, "Date": gapDate, "At": start.In(Copenhagen).Format("15:04")})
	}
	if allDay && end.After(dayAfter(start)) {
		days := int(end.Sub(start).Hours()+12) / 24
		d.problem("ics.problem.days", `"{{.Title}}" lasts {{.Days}} days; only its first day was imported.`, map[string]any{"Title": label, "Days": days})
		end = dayAfter(start)
	} else if !allDay && end.Sub(start) > 24*time.Hour && !end.Equal(dayAfter(start)) {
		d.problem("ics.problem.over_24h", `"{{.Title}}" lasts more than 24 hours; it was imported as 24 hours long.`, map[string]any{"Title": label})
		end = start.Add(24 * time.Hour)
	}

	a := &Appointment{
		UID:       strings.TrimSpace(strings.ReplaceAll(ev.text(ical.PropUID), "\n", "")),
		CitizenID: d.opt.CitizenID,
		Title:     summary,
		Start:     start,
		End:       end,
		Place:     strings.TrimSpace(ev.text(ical.PropLocation)),
		Notes:     strings.TrimSpace(ev.text(ical.PropDescription)),
	}
	if a.Title == "" {
		a.Title = untitled(d.opt.Lang)
	}
	if a.UID == "" {
		// A file without UIDs still re-imports onto the same appointments.
		h := sha1.Sum([]byte(startProp.Value + "\x00" + summary))
		a.UID = fmt.Sprintf("tavlen-import-%x", h[:10])
	}
	if board.ContainsCPR(a.UID) {
		a.UID = cprFreeUID(a.UID)
		d.problem("ics.problem.cpr_uid", "An event's UID (its name for calendar programs) looked like a CPR number; Tavlen gave it a new one.", nil)
	}
	if board.ContainsCPR(a.Title, a.Place, a.Notes) {
		d.problem("ics.problem.cpr_event", "An event on {{.Date}} holds a CPR number in its title, place or notes and was not imported. Remove the number in the calendar program and import again.",
			map[string]any{"Date": board.DateOf(start.In(Copenhagen))})
		return nil
	}
	if p := ev.get(ical.PropSequence); p != nil {
		n, err := strconv.Atoi(strings.TrimSpace(p.Value))
		if err != nil || n < 0 {
			return &ParseError{p.line, fmt.Sprintf("SEQUENCE %q is not a whole number", p.Value)}
		}
		a.Sequence = n
	}
	a.Kind = d.kind(ev)
	a.Status, err = d.status(ev)
	if err != nil {
		return err
	}
	a.Participants = d.participants(ev)
	if err := d.recurrence(ev, a, startProp, label); err != nil {
		return err
	}

	if err := d.exdates(ev, a, label); err != nil {
		return err
	}
	if len(ev.all(ical.PropRecurrenceDates)) > 0 {
		d.problem("ics.problem.rdate", `"{{.Title}}": extra dates of the series (RDATE) were not imported.`, map[string]any{"Title": label})
	}
	for _, c := range ev.children {
		if c.name == ical.CompAlarm {
			d.problem("ics.problem.alarm", `"{{.Title}}": reminders (VALARM) were not imported.`, map[string]any{"Title": label})
		} else {
			d.problem("ics.problem.inner_component", `"{{.Title}}": a {{.Component}} inside the event was not imported.`, map[string]any{"Title": label, "Component": c.name})
		}
	}

	// Validate fills defaults; check a copy so an unknown Kind and Status
	// stay empty for PlanImport.
	check := *a
	if err := check.Validate(); err != nil {
		d.problem("ics.problem.invalid", `"{{.Title}}" was not imported: {{.Reason}}`, map[string]any{"Title": label, "Reason": err})
		return nil
	}
	a.Title = check.Title

	if i, dup := d.byUID[a.UID]; dup {
		d.problem("ics.problem.duplicate_uid", `"{{.Title}}" appears more than once with the same UID; the newest version was kept.`, map[string]any{"Title": label})
		if a.Sequence >= d.imp.Appointments[i].Sequence {
			d.imp.Appointments[i] = a
			d.modified(a.UID, ev)
		}
		return nil
	}
	d.byUID[a.UID] = len(d.imp.Appointments)
	d.imp.Appointments = append(d.imp.Appointments, a)
	d.modified(a.UID, ev)
	return nil
}

// modified notes when the file says the event was last changed: its
// LAST-MODIFIED, else its DTSTAMP (both UTC by RFC 5545). A value that is
// not a UTC date-time is passed over: it only helps decide.
func (d *decoder) modified(uid string, ev *icsComp) {
	delete(d.imp.Modified, uid)
	for _, name := range []string{ical.PropLastModified, ical.PropDateTimeStamp} {
		p := ev.get(name)
		if p == nil {
			continue
		}
		if t, err := time.Parse("20060102T150405Z", strings.TrimSpace(p.Value)); err == nil {
			if d.imp.Modified == nil {
				d.imp.Modified = map[string]time.Time{}
			}
			d.imp.Modified[uid] = t
			return
		}
	}
}

// end returns the end from DTEND or DURATION; without either, an all-day
// event lasts its day, and a timed one is given 30 minutes (RFC 5545 would
// give it none, which an appointment cannot have).
func (d *decoder) end(ev *icsComp, start time.Time, allDay bool, label string) (time.Time, error) {
	if p := ev.get(ical.PropDateTimeEnd); p != nil {
		end, _, err := d.dateTime(p)
		return end, err
	}
	if p := ev.get(ical.PropDuration); p != nil {
		days, dur, err := parseDuration(p.Value)
		if err != nil {
			return time.Time{}, &ParseError{p.line, err.Error()}
		}
		// Days are calendar days (23 or 25 hours across a DST change).
		y, m, dd := start.Date()
		h, mi, s := start.Clock()
		return time.Date(y, m, dd+days, h, mi, s, start.Nanosecond(), start.Location()).Add(dur), nil
	}
	if allDay {
		y, m, dd := start.Date()
		return time.Date(y, m, dd+1, 0, 0, 0, 0, start.Location()), nil
	}
	d.problem("ics.problem.no_end", `"{{.Title}}" has no end time; it was imported as 30 minutes long.`, map[string]any{"Title": label})
	return start.Add(30 * time.Minute), nil
}

func (d *decoder) kind(ev *icsComp) Kind {
	if k := Kind(strings.TrimSpace(ev.text(propKind))); validKind(k) {
		return k
	}
	for _, p := range ev.all(ical.PropCategories) {
		for _, c := range splitText(p.Value) {
			if k, ok := kindFromLabel(c); ok {
				return k
			}
		}
	}
	return ""
}

// status maps STATUS and our X-TAVLEN-STATUS: CANCELLED wins, then ours;
// a plain CONFIRMED or TENTATIVE leaves the status to the stored one ("").
func (d *decoder) status(ev *icsComp) (Status, error) {
	if p := ev.get(ical.PropStatus); p != nil {
		switch v := strings.ToUpper(strings.TrimSpace(unescapeText(p.Value))); v {
		case "CANCELLED":
			return StatusCancelled, nil
		case "", "CONFIRMED", "TENTATIVE":
		default:
			return "", &ParseError{p.line, fmt.Sprintf("STATUS %q is not a status of an event", v)}
		}
	}
	if s := Status(strings.TrimSpace(ev.text(propStatus))); validStatus(s) && s != StatusCancelled {
		return s, nil
	}
	return "", nil
}

func (d *decoder) participants(ev *icsComp) []int64 {
	var ids []int64
	add := func(id int64) {
		for _, x := range ids {
			if x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	if d.opt.MemberID != 0 {
		add(d.opt.MemberID)
	}
	find := func(p *icsProp) int64 {
		name := strings.TrimSpace(p.Params.Get(ical.ParamCommonName))
		email := ""
		if v := strings.TrimSpace(p.Value); len(v) > 7 && strings.EqualFold(v[:7], "mailto:") {
			email = strings.TrimSpace(v[7:])
		}
		if d.opt.FindMember == nil || name == "" && email == "" {
			return 0
		}
		return d.opt.FindMember(name, email)
	}
	for _, p := range ev.all(ical.PropAttendee) {
		if id := find(p); id != 0 {
			add(id)
			continue
		}
		who := strings.TrimSpace(p.Params.Get(ical.ParamCommonName))
		if who == "" {
			who = strings.TrimSpace(p.Value)
			if len(who) > 7 && strings.EqualFold(who[:7], "mailto:") {
				who = who[7:]
			}
		}
		if who != "" {
			if d.outsider == nil {
				d.outsider = map[string]bool{}
			}
			d.outsider[who] = true
		}
	}
	// The organiser of an Outlook meeting is often the member themselves.
	if p := ev.get(ical.PropOrganizer); p != nil {
		if id := find(p); id != 0 {
			add(id)
		}
	}
	return ids
}

func (d *decoder) finish() {
	if len(d.outsider) == 0 {
		return
	}
	names := make([]string, 0, len(d.outsider))
	for n := range d.outsider {
		names = append(names, n)
	}
	sort.Strings(names)
	d.problem("ics.problem.outsiders", "Attendees who are not team members were left out: {{.Names}}.", map[string]any{"Names": strings.Join(names, ", ")})
}

func titleOr(s, alt string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return alt
}

func untitled(lang string) string {
	if lang == "en" {
		return "(no title)"
	}
	return "(uden titel)"
}

func equalFoldTrim(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// cprFreeUID replaces a UID that holds a CPR number by one made from it
// that holds no digits, so a re-import of the same file finds it again.
func cprFreeUID(uid string) string {
	h := sha1.Sum([]byte(uid))
	letters := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return 'g' + (r - '0')
		}
		return r
	}, fmt.Sprintf("%x", h[:16]))
	return "tavlen-import-" + letters
}

// maxYear is the last year a calendar file can hold (four digits), in
// Danish time: 9999-12-31 23:30 UTC is already the year 10000 here.
const maxYear = 9999

// skippedClock reports whether a local date-time property names a clock
// time that does not exist in its zone (the hour skipped when summer time
// starts), which time.Date moves on by the hour, and says which, as its
// clock ("02:30") and date ("2026-03-29").
func skippedClock(p *icsProp, t time.Time) (skipped bool, clock string, date board.Date) {
	if p == nil {
		return false, "", board.Date{}
	}
	v := strings.TrimSpace(p.Value)
	if len(v) != 15 || v[8] != 'T' && v[8] != 't' {
		return false, "", board.Date{} // a DATE, or UTC ("Z"), never skipped
	}
	if t.Format("1504") == v[9:13] {
		return false, "", board.Date{}
	}
	// The file's own wall-clock date, as written: the clock time it
	// names does not exist, so t's date may be another.
	day, err := board.ParseDate(v[0:4] + "-" + v[4:6] + "-" + v[6:8])
	if err != nil {
		day = board.DateOf(t)
	}
	return true, v[9:11] + ":" + v[11:13], day
}

package calendar

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
)

// Encode writes apps as one iCalendar file: a VTIMEZONE for
// Europe/Copenhagen and one VEVENT per appointment, with times in that zone.
// Lines are folded at 75 octets without splitting a UTF-8 character.
func Encode(w io.Writer, apps []*Appointment, opt ExportOptions) error {
	cal := newCalendar(opt)
	setXText(cal.Props, "X-WR-TIMEZONE", copenhagenID)
	cal.Children = append(cal.Children, copenhagenTimezone())

	stamp := opt.stamp()
	attendees := map[int64]*ical.Prop{} // one per member, shared by the events
	for _, a := range apps {
		ev, err := encodeEvent(a, opt, stamp, attendees)
		if err != nil {
			return err
		}
		cal.Children = append(cal.Children, ev)
		cal.Children = append(cal.Children, encodeOverrides(a, ev, opt)...)
	}

	return writeCalendar(w, cal, 64<<10)
}

func encodeEvent(a *Appointment, opt ExportOptions, stamp time.Time, attendees map[int64]*ical.Prop) (*ical.Component, error) {
	uid := a.UID
	if uid == "" {
		if a.ID == 0 {
			return nil, fmt.Errorf("export appointment: it has neither UID nor ID")
		}
		uid = fmt.Sprintf("tavlen-appointment-%d", a.ID)
	}
	if !a.End.After(a.Start) {
		return nil, fmt.Errorf("export appointment %d: it ends before it starts", a.ID)
	}
	ev := &ical.Component{Name: ical.CompEvent, Props: make(ical.Props, 24)} // sized: no map growth
	p := ev.Props
	p.SetText(ical.PropUID, cleanText(uid))
	p.SetDateTime(ical.PropDateTimeStamp, stamp)
	p.Set(&ical.Prop{Name: ical.PropSequence, Params: ical.Params{}, Value: strconv.Itoa(max(a.Sequence, 0))})
	if isWholeDay(a) {
		// Calendar programs show a whole day as such, not as 00:00–00:00.
		p.SetDate(ical.PropDateTimeStart, a.Start.In(Copenhagen))
		p.SetDate(ical.PropDateTimeEnd, a.End.In(Copenhagen))
	} else {
		p.SetDateTime(ical.PropDateTimeStart, a.Start.In(Copenhagen).Truncate(time.Second))
		p.SetDateTime(ical.PropDateTimeEnd, a.End.In(Copenhagen).Truncate(time.Second))
	}
	if !a.UpdatedAt.IsZero() {
		p.SetDateTime(ical.PropLastModified, a.UpdatedAt.UTC().Truncate(time.Second))
	}
	title := a.Title
	if tag := citizenTag(a, opt); tag != "" {
		title += " (" + tag + ")"
		setXText(p, propCitizen, tag)
	}
	p.SetText(ical.PropSummary, cleanText(title))
	if a.Place != "" {
		p.SetText(ical.PropLocation, cleanText(a.Place))
	}
	if a.Notes != "" && opt.WithNotes && !opt.CitizenView {
		p.SetText(ical.PropDescription, cleanText(a.Notes))
	}

	kind := a.Kind
	if kind == "" {
		kind = KindOther
	}
	setXText(p, propKind, string(kind))
	p.SetText(ical.PropCategories, opt.kindWord(kind))

	setStatus(p, a.Status, opt)
	if !opt.CitizenView {
		if a.CitizenID != 0 {
			// Health data: hide the details where a member's calendar is shared.
			p.SetText(ical.PropClass, "PRIVATE")
		}
	}

	if rule := rruleOf(a.Recurrence, isWholeDay(a)); rule != "" {
		p.Set(&ical.Prop{Name: ical.PropRecurrenceRule, Params: ical.Params{}, Value: rule})
	}

	for i, id := range a.Participants {
		if listedBefore(a.Participants, i) {
			continue
		}
		at, ok := attendees[id]
		if !ok {
			at = attendee(id, opt)
			attendees[id] = at
		}
		p.Add(at)
	}
	return ev, nil
}

// setStatus sets STATUS and TRANSP, and our X-TAVLEN-STATUS outside a
// citizen's file. STATUS has no "held" or "no-show": both were confirmed
// bookings, and our own property keeps the difference for a round trip.
func setStatus(p ical.Props, s Status, opt ExportOptions) {
	if s == StatusCancelled {
		p.SetText(ical.PropStatus, string(ical.EventCancelled))
		p.SetText(ical.PropTransparency, "TRANSPARENT")
	} else {
		p.SetText(ical.PropStatus, string(ical.EventConfirmed))
		p.SetText(ical.PropTransparency, "OPAQUE")
	}
	delete(p, propStatus)
	if !opt.CitizenView && s != "" {
		setXText(p, propStatus, string(s))
	}
}

// encodeOverrides writes a's changed occurrences as VEVENTs with the
// series' UID and a RECURRENCE-ID (RFC 5545 3.8.4.4): a copy of the
// series' event with the occurrence's own times, status and notes, and no
// RRULE. A cancelled occurrence is one with STATUS:CANCELLED rather than an
// EXDATE, so calendar programs can show it struck through, as the board
// does, and the file carries the occurrence's notes. A citizen's file
// leaves out what it would not show: a change of our held/no-show status
// alone.
func encodeOverrides(a *Appointment, master *ical.Component, opt ExportOptions) []*ical.Component {
	if a.Recurrence.Freq == FreqNone || len(a.Exceptions) == 0 {
		return nil
	}
	var out []*ical.Component
	wholeDay := isWholeDay(a)
	for _, ex := range a.Exceptions {
		o, ok := a.OccurrenceAt(ex.Original)
		if !ok {
			continue // an exception the rule no longer has
		}
		cancelled := o.Status == StatusCancelled
		if opt.CitizenView && !o.Moved() && cancelled == (a.Status == StatusCancelled) {
			continue
		}
		p := make(ical.Props, len(master.Props)+1)
		for k, v := range master.Props {
			p[k] = v // shared values: only whole properties are replaced below
		}
		delete(p, ical.PropRecurrenceRule)
		if wholeDay {
			p.SetDate(ical.PropRecurrenceID, o.Original.In(Copenhagen))
		} else {
			p.SetDateTime(ical.PropRecurrenceID, o.Original.In(Copenhagen).Truncate(time.Second))
		}
		if o.Start.Equal(midnight(o.Start)) && o.End.Equal(dayAfter(o.Start)) {
			p.SetDate(ical.PropDateTimeStart, o.Start.In(Copenhagen))
			p.SetDate(ical.PropDateTimeEnd, o.End.In(Copenhagen))
		} else {
			p.SetDateTime(ical.PropDateTimeStart, o.Start.In(Copenhagen).Truncate(time.Second))
			p.SetDateTime(ical.PropDateTimeEnd, o.End.In(Copenhagen).Truncate(time.Second))
		}
		setStatus(p, o.Status, opt)
		if ex.Notes != "" && opt.WithNotes && !opt.CitizenView {
			p.SetText(ical.PropDescription, cleanText(ex.Notes))
		}
		out = append(out, &ical.Component{Name: ical.CompEvent, Props: p})
	}
	return out
}

// isWholeDay reports whether a runs from midnight to midnight of one day
// in Copenhagen (23, 24 or 25 hours).
func isWholeDay(a *Appointment) bool {
	return a.Start.Equal(midnight(a.Start)) && a.End.Equal(dayAfter(a.Start))
}

// rruleOf returns the RRULE value of r, or "". UNTIL is the last second of
// r.Until's day in Copenhagen, in UTC: RFC 5545 wants UTC when DTSTART has
// a TZID, and the whole day keeps our rule "until this day, inclusive".
// For a whole-day appointment (DTSTART a DATE) UNTIL is that DATE.
func rruleOf(r Recurrence, wholeDay bool) string {
	var rule string
	switch r.Freq {
	case FreqWeekly:
		rule = "FREQ=WEEKLY"
	case FreqBiweekly:
		rule = "FREQ=WEEKLY;INTERVAL=2"
	case FreqMonthly:
		rule = "FREQ=MONTHLY"
	default:
		return ""
	}
	if !r.Until.IsZero() {
		y, m, d := r.Until.In(Copenhagen).Date()
		if wholeDay {
			return rule + ";UNTIL=" + fmt.Sprintf("%04d%02d%02d", y, m, d)
		}
		last := time.Date(y, m, d, 23, 59, 59, 0, Copenhagen)
		rule += ";UNTIL=" + last.UTC().Format("20060102T150405Z")
	}
	return rule
}

// attendee names member id. Without an email the address is a urn:uuid
// made from the ID: RFC 5545 wants a URI, and a made-up mailto: would send
// invitations to nowhere.
func attendee(id int64, opt ExportOptions) *ical.Prop {
	prop := ical.NewProp(ical.PropAttendee)
	if opt.MemberName != nil {
		if name := cleanParam(opt.MemberName(id)); name != "" {
			prop.Params.Set(ical.ParamCommonName, name)
		}
	}
	prop.Params.Set(ical.ParamCalendarUserType, "INDIVIDUAL")
	prop.Params.Set(ical.ParamParticipationStatus, "ACCEPTED")
	email := ""
	if opt.MemberEmail != nil {
		email = strings.TrimSpace(opt.MemberEmail(id))
	}
	if email != "" && !strings.ContainsAny(email, " \t\r\n\"<>") && strings.Contains(email, "@") {
		prop.Value = "mailto:" + email
	} else {
		prop.Value = "urn:uuid:" + memberUUID(id)
	}
	return prop
}

// memberUUID is a name-based (version 5 style) UUID for a member ID, stable
// across exports.
func memberUUID(id int64) string {
	h := sha1.Sum([]byte("tavlen-member-" + strconv.FormatInt(id, 10)))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// copenhagenTimezone is the VTIMEZONE for Europe/Copenhagen under the EU
// rules in force since 1996: summer time from the last Sunday of March at
// 02:00 to the last Sunday of October at 03:00.
func copenhagenTimezone() *ical.Component {
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, copenhagenID)
	setXText(tz.Props, "X-LIC-LOCATION", copenhagenID)
	part := func(name, from, to, tzname, start, rule string) *ical.Component {
		c := ical.NewComponent(name)
		set := func(n, v string) { c.Props.Set(&ical.Prop{Name: n, Params: ical.Params{}, Value: v}) }
		set(ical.PropTimezoneOffsetFrom, from)
		set(ical.PropTimezoneOffsetTo, to)
		set(ical.PropTimezoneName, tzname)
		set(ical.PropDateTimeStart, start)
		set(ical.PropRecurrenceRule, rule)
		return c
	}
	tz.Children = []*ical.Component{
		part(ical.CompTimezoneDaylight, "+0100", "+0200", "CEST", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
		part(ical.CompTimezoneStandard, "+0200", "+0100", "CET", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
	}
	return tz
}

// setXText sets a TEXT property that has no default type (an X- one)
// without the VALUE=TEXT that go-ical would add.
func setXText(props ical.Props, name, text string) {
	props.SetText(name, text)
	props.Get(name).Params.Del(ical.ParamValue)
}

// cleanText makes s safe for a TEXT value: valid UTF-8, Windows and old Mac
// line ends as "\n" (go-ical escapes those), no other control characters.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsFunc(s, isCtl) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r != '\n' && isCtl(r) {
			return -1
		}
		return r
	}, s)
}

// cleanParam makes s safe for a parameter value, which may hold neither a
// line end nor a double quote.
func cleanParam(s string) string {
	s = strings.ReplaceAll(cleanText(s), "\n", " ")
	return strings.TrimSpace(strings.ReplaceAll(s, `"`, "'"))
}

func isCtl(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }

// foldWriter folds content lines longer than 75 octets (RFC 5545 3.1) by
// inserting CRLF and a space, never inside a UTF-8 sequence.
type foldWriter struct {
	w   *bufio.Writer
	col int // octets on the current physical line
}

func (f *foldWriter) Write(p []byte) (int, error) {
	// Fast path: go-ical writes one whole line at a time, most are short.
	if f.col == 0 && len(p) <= 77 && bytes.IndexByte(p, '\n') == len(p)-1 {
		f.w.Write(p)
		return len(p), nil
	}
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\r' || c == '\n' {
			f.w.WriteByte(c)
			if c == '\n' {
				f.col = 0
			}
			i++
			continue
		}
		n := 1
		if c >= utf8.RuneSelf {
			_, n = utf8.DecodeRune(p[i:])
		}
		if f.col+n > 75 {
			f.w.WriteString("\r\n ")
			f.col = 1
		}
		f.w.Write(p[i : i+n])
		f.col += n
		i += n
	}
	return len(p), nil
}

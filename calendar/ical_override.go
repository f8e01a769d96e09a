package calendar

import (
	"strings"
	"time"

	ical "github.com/emersion/go-ical"

	"tavlen/board"
)

// Reading changed single occurrences: EXDATE (an occurrence left out,
// which Tavlen keeps as a cancelled one) and VEVENTs with a RECURRENCE-ID
// (an occurrence moved, cancelled, or with our held/no-show status), into
// the series' Exceptions.

// override is a VEVENT with a RECURRENCE-ID, read with the zones of its
// own VCALENDAR and applied once the whole file is read.
type override struct {
	uid, label    string
	rid           time.Time
	ridDate       bool // RECURRENCE-ID is a DATE
	start, end    time.Time
	hasStart      bool
	allDay        bool
	status        Status
	notes         string
	hasNotes      bool
	summary       string
	place         string
	hasPlace      bool
	thisAndFuture bool
}

func (d *decoder) readOverride(ev *icsComp, rid *icsProp, label string) error {
	o := &override{label: label, summary: strings.TrimSpace(ev.text(ical.PropSummary))}
	o.uid = strings.TrimSpace(strings.ReplaceAll(ev.text(ical.PropUID), "\n", ""))
	var err error
	if o.rid, o.ridDate, err = d.dateTime(rid); err != nil {
		return err
	}
	o.thisAndFuture = strings.EqualFold(strings.TrimSpace(rid.Params.Get("RANGE")), "THISANDFUTURE")
	if p := ev.get(ical.PropDateTimeStart); p != nil {
		if o.start, o.allDay, err = d.dateTime(p); err != nil {
			return err
		}
		o.hasStart = true
		if p := ev.get(ical.PropDateTimeEnd); p != nil {
			if o.end, _, err = d.dateTime(p); err != nil {
				return err
			}
		} else if p := ev.get(ical.PropDuration); p != nil {
			days, dur, err := parseDuration(p.Value)
			if err != nil {
				return &ParseError{p.line, err.Error()}
			}
			y, m, dd := o.start.Date()
			h, mi, s := o.start.Clock()
			o.end = time.Date(y, m, dd+days, h, mi, s, o.start.Nanosecond(), o.start.Location()).Add(dur)
		}
	}
	if o.status, err = d.status(ev); err != nil {
		return err
	}
	if p := ev.get(ical.PropDescription); p != nil {
		o.notes, o.hasNotes = strings.TrimSpace(ev.text(ical.PropDescription)), true
		if board.ContainsCPR(o.notes) {
			o.notes, o.hasNotes = "", false
			d.problem("ics.problem.cpr_occurrence", "The notes of a changed occurrence on {{.Date}} hold a CPR number and were not imported.", map[string]any{"Date": board.DateOf(o.start.In(Copenhagen))})
		}
	}
	if p := ev.get(ical.PropLocation); p != nil {
		o.place, o.hasPlace = strings.TrimSpace(ev.text(ical.PropLocation)), true
	}
	d.overrides = append(d.overrides, o)
	return nil
}

// applyOverrides puts the changed occurrences on their series. What does
// not fit (no such series or occurrence, a title of its own) is reported.
func (d *decoder) applyOverrides() {
	for _, o := range d.overrides {
		when := o.rid.In(Copenhagen).Format("2006-01-02 15:04")
		if o.ridDate {
			when = o.rid.In(Copenhagen).Format("2006-01-02")
		}
		i, ok := d.byUID[o.uid]
		if !ok || o.uid == "" {
			d.problem("ics.problem.override_no_series", `"{{.Title}}": a change to the single occurrence of {{.When}} (RECURRENCE-ID) was not imported: its series is not in the file.`, map[string]any{"Title": o.label, "When": when})
			continue
		}
		a := d.imp.Appointments[i]
		series := titleOr(a.Title, o.label)
		if a.Recurrence.Freq == FreqNone {
			d.problem("ics.problem.override_single", `"{{.Title}}": a change to the single occurrence of {{.When}} (RECURRENCE-ID) was not imported, as the series was imported as one appointment.`, map[string]any{"Title": series, "When": when})
			continue
		}
		if o.thisAndFuture {
			d.problem("ics.problem.override_future", `"{{.Title}}": a change to the occurrence of {{.When}} and all after it (RANGE=THISANDFUTURE) was not imported; the series keeps its usual times.`, map[string]any{"Title": series, "When": when})
			continue
		}
		original, ok := d.occurrenceOf(a, o.rid, o.ridDate)
		if !ok {
			d.problem("ics.problem.override_not_occurrence", `"{{.Title}}": the changed occurrence of {{.When}} is not an occurrence of the series as imported and was left out.`, map[string]any{"Title": series, "When": when})
			continue
		}
		ex := Exception{Status: o.status}
		switch {
		case ex.Status == "" && a.Status == StatusCancelled:
			ex.Status = StatusPlanned // the occurrence is confirmed in a cancelled series
		case ex.Status == a.Status:
			ex.Status = ""
		}
		if o.hasStart {
			start, end := o.start, o.end
			if end.IsZero() {
				end = start.Add(a.Duration())
			}
			switch {
			case !end.After(start):
				d.problem("ics.problem.occurrence_ends_before", `"{{.Title}}": the occurrence of {{.When}} was moved to end before it starts; it keeps its usual time.`, map[string]any{"Title": series, "When": when})
				start, end = time.Time{}, time.Time{}
			case o.allDay && end.After(dayAfter(start)):
				d.problem("ics.problem.occurrence_days", `"{{.Title}}": the occurrence of {{.When}} was moved to last several days; only its first day was imported.`, map[string]any{"Title": series, "When": when})
				end = dayAfter(start)
			case !o.allDay && end.Sub(start) > 24*time.Hour && !end.Equal(dayAfter(start)):
				d.problem("ics.problem.occurrence_24h", `"{{.Title}}": the occurrence of {{.When}} was moved to last more than 24 hours; it was imported as 24 hours long.`, map[string]any{"Title": series, "When": when})
				end = start.Add(24 * time.Hour)
			}
			if !start.IsZero() {
				ex.Start, ex.End = start, end
			}
		}
		if o.hasNotes && o.notes != a.Notes {
			ex.Notes = o.notes
		}
		if o.summary != "" && o.summary != a.Title {
			d.problem("ics.problem.occurrence_title", `"{{.Title}}": the occurrence of {{.When}} has a title of its own ("{{.Own}}"); Tavlen keeps one title for the whole series.`, map[string]any{"Title": series, "When": when, "Own": o.summary})
		}
		if o.hasPlace && o.place != a.Place {
			d.problem("ics.problem.occurrence_place", `"{{.Title}}": the occurrence of {{.When}} has a place of its own ("{{.Own}}"); Tavlen keeps one place for the whole series.`, map[string]any{"Title": series, "When": when, "Own": o.place})
		}
		if err := a.SetOccurrence(original, ex); err != nil {
			d.problem("ics.problem.occurrence_invalid", `"{{.Title}}": the change to the occurrence of {{.When}} was not imported: {{.Reason}}`, map[string]any{"Title": series, "When": when, "Reason": err})
		}
	}
}

// exdates reads EXDATE into cancelled occurrences of a.
func (d *decoder) exdates(ev *icsComp, a *Appointment, label string) error {
	props := ev.all(ical.PropExceptionDates)
	if len(props) == 0 {
		return nil
	}
	if a.Recurrence.Freq == FreqNone {
		d.problem("ics.problem.exdate_single", `"{{.Title}}": dates left out of the series (EXDATE) were ignored, as only its first occurrence was imported.`, map[string]any{"Title": label})
		return nil
	}
	for _, p := range props {
		for _, v := range strings.Split(p.Value, ",") {
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			one := &icsProp{Prop: ical.Prop{Name: p.Name, Params: p.Params, Value: v}, line: p.line}
			t, dateOnly, err := d.dateTime(one)
			if err != nil {
				return err
			}
			original, ok := d.occurrenceOf(a, t, dateOnly)
			if !ok {
				d.problem("ics.problem.exdate_not_occurrence", `"{{.Title}}": a date left out of the series (EXDATE:{{.Value}}) is not one of its occurrences and was ignored.`, map[string]any{"Title": label, "Value": v})
				continue
			}
			ex := a.Exception(original)
			ex.Status = StatusCancelled
			if err := a.SetOccurrence(original, ex); err != nil {
				d.problem("ics.problem.exdate_invalid", `"{{.Title}}": a date left out of the series (EXDATE:{{.Value}}) was ignored: {{.Reason}}`, map[string]any{"Title": label, "Value": v, "Reason": err})
			}
		}
	}
	return nil
}

// occurrenceOf finds the occurrence of a that t names: the one starting
// at t, or for a DATE (dateOnly) the one on that day.
func (d *decoder) occurrenceOf(a *Appointment, t time.Time, dateOnly bool) (time.Time, bool) {
	if !dateOnly || isWholeDay(a) {
		return t, a.IsOccurrence(t)
	}
	day := midnight(t)
	for _, o := range ruleOccurrences(a, day, dayAfter(day)) {
		if midnight(o.Start).Equal(day) {
			return o.Start, true
		}
	}
	return time.Time{}, false
}

package calendar

import (
	"fmt"
	"io"

	ical "github.com/emersion/go-ical"

	"tavlen/board"
)

// DueDate is a whole day in a member's own calendar ("Mine opgaver" in
// Outlook): an action's due date or a citizen's review date.
type DueDate struct {
	// UID stays the same for the same action or review, so a new export
	// replaces the day in the calendar instead of adding it twice.
	UID       string
	Day       board.Date
	Title     string // the action's text, or the caller's word for a review
	CitizenID int64  // whose; tagged with initials only when opt.CitizenName is set
}

// DueDatesOf returns the due dates of a member's list: each open action
// with a due date, and each review. reviewTitle is the caller's word for a
// review ("Revision"), from the catalogue.
func DueDatesOf(t board.MyTasks, reviewTitle string) []DueDate {
	var out []DueDate
	for _, a := range t.Actions {
		if a.Action.Due.IsZero() {
			continue
		}
		out = append(out, DueDate{UID: fmt.Sprintf("tavlen-action-%d", a.Action.ID), Day: a.Action.Due,
			Title: a.Action.Text, CitizenID: a.Action.CitizenID})
	}
	for _, r := range t.Reviews {
		out = append(out, DueDate{UID: fmt.Sprintf("tavlen-review-%d-%s", r.Citizen.ID, r.Date), Day: r.Date,
			Title: reviewTitle, CitizenID: r.Citizen.ID})
	}
	return out
}

// EncodeDueDates writes dues as one iCalendar file of whole-day events,
// free time (they block nothing), private like every citizen's
// appointment. opt gives ProdID, CalName, Now and CitizenName (initials in
// the title, as Encode does); the rest does not apply.
//
// A calendar file must hold something: with no due dates it fails with
// EInvalid (invalid.no_due_dates) before writing anything.
func EncodeDueDates(w io.Writer, dues []DueDate, opt ExportOptions) error {
	if len(dues) == 0 {
		return board.Invalid("invalid.no_due_dates", "There are no due dates to export.")
	}
	cal := newCalendar(opt)
	stamp := opt.stamp()
	for _, d := range dues {
		if d.UID == "" || d.Day.IsZero() {
			return fmt.Errorf("export due date: it has no UID or no day")
		}
		ev := &ical.Component{Name: ical.CompEvent, Props: make(ical.Props, 8)}
		p := ev.Props
		p.SetText(ical.PropUID, cleanText(d.UID))
		p.SetDateTime(ical.PropDateTimeStamp, stamp)
		p.SetDate(ical.PropDateTimeStart, d.Day.In(Copenhagen))
		p.SetDate(ical.PropDateTimeEnd, d.Day.AddDays(1).In(Copenhagen))
		title := d.Title
		if tag := citizenTag(&Appointment{CitizenID: d.CitizenID}, opt); tag != "" {
			title += " (" + tag + ")"
		}
		p.SetText(ical.PropSummary, cleanText(title))
		p.SetText(ical.PropTransparency, "TRANSPARENT")
		if d.CitizenID != 0 {
			p.SetText(ical.PropClass, "PRIVATE")
		}
		cal.Children = append(cal.Children, ev)
	}
	return writeCalendar(w, cal, 16<<10)
}

package calendar

import (
	"bufio"
	"fmt"
	"io"
	"time"

	ical "github.com/emersion/go-ical"
)

// newCalendar is an empty VCALENDAR with the properties every file of
// ours has: version, ProdID (ours when opt has none), Gregorian scale and
// opt's calendar name.
func newCalendar(opt ExportOptions) *ical.Calendar {
	cal := ical.NewCalendar()
	prodID := opt.ProdID
	if prodID == "" {
		prodID = defaultProdID
	}
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, cleanText(prodID))
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	if opt.CalName != "" {
		setXText(cal.Props, "X-WR-CALNAME", cleanText(opt.CalName))
	}
	return cal
}

// stamp is the events' DTSTAMP: opt.Now (the clock when zero) in UTC,
// whole seconds.
func (opt ExportOptions) stamp() time.Time {
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	return now.UTC().Truncate(time.Second)
}

// writeCalendar writes cal to w through a buffer of bufSize bytes. go-ical
// writes each content line whole; the foldWriter folds them.
func writeCalendar(w io.Writer, cal *ical.Calendar, bufSize int) error {
	bw := bufio.NewWriterSize(w, bufSize)
	if err := ical.NewEncoder(&foldWriter{w: bw}).Encode(cal); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write calendar: %w", err)
	}
	return nil
}

package calendar

import (
	"strings"
	"testing"
)

// Changed single occurrences in files from other programs: EXDATE in its
// forms, and overriding VEVENTs (RECURRENCE-ID), before or after their
// series, and what cannot be represented.
func TestDecodeOccurrenceChanges(t *testing.T) {
	ev := func(lines ...string) string {
		return "BEGIN:VEVENT\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\n"
	}
	text := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
		// An override listed before its series: moved and given notes.
		ev("UID:s1", "RECURRENCE-ID;TZID=Europe/Copenhagen:20260330T090000", "SUMMARY:Samtale",
			"DTSTART;TZID=Europe/Copenhagen:20260331T150000", "DTEND;TZID=Europe/Copenhagen:20260331T160000", "DESCRIPTION:Flyttet pga. ferie") +
		// Weekly Monday 09:00 from 16 March; EXDATE in TZID, UTC (a list) and DATE form.
		ev("UID:s1", "SUMMARY:Samtale", "DESCRIPTION:Fast samtale", "DTSTART;TZID=Europe/Copenhagen:20260316T090000", "DURATION:PT1H",
			"RRULE:FREQ=WEEKLY", "EXDATE;TZID=Europe/Copenhagen:20260323T090000",
			"EXDATE:20260406T070000Z,20260413T070000Z", "EXDATE;VALUE=DATE:20260420", "EXDATE;TZID=Europe/Copenhagen:20260421T090000") +
		// Cancelled by STATUS, in UTC; a title of its own; no DTEND (keeps the length).
		ev("UID:s1", "RECURRENCE-ID:20260427T070000Z", "SUMMARY:Samtale (aflyst)", "STATUS:CANCELLED",
			"DTSTART;TZID=Europe/Copenhagen:20260427T090000") +
		// Not an occurrence; this and future; a series not in the file.
		ev("UID:s1", "RECURRENCE-ID;TZID=Europe/Copenhagen:20260504T100000", "SUMMARY:Samtale", "DTSTART;TZID=Europe/Copenhagen:20260504T110000", "DURATION:PT1H") +
		ev("UID:s1", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Copenhagen:20260511T090000", "SUMMARY:Samtale", "DTSTART;TZID=Europe/Copenhagen:20260511T100000", "DURATION:PT1H") +
		ev("UID:elsewhere", "RECURRENCE-ID:20260511T070000Z", "SUMMARY:Andet", "DTSTART:20260511T080000Z", "DURATION:PT1H") +
		// A cancelled series with one occurrence confirmed; a Tavlen held mark.
		ev("UID:s2", "SUMMARY:Telefon", "STATUS:CANCELLED", "DTSTART;TZID=Europe/Copenhagen:20261006T100000", "DURATION:PT15M", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5") +
		ev("UID:s2", "RECURRENCE-ID;TZID=Europe/Copenhagen:20261103T100000", "SUMMARY:Telefon", "STATUS:CONFIRMED",
			"DTSTART;TZID=Europe/Copenhagen:20261103T100000", "DURATION:PT15M") +
		ev("UID:s2", "RECURRENCE-ID;TZID=Europe/Copenhagen:20261117T100000", "SUMMARY:Telefon", "STATUS:CONFIRMED", "X-TAVLEN-STATUS:held",
			"DTSTART;TZID=Europe/Copenhagen:20261117T100000", "DURATION:PT15M") +
		// An override of a one-off event.
		ev("UID:one", "SUMMARY:Enkelt", "DTSTART:20260601T080000Z", "DURATION:PT1H") +
		ev("UID:one", "RECURRENCE-ID:20260601T080000Z", "SUMMARY:Enkelt", "DTSTART:20260601T090000Z", "DURATION:PT1H") +
		"END:VCALENDAR\r\n"
	imp := decodeString(t, text, ImportOptions{})
	got := byUID(imp)
	if len(imp.Appointments) != 3 {
		t.Fatalf("%d appointments", len(imp.Appointments))
	}
	s1 := got["s1"]
	var lines []string
	for _, ex := range s1.Exceptions {
		lines = append(lines, occurrenceText(ex.Original)+" "+ex.describe(s1.Status))
	}
	want := []string{
		"2026-03-23 09:00 cancelled",
		"2026-03-30 09:00 , moved to 2026-03-31 15:00–16:00; notes: Flyttet pga. ferie",
		"2026-04-06 09:00 cancelled",
		"2026-04-13 09:00 cancelled",
		"2026-04-20 09:00 cancelled",
		"2026-04-27 09:00 cancelled",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("s1 exceptions\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	s2 := got["s2"]
	var s2Status []string
	for _, o := range Occurrences(s2, cph(2026, 10, 1, 0, 0), cph(2027, 1, 1, 0, 0)) {
		s2Status = append(s2Status, string(o.Status))
	}
	if strings.Join(s2Status, ",") != "cancelled,cancelled,planned,held,cancelled" {
		t.Errorf("s2 occurrences %v", s2Status)
	}
	if len(got["one"].Exceptions) != 0 || !got["one"].Start.Equal(cph(2026, 6, 1, 10, 0)) {
		t.Errorf("one-off: %+v", got["one"])
	}
	for _, a := range imp.Appointments {
		if err := a.Clone().Validate(); err != nil {
			t.Errorf("%s invalid: %v", a.UID, err)
		}
	}
	wantUnsupported(t, imp,
		`"Samtale": a date left out of the series (EXDATE:20260421T090000) is not one of its occurrences`,
		`"Samtale": the occurrence of 2026-04-27 09:00 has a title of its own ("Samtale (aflyst)")`,
		`"Samtale": the changed occurrence of 2026-05-04 10:00 is not an occurrence`,
		`"Samtale": a change to the occurrence of 2026-05-11 09:00 and all after it (RANGE=THISANDFUTURE)`,
		`"Andet": a change to the single occurrence of 2026-05-11 09:00 (RECURRENCE-ID) was not imported: its series is not in the file.`,
		`"Enkelt": a change to the single occurrence of 2026-06-01 10:00 (RECURRENCE-ID) was not imported, as the series was imported as one appointment.`,
	)
	if n := len(imp.Unsupported); n != 6 {
		t.Errorf("%d notes, want 6: %q", n, imp.Unsupported)
	}
}

func TestPlanImportExceptions(t *testing.T) {
	stored := weeklyVisit()
	stored.ID, stored.Version, stored.Sequence = 5, 3, 2
	_ = stored.SetOccurrence(cph(2026, 3, 23, 9, 0), Exception{Status: StatusHeld, Notes: "Godt besøg."})
	_ = stored.MarkOccurrence(cph(2026, 3, 30, 9, 0), StatusCancelled)
	_ = stored.MoveOccurrence(cph(2026, 4, 13, 9, 0), cph(2026, 4, 14, 9, 0), cph(2026, 4, 14, 9, 30))

	// The file (from Outlook) cancels 6 April and moves 23 March, and says
	// nothing of 30 March (no longer cancelled) or 13 April (not moved).
	in := weeklyVisit()
	in.Status, in.Sequence = "", 2
	in.Exceptions = []Exception{
		{Original: cph(2026, 3, 23, 9, 0), Start: cph(2026, 3, 23, 10, 0), End: cph(2026, 3, 23, 10, 30)},
		{Original: cph(2026, 4, 6, 9, 0), Status: StatusCancelled},
	}
	_, update := PlanImport(map[string]*Appointment{stored.UID: stored}, []*Appointment{in})
	if len(update) != 1 {
		t.Fatalf("%d updates", len(update))
	}
	var lines []string
	for _, ex := range update[0].Exceptions {
		lines = append(lines, occurrenceText(ex.Original)+" "+ex.describe(update[0].Status))
	}
	want := []string{
		"2026-03-23 09:00 held, moved to 2026-03-23 10:00–10:30; notes: Godt besøg.",
		"2026-04-06 09:00 cancelled",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if err := update[0].Validate(); err != nil {
		t.Fatal(err)
	}
	// A file that moves the series drops the changes it no longer has.
	in.Start, in.End = cph(2026, 3, 17, 9, 0), cph(2026, 3, 17, 9, 30)
	in.Exceptions = nil
	_, update = PlanImport(map[string]*Appointment{stored.UID: stored}, []*Appointment{in})
	if len(update) != 1 || len(update[0].Exceptions) != 0 {
		t.Fatalf("after moving the series: %+v", update)
	}
}

func TestDecodeExceptionsFile(t *testing.T) {
	imp := decodeFile(t, "exceptions.ics", ImportOptions{})
	if len(imp.Unsupported) != 0 {
		t.Errorf("Unsupported %q", imp.Unsupported)
	}
	got := byUID(imp)
	var lines []string
	for _, uid := range []string{"exc-series@example.dk", "exc-allday@example.dk"} {
		a := got[uid]
		if a == nil {
			t.Fatalf("no %s", uid)
		}
		for _, o := range Occurrences(a, cph(2026, 3, 1, 0, 0), cph(2026, 11, 1, 0, 0)) {
			if o.Moved() || o.Status != "" {
				lines = append(lines, o.Start.In(Copenhagen).Format("2006-01-02 15:04-07")+" "+string(o.Status))
			}
		}
	}
	want := []string{
		"2026-03-23 09:00+01 cancelled",
		"2026-03-31 15:00+02 ",
		"2026-04-06 09:00+02 cancelled",
		"2026-04-13 09:00+02 cancelled",
		"2026-04-20 09:00+02 cancelled",
		"2026-04-27 09:00+02 cancelled",
		// The last occurrence moved to the Sunday summer time ends.
		"2026-10-25 09:00+01 ",
		"2026-04-02 00:00+02 cancelled",
		"2026-05-04 00:00+02 ",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("changed occurrences\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

package calendar

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func decodeFile(t *testing.T, name string, opt ImportOptions) *Import {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	imp, err := Decode(f, opt)
	if err != nil {
		t.Fatalf("Decode %s: %v", name, err)
	}
	return imp
}

func byUID(imp *Import) map[string]*Appointment {
	m := map[string]*Appointment{}
	for _, a := range imp.Appointments {
		m[a.UID] = a
	}
	return m
}

// wantUnsupported checks that each fragment appears in some line.
func wantUnsupported(t *testing.T, imp *Import, fragments ...string) {
	t.Helper()
	for _, f := range fragments {
		found := false
		for _, l := range imp.Unsupported {
			found = found || strings.Contains(l, f)
		}
		if !found {
			t.Errorf("Unsupported %q lacks %q", imp.Unsupported, f)
		}
	}
}

type wantAppt struct {
	uid         string
	title       string
	start, end  time.Time
	freq        Freq
	until       time.Time
	kind        Kind
	status      Status
	place       string
	participant []int64
}

func checkAppts(t *testing.T, imp *Import, wants []wantAppt) {
	t.Helper()
	got := byUID(imp)
	if len(imp.Appointments) != len(wants) {
		t.Errorf("%d appointments, want %d", len(imp.Appointments), len(wants))
	}
	for _, w := range wants {
		a := got[w.uid]
		if a == nil {
			t.Errorf("no appointment %s", w.uid)
			continue
		}
		if a.Title != w.title || a.Kind != w.kind || a.Status != w.status || a.Place != w.place {
			t.Errorf("%s: title %q kind %q status %q place %q, want %q %q %q %q", w.uid, a.Title, a.Kind, a.Status, a.Place, w.title, w.kind, w.status, w.place)
		}
		if !a.Start.Equal(w.start) || !a.End.Equal(w.end) {
			t.Errorf("%s: %v – %v, want %v – %v", w.uid, a.Start, a.End, w.start, w.end)
		}
		if a.Recurrence.Freq != w.freq || !a.Recurrence.Until.Equal(w.until) {
			t.Errorf("%s: recurrence %v until %v, want %v until %v", w.uid, a.Recurrence.Freq, a.Recurrence.Until, w.freq, w.until)
		}
		if w.participant != nil && !sameMembers(a.Participants, w.participant) {
			t.Errorf("%s: participants %v, want %v", w.uid, a.Participants, w.participant)
		}
	}
}

func TestDecodeOutlook(t *testing.T) {
	imp := decodeFile(t, "outlook.ics", sampleImportOptions())
	long := "040000008200E00074C5B7101A82E00800000000D0F1A2B3C4D5DC010000000000000000100000004A1B2C3D4E5F60718293A4B5C6D7E8F9"
	checkAppts(t, imp, []wantAppt{
		// Windows TZID, weekly with COUNT=4 → until the 4th Tuesday, attendee and organiser matched.
		{uid: long, title: "Netværksmøde om job", start: cph(2026, 3, 17, 10, 0), end: cph(2026, 3, 17, 11, 0),
			freq: FreqWeekly, until: cph(2026, 4, 7, 0, 0), place: "Jobcentret, mødelokale 3", participant: []int64{1, 2}},
		// Outlook's descriptive TZID; "second Wednesday" is not ours: first occurrence only.
		{uid: "040000008200E00074C5B7101A82E008000000002222222222222222222222222222222", title: "Medicinsamtale",
			start: cph(2026, 4, 8, 14, 0), end: cph(2026, 4, 8, 14, 30), participant: []int64{}},
		// INTERVAL=2 with UNTIL at the last occurrence's start, in UTC, across the October change.
		{uid: "outlook-3@example.dk", title: "Ugentlig supervision", start: cph(2026, 10, 26, 9, 0), end: cph(2026, 10, 26, 9, 30),
			freq: FreqBiweekly, until: cph(2026, 12, 7, 0, 0)},
		// A custom VTIMEZONE with one offset.
		{uid: "outlook-4@example.dk", title: "Opkald til Indien", start: time.Date(2026, 6, 1, 4, 30, 0, 0, time.UTC), end: time.Date(2026, 6, 1, 5, 30, 0, 0, time.UTC)},
	})
	a := byUID(imp)[long]
	if a.Notes != "Opfølgning på handleplan.\n\nMødelink følger." {
		t.Errorf("notes %q", a.Notes)
	}
	wantUnsupported(t, imp,
		`"Netværksmøde om job": reminders (VALARM)`,
		`"Medicinsamtale" repeats by a rule Tavlen cannot represent (RRULE:FREQ=MONTHLY;BYDAY=2WE)`,
		`"Medicinsamtale": dates left out of the series (EXDATE)`,
		"Attendees who are not team members were left out: Jens Jensen (Jobcenter).")
}

func TestDecodeGoogle(t *testing.T) {
	imp := decodeFile(t, "google.ics", sampleImportOptions())
	if imp.CalName != "Kontaktperson Åse" {
		t.Errorf("CalName %q", imp.CalName)
	}
	checkAppts(t, imp, []wantAppt{
		{uid: "3k1m2n3o4p5q6r7s8t9u0v@google.com", title: "Frokost med borgeren", start: cph(2026, 3, 24, 13, 0), end: cph(2026, 3, 24, 14, 0), place: "Café Åen, Aarhus"},
		{uid: "series1@google.com", title: "Morgenopkald", start: cph(2026, 3, 5, 8, 0), end: cph(2026, 3, 5, 8, 30),
			freq: FreqWeekly, until: cph(2026, 4, 9, 0, 0), participant: []int64{1}},
		{uid: "cancelled1@google.com", title: "Aflyst besøg", start: cph(2026, 3, 26, 10, 0), end: cph(2026, 3, 26, 11, 0), status: StatusCancelled},
		{uid: "allday1@google.com", title: "2. påskedag", start: cph(2026, 4, 6, 0, 0), end: cph(2026, 4, 7, 0, 0)},
	})
	// The series stays at 08:00 Danish time after the change to summer time.
	occs := Occurrences(byUID(imp)["series1@google.com"], cph(2026, 3, 1, 0, 0), cph(2026, 5, 1, 0, 0))
	if len(occs) != 6 || occs[5].Start.In(Copenhagen).Hour() != 8 || !occs[5].Start.Equal(cph(2026, 4, 9, 8, 0)) {
		t.Errorf("occurrences %v", occs)
	}
	// The moved occurrence (RECURRENCE-ID) is on the series, at its new time.
	if o := occs[2]; !o.Original.Equal(cph(2026, 3, 19, 8, 0)) || !o.Start.Equal(cph(2026, 3, 19, 9, 0)) || !o.End.Equal(cph(2026, 3, 19, 9, 30)) || o.Status != "" {
		t.Errorf("moved occurrence %+v", o)
	}
	if ex := byUID(imp)["series1@google.com"].Exceptions; len(ex) != 1 || ex[0].Status != "" || ex[0].Notes != "" {
		t.Errorf("exceptions %+v", ex)
	}
	wantUnsupported(t, imp, `"Morgenopkald": the occurrence of 2026-03-19 08:00 has a title of its own ("Morgenopkald (flyttet)"); Tavlen keeps one title for the whole series.`)
}

func TestDecodeThunderbird(t *testing.T) {
	opt := sampleImportOptions()
	opt.CitizenID, opt.MemberID = 12, 3
	imp := decodeFile(t, "thunderbird.ics", opt)
	checkAppts(t, imp, []wantAppt{
		// DURATION instead of DTEND; monthly with a DATE UNTIL; kind from CATEGORIES.
		{uid: "6f1c1c2e-8b1a-4c55-9d8e-1f2a3b4c5d6e", title: "Depotinjektion", start: cph(2026, 3, 15, 11, 0), end: cph(2026, 3, 15, 11, 15),
			freq: FreqMonthly, until: cph(2026, 12, 15, 0, 0), kind: KindMedication, participant: []int64{3}},
		// Old Mozilla TZID prefix, right after the October change.
		{uid: "7a2d3e4f-0000-4000-8000-000000000002", title: "Hjemmebesøg (gammel Lightning)", start: cph(2026, 10, 27, 10, 0), end: cph(2026, 10, 27, 11, 0), kind: KindHomeVisit},
		// Floating time is Danish time.
		{uid: "7a2d3e4f-0000-4000-8000-000000000003", title: "Flydende tid", start: cph(2026, 7, 1, 14, 30), end: cph(2026, 7, 1, 15, 0)},
	})
	for _, a := range imp.Appointments {
		if a.CitizenID != 12 || !a.HasParticipant(3) {
			t.Errorf("%s: citizen %d participants %v, want 12 and member 3", a.UID, a.CitizenID, a.Participants)
		}
	}
	wantUnsupported(t, imp, `Task "Ring til bostøtten" (VTODO) was not imported`, `"Depotinjektion": reminders (VALARM)`)
}

func TestDecodeAllDay(t *testing.T) {
	imp := decodeFile(t, "allday.ics", ImportOptions{})
	checkAppts(t, imp, []wantAppt{
		{uid: "allday-dst@example", title: "Sommertid begynder", start: cph(2026, 3, 29, 0, 0), end: cph(2026, 3, 30, 0, 0)},
		{uid: "allday-nodtend@example", title: "Vintertid begynder", start: cph(2026, 10, 25, 0, 0), end: cph(2026, 10, 26, 0, 0)},
		{uid: "allday-3days@example", title: "Kursus i tre dage", start: cph(2026, 7, 6, 0, 0), end: cph(2026, 7, 7, 0, 0)},
		{uid: "allday-weekly@example", title: "Mandagsvagt", start: cph(2026, 1, 5, 0, 0), end: cph(2026, 1, 6, 0, 0), freq: FreqWeekly, until: cph(2026, 1, 19, 0, 0)},
		{uid: "birthday@example", title: "Fødselsdag", start: cph(2026, 5, 12, 0, 0), end: cph(2026, 5, 13, 0, 0)},
	})
	if d := byUID(imp)["allday-dst@example"].Duration(); d != 23*time.Hour {
		t.Errorf("the day summer time begins lasts %v, want 23h", d)
	}
	if d := byUID(imp)["allday-nodtend@example"].Duration(); d != 25*time.Hour {
		t.Errorf("the day summer time ends lasts %v, want 25h", d)
	}
	wantUnsupported(t, imp, `"Kursus i tre dage" lasts 3 days; only its first day was imported.`, `"Fødselsdag" repeats by a rule Tavlen cannot represent (RRULE:FREQ=YEARLY)`)
}

func TestDecodeFolded(t *testing.T) {
	imp := decodeFile(t, "folded.ics", ImportOptions{Lang: "en"})
	checkAppts(t, imp, []wantAppt{{uid: "folded-1@example", title: "Samtale om bolig og økonomi, køkken og hverdagsliv",
		start: cph(2026, 3, 10, 9, 0), end: cph(2026, 3, 10, 10, 0), place: "Borgerservice, 1. sal"}})
	if n := len(imp.Appointments[0].Notes); n < 200 {
		t.Errorf("long DESCRIPTION cut to %d bytes", n)
	}
}

func TestDecodeMalformed(t *testing.T) {
	const head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\n"
	const tail = "END:VEVENT\r\nEND:VCALENDAR\r\n"
	const times = "DTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\n"
	for _, c := range []struct {
		name, text string
		line       int
		msg        string
	}{
		{"empty", "", 0, "empty"},
		{"blank", " \r\n\r\n", 0, "empty"},
		{"not ical", "Hej Åse,\nher er mødet.\n", 1, "without a colon"},
		{"bare event", "BEGIN:VEVENT\r\nEND:VEVENT\r\n", 1, "not a calendar file"},
		{"vcalendar 1.0", "BEGIN:VCALENDAR\r\nVERSION:1.0\r\nEND:VCALENDAR\r\n", 2, "vCalendar 1.0"},
		{"truncated", head + times, 4, "ends inside VEVENT"},
		{"wrong end", head + times + "END:VTODO\r\n", 8, "END:VTODO where END:VEVENT"},
		{"end without begin", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n", 3, "without a BEGIN"},
		{"text after", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:x\r\n", 3, "after END:VCALENDAR"},
		{"no colon after param", head + "DTSTART;TZID=Europe/Copenhagen\r\n" + tail, 6, "no ':'"},
		{"unclosed quote", head + "DTSTART;TZID=\"Europe/Copenhagen:20260310T090000\r\n" + tail, 6, "unclosed quote"},
		{"stray quote", head + "DTSTART;TZID=Eur\"ope:20260310T090000\r\n" + tail, 6, "stray quote"},
		{"bad name", head + "DT START:20260310T090000Z\r\n" + tail, 6, "property name"},
		{"31 February", "", 14, "20260231T090000Z"},
		{"bad hour", head + "DTSTART:20260310T250000Z\r\nDTEND:20260310T100000Z\r\n" + tail, 6, "not a date-time"},
		{"bad duration", head + "DTSTART:20260310T090000Z\r\nDURATION:1H\r\n" + tail, 7, "DURATION"},
		{"bad rrule", head + times + "RRULE:FREQ=WEEKLY;COUNT=x\r\n" + tail, 8, "COUNT"},
		{"rrule without freq", head + times + "RRULE:COUNT=3\r\n" + tail, 8, "FREQ"},
		{"bad until", head + times + "RRULE:FREQ=WEEKLY;UNTIL=2026\r\n" + tail, 8, "UNTIL"},
		{"bad sequence", head + times + "SEQUENCE:two\r\n" + tail, 8, "SEQUENCE"},
		{"bad status", head + times + "STATUS:MAYBE\r\n" + tail, 8, "STATUS"},
		{"latin-1", head + times + "SUMMARY:K\xf8kken\r\n" + tail, 8, "UTF-8"},
		{"nested too deep", strings.Repeat("BEGIN:VCALENDAR\r\n", 1) + strings.Repeat("BEGIN:X\r\n", 10), 9, "nested"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var (
				imp *Import
				err error
			)
			if c.name == "31 February" {
				f, _ := os.Open("testdata/malformed.ics")
				defer f.Close()
				imp, err = Decode(f, ImportOptions{})
			} else {
				imp, err = Decode(strings.NewReader(c.text), ImportOptions{})
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if imp != nil {
				t.Errorf("partial import %+v with the error", imp)
			}
			if pe.Line != c.line || !strings.Contains(pe.Msg, c.msg) {
				t.Errorf("got line %d %q, want line %d and %q", pe.Line, pe.Msg, c.line, c.msg)
			}
		})
	}
}

// Events that are well-formed but not appointments are reported, not
// imported, and do not stop the rest.
func TestDecodeReportsOddEvents(t *testing.T) {
	text := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
		"BEGIN:VEVENT\r\nUID:nostart\r\nSUMMARY:Uden start\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:backwards\r\nSUMMARY:Baglæns\r\nDTSTART:20260310T100000Z\r\nDTEND:20260310T090000Z\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:noend\r\nDTSTART:20260310T100000Z\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:long\r\nSUMMARY:Lang\r\nDTSTART:20260310T100000Z\r\nDURATION:P2DT1H\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:dup\r\nSUMMARY:Gammel\r\nSEQUENCE:1\r\nDTSTART:20260310T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:dup\r\nSUMMARY:Ny\r\nSEQUENCE:2\r\nDTSTART:20260310T110000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:rdate\r\nSUMMARY:Ekstra\r\nDTSTART;TZID=Mars/Olympus:20260310T100000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\nRDATE:20260320T100000Z\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nSUMMARY:Uden UID\r\nDTSTART:20260310T100000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=1\r\nEND:VEVENT\r\n" +
		"BEGIN:VJOURNAL\r\nUID:j\r\nEND:VJOURNAL\r\n" +
		"END:VCALENDAR\r\n"
	imp := decodeString(t, text, ImportOptions{Lang: "en"})
	got := byUID(imp)
	if len(imp.Appointments) != 5 || got["noend"] == nil || got["long"] == nil || got["dup"] == nil || got["rdate"] == nil {
		t.Fatalf("appointments %v", got)
	}
	if got["noend"].Title != "(no title)" || got["noend"].Duration() != 30*time.Minute {
		t.Errorf("untitled without end: %q %v", got["noend"].Title, got["noend"].Duration())
	}
	if got["long"].Duration() != 24*time.Hour {
		t.Errorf("long event lasts %v, want 24h", got["long"].Duration())
	}
	if got["dup"].Title != "Ny" {
		t.Errorf("duplicate UID kept %q, want the newer", got["dup"].Title)
	}
	var noUID *Appointment
	for _, a := range imp.Appointments {
		if strings.HasPrefix(a.UID, "tavlen-import-") {
			noUID = a
		}
	}
	if noUID == nil || noUID.Recurrence.Freq != FreqNone {
		t.Errorf("event without UID: %+v", noUID)
	}
	// The same file gives the same made-up UID, so a re-import updates.
	if again := decodeString(t, text, ImportOptions{}); byUID(again)[noUID.UID] == nil {
		t.Error("made-up UID is not stable")
	}
	wantUnsupported(t, imp,
		`"Uden start" has no start time`,
		`"Baglæns" ends before it starts`,
		`"(no title)" has no end time`,
		`"Lang" lasts more than 24 hours`,
		`"Ny" appears more than once`,
		`"Ekstra" repeats by a rule Tavlen cannot represent (RRULE:FREQ=WEEKLY;BYDAY=MO,WE)`,
		`"Ekstra": extra dates of the series (RDATE)`,
		`The time zone "Mars/Olympus" is unknown`,
		"Journal entry",
	)
}

func TestDecodeUntilBeforeOccurrenceTime(t *testing.T) {
	// UNTIL at 08:00 on a day whose occurrence is at 09:00: that day is out.
	text := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:s\r\n" +
		"DTSTART;TZID=Europe/Copenhagen:20260302T090000\r\nDTEND;TZID=Europe/Copenhagen:20260302T100000\r\n" +
		"RRULE:FREQ=WEEKLY;UNTIL=20260316T070000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	a := decodeString(t, text, ImportOptions{}).Appointments[0]
	if occs := Occurrences(a, cph(2026, 3, 1, 0, 0), cph(2026, 4, 1, 0, 0)); len(occs) != 2 {
		t.Errorf("%d occurrences, want 2 (2 and 9 March); until %v", len(occs), a.Recurrence.Until)
	}
}

func TestDecodeMonthlyCountOn31st(t *testing.T) {
	text := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:s\r\n" +
		"DTSTART;TZID=Europe/Copenhagen:20260131T110000\r\nDURATION:PT15M\r\n" +
		"RRULE:FREQ=MONTHLY;COUNT=4;BYMONTHDAY=31\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	a := decodeString(t, text, ImportOptions{}).Appointments[0]
	// Jan, Mar, May, Jul: RFC 5545 counts only months with a 31st.
	if !a.Recurrence.Until.Equal(cph(2026, 7, 31, 0, 0)) || a.Recurrence.Freq != FreqMonthly {
		t.Errorf("recurrence %+v, want monthly until 31 July", a.Recurrence)
	}
}

package calendar

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func encodeSample(t testing.TB, apps []*Appointment, opt ExportOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, apps, opt); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.String()
}

func decodeString(t testing.TB, s string, opt ImportOptions) *Import {
	t.Helper()
	imp, err := Decode(strings.NewReader(s), opt)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return imp
}

func TestRoundTrip(t *testing.T) {
	want := sampleAppointments()
	imp := decodeString(t, encodeSample(t, want, sampleExportOptions()), sampleImportOptions())
	if len(imp.Unsupported) != 0 {
		t.Errorf("Unsupported = %q, want none", imp.Unsupported)
	}
	if imp.CalName != "Tavlen – team Ørestad" {
		t.Errorf("CalName = %q", imp.CalName)
	}
	if len(imp.Appointments) != len(want) {
		t.Fatalf("got %d appointments, want %d", len(imp.Appointments), len(want))
	}
	for i, w := range want {
		g := imp.Appointments[i]
		t.Run(w.UID, func(t *testing.T) {
			if g.UID != w.UID || g.Title != w.Title || g.Kind != w.Kind || g.Status != w.Status ||
				g.Place != w.Place || g.Notes != w.Notes || g.Sequence != w.Sequence {
				t.Errorf("got %+v\nwant %+v", g, w)
			}
			if !g.Start.Equal(w.Start) || !g.End.Equal(w.End) {
				t.Errorf("time %v–%v, want %v–%v", g.Start, g.End, w.Start, w.End)
			}
			if g.Recurrence.Freq != w.Recurrence.Freq || !g.Recurrence.Until.Equal(w.Recurrence.Until) {
				t.Errorf("recurrence %+v, want %+v", g.Recurrence, w.Recurrence)
			}
			if !slices.Equal(g.Participants, w.Participants) {
				t.Errorf("participants %v, want %v", g.Participants, w.Participants)
			}
			// The same occurrences over the whole year, DST changes included.
			from, to := cph(2026, 1, 1, 0, 0), cph(2027, 1, 1, 0, 0)
			wo, gotOccs := Occurrences(w, from, to), Occurrences(g, from, to)
			if len(wo) != len(gotOccs) {
				t.Fatalf("%d occurrences, want %d", len(gotOccs), len(wo))
			}
			for j := range wo {
				if !wo[j].Start.Equal(gotOccs[j].Start) || !wo[j].End.Equal(gotOccs[j].End) || wo[j].Status != gotOccs[j].Status ||
					!wo[j].Original.Equal(gotOccs[j].Original) || wo[j].Notes != gotOccs[j].Notes {
					t.Errorf("occurrence %d: %+v, want %+v", j, gotOccs[j], wo[j])
				}
			}
			if !sameExceptions(g.Exceptions, w.Exceptions) {
				t.Errorf("exceptions\n%+v\nwant\n%+v", g.Exceptions, w.Exceptions)
			}
		})
	}
}

// vevents splits an export into its unfolded VEVENT blocks.
func vevents(text string) []string {
	text = strings.ReplaceAll(text, "\r\n ", "")
	var out []string
	for _, part := range strings.Split(text, "BEGIN:VEVENT\r\n")[1:] {
		out = append(out, part[:strings.Index(part, "END:VEVENT\r\n")])
	}
	return out
}

func TestEncodeOverrides(t *testing.T) {
	events := vevents(encodeSample(t, sampleAppointments(), sampleExportOptions()))
	byRID := map[string]string{}
	for _, ev := range events {
		if i := strings.Index(ev, "RECURRENCE-ID"); i >= 0 {
			line := ev[i : i+strings.Index(ev[i:], "\r\n")]
			byRID[line] = ev
		}
	}
	if len(byRID) != 6 {
		t.Fatalf("%d overriding VEVENTs, want 6: %v", len(byRID), byRID)
	}
	for _, tc := range []struct {
		rid  string
		want []string
		not  []string
	}{
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20260323T090000", []string{"UID:a1@tavlen\r\n", "SEQUENCE:2\r\n",
			"DTSTART;TZID=Europe/Copenhagen:20260323T090000\r\n", "DTEND;TZID=Europe/Copenhagen:20260323T100000\r\n",
			"STATUS:CANCELLED\r\n", "TRANSP:TRANSPARENT\r\n", "X-TAVLEN-STATUS:cancelled\r\n", "SUMMARY:Hjemmebesøg hos Søren", "DESCRIPTION:Hund i"}, []string{"RRULE", "EXDATE"}},
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20260330T090000", []string{"DTSTART;TZID=Europe/Copenhagen:20260330T090000\r\n",
			"STATUS:CONFIRMED\r\n", "X-TAVLEN-STATUS:held\r\n", "DESCRIPTION:Fik sprøjten\\; god stemning.\r\n"}, []string{"RRULE"}},
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20260406T090000", []string{"DTSTART;TZID=Europe/Copenhagen:20260407T130000\r\n",
			"DTEND;TZID=Europe/Copenhagen:20260407T140000\r\n", "X-TAVLEN-STATUS:planned\r\n"}, []string{"RRULE"}},
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20261027T140000", []string{"UID:a2@tavlen\r\n", "X-TAVLEN-STATUS:no_show\r\n", "STATUS:CONFIRMED"}, nil},
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20261110T140000", []string{"DTSTART;TZID=Europe/Copenhagen:20261023T100000\r\n", "X-TAVLEN-STATUS:held\r\n"}, nil},
		{"RECURRENCE-ID;TZID=Europe/Copenhagen:20260531T110000", []string{"UID:a3@tavlen\r\n", "STATUS:CANCELLED\r\n"}, nil},
	} {
		ev, ok := byRID[tc.rid]
		if !ok {
			t.Errorf("no VEVENT with %s", tc.rid)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(ev, w) {
				t.Errorf("%s lacks %q", tc.rid, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(ev, n) {
				t.Errorf("%s has %q", tc.rid, n)
			}
		}
	}
	// Each override directly follows its series.
	for i, ev := range events {
		if strings.Contains(ev, "RECURRENCE-ID") {
			uid := ev[strings.Index(ev, "UID:"):]
			uid = uid[:strings.Index(uid, "\r\n")]
			if j := i - 1; j < 0 || !strings.Contains(events[j], uid+"\r\n") {
				t.Errorf("override %d of %s does not follow its series", i, uid)
			}
		}
	}
}

func TestRoundTripCitizenView(t *testing.T) {
	opt := sampleExportOptions()
	opt.CitizenView = true
	want := sampleAppointments()
	imp := decodeString(t, encodeSample(t, want, opt), sampleImportOptions())
	if len(imp.Unsupported) != 0 {
		t.Errorf("Unsupported = %q", imp.Unsupported)
	}
	// Moved and cancelled occurrences reach the citizen; our held and
	// no-show and the notes do not.
	var got []string
	for _, a := range imp.Appointments {
		for _, ex := range a.Exceptions {
			got = append(got, a.UID+" "+ex.describe(a.Status))
		}
	}
	wantEx := []string{
		"a1@tavlen cancelled",
		"a1@tavlen , moved to 2026-04-07 13:00–14:00",
		"a2@tavlen , moved to 2026-10-23 10:00–11:00",
		"a3@tavlen cancelled",
	}
	if !slices.Equal(got, wantEx) {
		t.Errorf("exceptions\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantEx, "\n"))
	}
	// Imported over the stored series, the citizen's file keeps the
	// stored held and no-show marks and notes.
	stored := map[string]*Appointment{}
	for _, a := range want {
		stored[a.UID] = a
	}
	create, update := PlanImport(stored, imp.Appointments)
	if len(create) != 0 {
		t.Errorf("create %d", len(create))
	}
	for _, u := range update {
		t.Errorf("%s would be updated: %+v", u.UID, u.Exceptions)
	}
}

func TestRoundTripWinterSeriesInSummer(t *testing.T) {
	a := sampleAppointments()[0]
	a.Recurrence.Until = time.Time{}
	imp := decodeString(t, encodeSample(t, []*Appointment{a}, sampleExportOptions()), sampleImportOptions())
	g := imp.Appointments[0]
	week := Week{2026, 27} // July
	occs := Occurrences(g, week.Start(), week.End())
	if len(occs) != 1 {
		t.Fatalf("%d occurrences in %v, want 1", len(occs), week)
	}
	s := occs[0].Start.In(Copenhagen)
	if _, off := s.Zone(); s.Hour() != 9 || off != 7200 || s.Weekday() != time.Monday {
		t.Errorf("summer occurrence at %v, want Monday 09:00 +02:00", s)
	}
	if d := occs[0].End.Sub(occs[0].Start); d != time.Hour {
		t.Errorf("lasts %v, want 1h", d)
	}
}

func TestEncodeContent(t *testing.T) {
	text := encodeSample(t, sampleAppointments(), sampleExportOptions())
	unfolded := strings.ReplaceAll(text, "\r\n ", "")
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\n",
		"VERSION:2.0\r\n",
		"PRODID:-//Tavlen//Test//DA\r\n",
		"BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n",
		"BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZNAME:CEST\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n",
		"BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZNAME:CET\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n",
		"DTSTART;TZID=Europe/Copenhagen:20260316T090000\r\n",
		"DTEND;TZID=Europe/Copenhagen:20260316T100000\r\n",
		"DTSTAMP:20260301T083000Z\r\n",
		"UID:a1@tavlen\r\n",
		"SEQUENCE:2\r\n",
		// 13 April, 23:59:59 summer time, in UTC.
		"RRULE:FREQ=WEEKLY;UNTIL=20260413T215959Z\r\n",
		"RRULE:FREQ=WEEKLY;INTERVAL=2\r\n",
		// 31 August, 23:59:59 summer time.
		"RRULE:FREQ=MONTHLY;UNTIL=20260831T215959Z\r\n",
		"STATUS:CANCELLED\r\n",
		"SUMMARY:Hjemmebesøg hos Søren\\; kaffe\\, kage\r\n",
		"LOCATION:Østergade 5\\, 2. th.\\, 2300 København S\r\n",
		"DESCRIPTION:Hund i lejligheden – gå to sammen.\\nRing på hos naboen (Ærø) hvis ingen åbner\\; \\\\ husk nøgle\\, kode 1234.\r\n",
		"ATTENDEE;CN=Søren Ærøskøbing;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:soren@example.dk\r\n",
		"ATTENDEE;CN=\"Hansen, Anne 'Annie'\";",
		"CATEGORIES:Hjemmebesøg\r\n",
		"X-TAVLEN-KIND:home_visit\r\n",
		"X-TAVLEN-STATUS:no_show\r\n",
		"CLASS:PRIVATE\r\n",
		"END:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("export lacks %q", want)
		}
	}
	if n := strings.Count(text, "BEGIN:VEVENT"); n != 12 {
		t.Errorf("%d VEVENTs, want 12 (6 series, 6 changed occurrences)", n)
	}
	// A member without email gets a URI that is not a mail address.
	if !strings.Contains(unfolded, "CN=Åse Østergård;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:urn:uuid:") {
		t.Errorf("member without email should have a urn:uuid address")
	}
}

func TestEncodeFoldsAt75Octets(t *testing.T) {
	text := encodeSample(t, sampleAppointments(), sampleExportOptions())
	if !strings.HasSuffix(text, "\r\n") || strings.Contains(strings.ReplaceAll(text, "\r\n", ""), "\n") {
		t.Fatal("lines must end in CRLF")
	}
	folded := 0
	for _, l := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("fold split a UTF-8 character: %q", l)
		}
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	if folded < 5 {
		t.Errorf("only %d continuation lines; the long texts should fold", folded)
	}
}

func TestEncodeCitizenView(t *testing.T) {
	opt := sampleExportOptions()
	opt.CitizenView = true
	text := strings.ReplaceAll(encodeSample(t, sampleAppointments(), opt), "\r\n ", "")
	for _, bad := range []string{"DESCRIPTION", "Hund i lejligheden", "Æbleskiver", "X-TAVLEN-STATUS", "no_show", "CLASS:"} {
		if strings.Contains(text, bad) {
			t.Errorf("citizen's file holds %q", bad)
		}
	}
	for _, want := range []string{"SUMMARY:Hjemmebesøg", "STATUS:CANCELLED", "CN=Søren Ærøskøbing", "X-TAVLEN-KIND:home_visit"} {
		if !strings.Contains(text, want) {
			t.Errorf("citizen's file lacks %q", want)
		}
	}
}

func TestEncodeEnglishLabelsAndCleanText(t *testing.T) {
	opt := sampleExportOptions()
	opt.Lang = "en"
	a := &Appointment{UID: "x", Title: "Line one\r\nline two\x00\x07", Kind: KindPhone,
		Start: cph(2026, 5, 5, 10, 0), End: cph(2026, 5, 5, 10, 30), Notes: "a\rb", Place: "bad \xff utf8"}
	text := encodeSample(t, []*Appointment{a}, opt)
	for _, want := range []string{"CATEGORIES:Phone call\r\n", "SUMMARY:Line one\\nline two\r\n", "DESCRIPTION:a\\nb\r\n", "LOCATION:bad \uFFFD utf8\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %q", want)
		}
	}
	if _, err := Decode(strings.NewReader(text), ImportOptions{}); err != nil {
		t.Errorf("own export does not decode: %v", err)
	}
}

func TestEncodeRefusesBrokenAppointment(t *testing.T) {
	for _, a := range []*Appointment{
		{Title: "no uid, no id", Start: cph(2026, 1, 1, 9, 0), End: cph(2026, 1, 1, 10, 0)},
		{UID: "x", Title: "backwards", Start: cph(2026, 1, 1, 10, 0), End: cph(2026, 1, 1, 9, 0)},
	} {
		if err := Encode(&bytes.Buffer{}, []*Appointment{a}, ExportOptions{}); err == nil {
			t.Errorf("%s: no error", a.Title)
		}
	}
	// An ID without UID gets a stable UID from the ID.
	a := &Appointment{ID: 42, Title: "t", Start: cph(2026, 1, 1, 9, 0), End: cph(2026, 1, 1, 10, 0)}
	if text := encodeSample(t, []*Appointment{a}, ExportOptions{}); !strings.Contains(text, "UID:tavlen-appointment-42\r\n") {
		t.Errorf("no UID from ID in %s", text)
	}
}

func TestEncodeEmpty(t *testing.T) {
	text := encodeSample(t, nil, ExportOptions{})
	imp := decodeString(t, text, ImportOptions{})
	if len(imp.Appointments) != 0 || !strings.Contains(text, "PRODID:-//Tavlen//Tavlen//DA") {
		t.Errorf("empty export: %s", text)
	}
}

// The VTIMEZONE we write must agree with Go's tz database for Copenhagen.
func TestVTimezoneMatchesTZDatabase(t *testing.T) {
	for year := 1997; year <= 2037; year++ {
		lastSunday := func(m time.Month) int {
			d := time.Date(year, m+1, 0, 12, 0, 0, 0, time.UTC)
			return d.Day() - int(d.Weekday())
		}
		// DAYLIGHT: 02:00 local (+01:00) = 01:00 UTC; STANDARD: 03:00 local (+02:00) = 01:00 UTC.
		spring := time.Date(year, 3, lastSunday(3), 1, 0, 0, 0, time.UTC)
		autumn := time.Date(year, 10, lastSunday(10), 1, 0, 0, 0, time.UTC)
		for _, c := range []struct {
			at   time.Time
			want int
		}{
			{spring.Add(-time.Second), 3600}, {spring, 7200},
			{autumn.Add(-time.Second), 7200}, {autumn, 3600},
		} {
			if _, off := c.at.In(Copenhagen).Zone(); off != c.want {
				t.Errorf("%v: offset %d, VTIMEZONE says %d", c.at, off, c.want)
			}
		}
	}
}

func TestParseErrorIsTyped(t *testing.T) {
	_, err := Decode(strings.NewReader("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;TZID=x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), ImportOptions{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 4 {
		t.Fatalf("err = %v, want *ParseError on line 4", err)
	}
	if !strings.Contains(pe.Error(), "line 4") {
		t.Errorf("message %q lacks the line", pe.Error())
	}
}

func TestRoundTripWholeDay(t *testing.T) {
	apps := []*Appointment{
		{UID: "d1", Title: "Kursusdag", Start: cph(2026, 10, 25, 0, 0), End: cph(2026, 10, 26, 0, 0)}, // 25 hours
		{UID: "d2", Title: "Vagt", Start: cph(2026, 3, 2, 0, 0), End: cph(2026, 3, 3, 0, 0),
			Recurrence: Recurrence{Freq: FreqWeekly, Until: cph(2026, 3, 30, 0, 0)}},
	}
	text := encodeSample(t, apps, ExportOptions{})
	for _, want := range []string{"DTSTART;VALUE=DATE:20261025\r\n", "DTEND;VALUE=DATE:20261026\r\n", "RRULE:FREQ=WEEKLY;UNTIL=20260330\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %q", want)
		}
	}
	imp := decodeString(t, text, ImportOptions{})
	for i, a := range imp.Appointments {
		w := apps[i]
		if !a.Start.Equal(w.Start) || !a.End.Equal(w.End) || a.Recurrence.Freq != w.Recurrence.Freq || !a.Recurrence.Until.Equal(w.Recurrence.Until) {
			t.Errorf("%s: %v–%v %+v, want %v–%v %+v", w.UID, a.Start, a.End, a.Recurrence, w.Start, w.End, w.Recurrence)
		}
	}
	if len(imp.Unsupported) != 0 {
		t.Errorf("Unsupported %q", imp.Unsupported)
	}
}

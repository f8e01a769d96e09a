package calendar

import (
	"bytes"
	"strings"
	"testing"
)

// TestImportDSTGapSaysWhy: 02:30 on the night summer time starts does not
// exist in Denmark. An event there is not "ending before it starts": the
// note says the real reason, and one that still fits is imported at the
// clock's new time, with a word of it.
func TestImportDSTGapSaysWhy(t *testing.T) {
	imp := decodeString(t, oneEventFile("UID:gap1", "DTSTART;TZID=Europe/Copenhagen:20260329T023000",
		"DTEND;TZID=Europe/Copenhagen:20260329T030000", "SUMMARY:Natlig opringning"), ImportOptions{})
	if len(imp.Appointments) != 0 {
		t.Fatalf("imported %v", imp.Appointments[0].Start)
	}
	for _, l := range imp.Unsupported {
		if strings.Contains(l, "ends before it starts") {
			t.Errorf("wrong reason: %s", l)
		}
	}
	wantUnsupported(t, imp, "02:30 on 2026-03-29", "does not exist in its time zone")

	imp = decodeString(t, oneEventFile("UID:gap2", "DTSTART;TZID=Europe/Copenhagen:20260329T023000",
		"DTEND;TZID=Europe/Copenhagen:20260329T043000", "SUMMARY:Natlig opringning"), ImportOptions{})
	if len(imp.Appointments) != 1 || !imp.Appointments[0].Start.Equal(cph(2026, 3, 29, 3, 30)) {
		t.Fatalf("want the event at 03:30: %+v", imp.Appointments)
	}
	wantUnsupported(t, imp, "does not exist in its time zone", "imported at 03:30")
}

// TestImportBeyondYear9999: 9999-12-31 23:30 UTC is already the year
// 10000 in Copenhagen, which no calendar file can hold. The import leaves
// it out with the reason, and what is imported can be exported again.
func TestImportBeyondYear9999(t *testing.T) {
	file := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
		"BEGIN:VEVENT", "UID:far1", "DTSTART:99991231T233000Z", "DTEND:99991231T234500Z", "SUMMARY:Langt ude", "END:VEVENT",
		"BEGIN:VEVENT", "UID:far2", "DTSTART:99991231T100000Z", "DTEND:99991231T110000Z", "SUMMARY:Sidste dag", "RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z", "END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	imp := decodeString(t, file, ImportOptions{})
	wantUnsupported(t, imp, "after the year 9999")
	for _, a := range imp.Appointments {
		if a.UID == "far1" || a.End.In(Copenhagen).Year() > 9999 || a.Recurrence.Until.In(Copenhagen).Year() > 9999 {
			t.Errorf("%s imported at %v until %v", a.UID, a.Start.In(Copenhagen), a.Recurrence.Until)
		}
	}
	var buf bytes.Buffer
	if err := Encode(&buf, imp.Appointments, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if again := decodeString(t, buf.String(), ImportOptions{}); len(again.Appointments) != len(imp.Appointments) {
		t.Errorf("export of the import reads back %d of %d", len(again.Appointments), len(imp.Appointments))
	}
}

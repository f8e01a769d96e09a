package calendar

import (
	"strings"
	"testing"

	"tavlen/board"
)

// oneEventFile is a calendar file with one event made of the given lines.
func oneEventFile(lines ...string) string {
	return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n" + strings.Join(lines, "\r\n") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
}

// TestImportKeepsCPRNumbersOut: a UID shaped like a CPR number is replaced
// (the same way on every import, so a re-import still finds it), and an
// event whose text holds one is left out, with a note that does not repeat
// the number.
func TestImportKeepsCPRNumbersOut(t *testing.T) {
	file := oneEventFile("UID:010190-1234", "DTSTAMP:20261101T090000Z", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", "SUMMARY:Samtale")
	imp := decodeString(t, file, ImportOptions{})
	if len(imp.Appointments) != 1 {
		t.Fatalf("%d appointments, want 1 (%q)", len(imp.Appointments), imp.Unsupported)
	}
	uid := imp.Appointments[0].UID
	if board.ContainsCPR(uid) {
		t.Errorf("the UID %q was imported", uid)
	}
	if again := decodeString(t, file, ImportOptions{}); again.Appointments[0].UID != uid {
		t.Errorf("a re-import gives the UID %q, then %q", uid, again.Appointments[0].UID)
	}
	if out := encodeSample(t, imp.Appointments, ExportOptions{}); board.ContainsCPR(out) {
		t.Errorf("the export holds a CPR number:\n%s", out)
	}
	wantUnsupported(t, imp, "looked like a CPR number")

	for _, line := range []string{"SUMMARY:Samtale 010190 1234", "LOCATION:Hos 01.01.90-1234", "DESCRIPTION:tlf 12345678 0101901234"} {
		imp := decodeString(t, oneEventFile("UID:u1", "DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", line), ImportOptions{})
		if len(imp.Appointments) != 0 {
			t.Errorf("%s: imported", line)
		}
		wantUnsupported(t, imp, "holds a CPR number")
		if board.ContainsCPR(imp.Unsupported...) {
			t.Errorf("%s: the note repeats the number: %q", line, imp.Unsupported)
		}
	}
}

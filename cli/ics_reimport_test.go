package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// outlookFile is an Outlook export of one plain appointment: SEQUENCE
// stays 0 however often it is changed; LAST-MODIFIED moves.
func outlookFile(t *testing.T, title, start string, modified time.Time) string {
	t.Helper()
	text := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
		"BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E008000000001", "SEQUENCE:0",
		"DTSTAMP:" + modified.UTC().Format("20060102T150405Z"), "LAST-MODIFIED:" + modified.UTC().Format("20060102T150405Z"),
		"DTSTART;TZID=Europe/Copenhagen:" + start, "DTEND;TZID=Europe/Copenhagen:" + strings.Replace(start, "T1", "T2", 1),
		"SUMMARY:" + title, "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	path := filepath.Join(t.TempDir(), "outlook.ics")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runAt runs the command line with the clock at now.
func runAt(t *testing.T, now time.Time, args ...string) (stdout string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	res := Run(args, &Env{Stdout: &out, Stderr: &errb, Now: func() time.Time { return now }})
	return out.String() + errb.String(), res.Code
}

// TestReimportOfOutlookChanges imports the same Outlook appointment again
// after each change made in Outlook: every change arrives, though
// Outlook's SEQUENCE stays 0 while Tavlen's moves on with each save.
func TestReimportOfOutlookChanges(t *testing.T) {
	path := demoFile(t)
	day := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	first := outlookFile(t, "Samtale", "20261201T100000", day(20, 8))
	moved := outlookFile(t, "Samtale", "20261201T110000", day(25, 8))
	cancelled := outlookFile(t, "AFLYST: Samtale", "20261201T130000", day(26, 8))
	for _, s := range []struct {
		at         time.Time
		file, want string
	}{
		{day(24, 10), first, "1 added, 0 updated"},
		{day(25, 9), moved, "updated\t2026-12-01 11:00\tSamtale\n0 added, 1 updated"},
		{day(26, 9), cancelled, "updated\t2026-12-01 13:00\tAFLYST: Samtale\n0 added, 1 updated"},
		{day(26, 10), cancelled, "0 added, 0 updated, 1 unchanged"},
		// Outlook's version from the 25th is older than Tavlen's save on
		// the 26th: kept out, and said so.
		{day(27, 9), moved, "kept\t2026-12-01 13:00\tAFLYST: Samtale"},
	} {
		if out, code := runAt(t, s.at, "import-ics", path, s.file, "--member", "ML"); code != 0 || !strings.Contains(out, s.want) {
			t.Fatalf("import on %s: %d %q, want %q", s.at.Format("Jan 2"), code, out, s.want)
		}
	}
	if out, code := runAt(t, day(27, 10), "import-ics", path, moved, "--member", "ML", "--take-file"); code != 0 || !strings.Contains(out, "0 added, 1 updated") {
		t.Errorf("the older version, taken on purpose: %d %q", code, out)
	}
}

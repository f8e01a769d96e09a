package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

// hostile holds what a terminal obeys rather than shows: clear screen,
// set the window title, ring the bell, a C1 CSI, and a right-to-left
// override that turns the rest of the line around.
const hostile = "Åse\x1b[2J\x1b]0;pwned\x07 \u009b31m\u202eøgoD\u2066x\u2069\x7f"

func wantNoControls(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e' || r == '\u2066' || r == '\u2069') {
			t.Errorf("%s prints %U raw: %q", what, r, out)
			return
		}
	}
}

func TestListingsPrintNoTerminalControls(t *testing.T) {
	path := demoFile(t)
	db, err := sqlite.Open(path, sqlite.Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := db.CreateCitizen(ctx, &board.Citizen{Name: hostile}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out, _, code := run(t, "citizens", path)
	if code != 0 || !strings.Contains(out, "Åse") {
		t.Fatalf("citizens: %d %q", code, out)
	}
	wantNoControls(t, "citizens", out)

	ics := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VEVENT", "UID:hostile-1",
		"DTSTART:20261201T090000Z", "DTEND:20261201T100000Z", "SUMMARY:" + hostile, "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	file := filepath.Join(t.TempDir(), "hostile.ics")
	if err := os.WriteFile(file, []byte(ics), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, _ := run(t, "import-ics", path, file, "--member", "ML")
	wantNoControls(t, "import-ics", out+errs)
}

func TestOneLine(t *testing.T) {
	if got, want := oneLine("a\tb\r\nc\u2028d\x1b[0m\u202ee\xff"), "a b  c d\ufffd[0m\ufffde\ufffd"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
	if got := oneLine("Åse Ørum – 🎂 عربى"); got != "Åse Ørum – 🎂 عربى" {
		t.Errorf("ordinary text changed: %q", got)
	}
}

package meeting

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
)

// The minutes on screen and on paper carry one title, from one key: the
// tester saw "Referat af tavlemødet" on screen and "Referat af teammøde"
// in the PDF.
func TestMinutesTitleIsTheSameOnScreenAndPaper(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext missing")
	}
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	ms, err := db.FindMeetings(t.Context(), board.MeetingFilter{Limit: 1})
	if err != nil || len(ms) == 0 {
		t.Fatalf("demo has no meeting: %v", err)
	}
	m := ms[0]
	members, cs, err := minutesNames(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	screen := buildMinutes(m, members, nameFunc(cs)).Title
	title, ok := strings.CutSuffix(screen, " "+fmtLongDate(m.Date))
	if !ok || title != "Referat af tavlemødet" {
		t.Fatalf("screen title %q", screen)
	}
	var buf bytes.Buffer
	if err := WriteMinutes(t.Context(), db, m, "FACT", "da", &buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "minutes.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if paper := string(out); !strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(paper, "FACT")), title) {
		t.Errorf("the PDF's title is not the screen's %q:\n%.200s", title, paper)
	}
}

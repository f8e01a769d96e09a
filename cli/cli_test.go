package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	res := Run(args, &Env{Stdout: &out, Stderr: &errb, Now: fixedNow})
	if res.OpenApp {
		t.Fatalf("%v asked to open the app", args)
	}
	return out.String(), errb.String(), res.Code
}

// demoFile makes one demo file per test binary run and copies it per test.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "team.tavle")
	if _, errs, code := run(t, "demo", path); code != 0 {
		t.Fatalf("demo: %d %s", code, errs)
	}
	return path
}

func TestDemoAndListings(t *testing.T) {
	path := demoFile(t)

	out, _, code := run(t, "citizens", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 40 {
		t.Fatalf("citizens: code %d, %d lines", code, len(lines))
	}
	statuses := map[string]int{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			t.Fatalf("bad line %q", l)
		}
		statuses[f[2]]++
	}
	for _, s := range []string{"referred", "intake", "active", "paused", "closed"} {
		if statuses[s] == 0 {
			t.Errorf("no citizen with status %s: %v", s, statuses)
		}
	}
	if !strings.ContainsAny(out, "æøåÆØÅ") {
		t.Error("no Danish letters in the demo names")
	}

	out, _, code = run(t, "members", path)
	members := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(members) < 8 || len(members) > 10 {
		t.Fatalf("members: code %d, %d lines", code, len(members))
	}
	sectors := map[string]bool{}
	for _, l := range members {
		f := strings.Split(l, "\t")
		sectors[f[2]] = true
	}
	for _, s := range []string{"region", "kommune", "almen_praksis"} {
		if !sectors[s] {
			t.Errorf("no member in sector %s", s)
		}
	}
	if !strings.Contains(out, "SØ\tSøren Østergaard\tregion") {
		t.Errorf("members output lacks SØ:\n%s", out)
	}

	out, _, code = run(t, "meetings", path)
	if code != 0 || len(strings.Split(strings.TrimSpace(out), "\n")) != 3 {
		t.Errorf("meetings: code %d\n%s", code, out)
	}

	out, _, code = run(t, "check", path)
	if code != 0 || !strings.Contains(out, "integrity: ok") || !strings.Contains(out, "schema version:") {
		t.Errorf("check: code %d\n%s", code, out)
	}

	out, _, code = run(t, "backup", path)
	backup := strings.TrimSpace(out)
	if code != 0 {
		t.Fatalf("backup: code %d", code)
	}
	if _, err := os.Stat(backup); err != nil {
		t.Errorf("backup path %q: %v", backup, err)
	}
	if filepath.Dir(filepath.Dir(backup)) != filepath.Dir(path) {
		t.Errorf("backup %q is not in a folder beside %q", backup, path)
	}
}

func TestDemoRefusesExistingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "exists.tavle")
	os.WriteFile(path, []byte("keep me"), 0o644)
	_, errs, code := run(t, "demo", path)
	if code == 0 {
		t.Fatal("demo overwrote an existing file")
	}
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Error("existing file changed")
	}
	if strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.HasPrefix(errs, "tavle: ") {
		t.Errorf("want one sentence on stderr, got %q", errs)
	}
}

func TestErrorsAreOneSentence(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "notes.txt")
	os.WriteFile(foreign, []byte(strings.Repeat("not a team file\n", 100)), 0o644)
	for _, args := range [][]string{
		{"citizens", foreign},
		{"check", filepath.Join(dir, "missing.tavle")},
	} {
		out, errs, code := run(t, args...)
		if code == 0 || out != "" {
			t.Errorf("%v: code %d, stdout %q", args, code, out)
		}
		if !strings.HasPrefix(errs, "tavle: ") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: stderr %q", args, errs)
		}
	}
	if _, errs, code := run(t, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	if _, errs, code := run(t, "citizens"); code != 2 || !strings.HasPrefix(errs, "usage: tavle citizens") {
		t.Errorf("usage: %d %q", code, errs)
	}
}

func TestOpenAndVersion(t *testing.T) {
	res := Run([]string{"open", "/x/team.tavle"}, &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if !res.OpenApp || res.Path != "/x/team.tavle" {
		t.Errorf("open: %+v", res)
	}
	if res := Run(nil, &Env{}); !res.OpenApp || res.Path != "" {
		t.Errorf("no args: %+v", res)
	}
	if out, _, code := run(t, "version"); code != 0 || out != "tavle "+Version+"\n" {
		t.Errorf("version: %q", out)
	}
}

func TestPrintCommands(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext missing (poppler-utils)")
		}
		t.Skip("pdftotext missing")
	}
	path := demoFile(t)
	dir := t.TempDir()
	text := func(pdf string) string {
		out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		return string(out)
	}
	plan := filepath.Join(dir, "plan.pdf")
	if _, errs, code := run(t, "print", "plan", path, "--citizen", "1", "-o", plan); code != 0 {
		t.Fatalf("print plan: %s", errs)
	}
	if s := text(plan); !strings.Contains(s, "Min plan") || !strings.Contains(s, "Jens Sørensen") || strings.Contains(s, "Intern") {
		t.Errorf("plan text:\n%s", s)
	}
	posterPath := filepath.Join(dir, "board.pdf")
	if _, errs, code := run(t, "print", "board", path, "--week", "2026-W48", "-o", posterPath); code != 0 {
		t.Fatalf("print board: %s", errs)
	}
	if s := text(posterPath); !strings.Contains(s, "Uge 48") {
		t.Errorf("board text lacks the week:\n%.400s", s)
	}
	if n := countPrintLogs(t, path); n < 30 {
		t.Errorf("board poster logged %d citizen prints, want one per citizen on the board", n)
	}
	out, _, _ := run(t, "meetings", path)
	id := strings.Split(strings.Split(out, "\n")[0], "\t")[0]
	minutes := filepath.Join(dir, "minutes.pdf")
	if _, errs, code := run(t, "print", "minutes", path, "--meeting", id, "-o", minutes); code != 0 {
		t.Fatalf("print minutes: %s", errs)
	}
	if s := text(minutes); !strings.Contains(s, "Referat") {
		t.Errorf("minutes text:\n%.400s", s)
	}
	if _, errs, code := run(t, "print", "board", path, "--week", "2026-W60", "-o", posterPath); code == 0 || !strings.Contains(errs, "W60") {
		t.Errorf("bad week: %d %q", code, errs)
	}
}

func countAppointments(t *testing.T, path string) string {
	t.Helper()
	out, _, _ := run(t, "check", path)
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "appointments:") {
			return l
		}
	}
	t.Fatalf("no appointment count in %q", out)
	return ""
}

func TestExportImportICS(t *testing.T) {
	path := demoFile(t)
	dir := t.TempDir()
	teamICS := filepath.Join(dir, "team.ics")
	if out, errs, code := run(t, "export-ics", path, "--team", "--from", "2026-11-01", "--to", "2026-12-31", "-o", teamICS); code != 0 {
		t.Fatalf("export team: %s %s", out, errs)
	}
	b, _ := os.ReadFile(teamICS)
	s := string(b)
	if n := strings.Count(s, "BEGIN:VEVENT"); n < 50 {
		t.Errorf("team export has %d events", n)
	}
	for _, want := range []string{"BEGIN:VTIMEZONE", "TZID=Europe/Copenhagen", "RRULE:FREQ=WEEKLY", "STATUS:CANCELLED", "Tavlemøde"} {
		if !strings.Contains(s, want) {
			t.Errorf("team export lacks %q", want)
		}
	}

	citizenICS := filepath.Join(dir, "citizen.ics")
	if _, errs, code := run(t, "export-ics", path, "--citizen", "1", "--from", "2026-11-01", "-o", citizenICS); code != 0 {
		t.Fatalf("export citizen: %s", errs)
	}
	b, _ = os.ReadFile(citizenICS)
	if strings.Contains(string(b), "Intern") || strings.Contains(string(b), "Tavlemøde") {
		t.Error("citizen's file holds internal notes or team events")
	}

	// Re-importing our own export changes nothing: stable UIDs.
	before := countAppointments(t, path)
	out, errs, code := run(t, "import-ics", path, teamICS, "--member", "ML")
	if code != 0 || !strings.Contains(out, "0 added") {
		t.Fatalf("re-import: %d %s %s", code, out, errs)
	}
	if after := countAppointments(t, path); after != before {
		t.Errorf("re-import changed the count: %s → %s", before, after)
	}

	// An Outlook file adds, and a second import of it adds nothing more.
	outlook := filepath.Join("..", "calendar", "testdata", "outlook.ics")
	out, errs, code = run(t, "import-ics", path, outlook, "--citizen", "2", "--member", "ak")
	if code != 0 || !strings.Contains(out, "added\t") {
		t.Fatalf("outlook import: %d %s %s", code, out, errs)
	}
	out, _, _ = run(t, "import-ics", path, outlook, "--citizen", "2", "--member", "AK")
	if !strings.Contains(out, "0 added, 0 updated") {
		t.Errorf("second import: %s", out)
	}

	// A malformed file changes nothing and says so in one sentence.
	before = countAppointments(t, path)
	malformed := filepath.Join("..", "calendar", "testdata", "malformed.ics")
	_, errs, code = run(t, "import-ics", path, malformed, "--member", "ML")
	if code == 0 || !strings.Contains(errs, "nothing was imported") {
		t.Errorf("malformed: %d %q", code, errs)
	}
	if after := countAppointments(t, path); after != before {
		t.Errorf("malformed import changed the count: %s → %s", before, after)
	}
	if _, errs, code := run(t, "export-ics", path, "--member", "ZZ", "-o", teamICS); code == 0 || !strings.Contains(errs, "ZZ") {
		t.Errorf("unknown member: %d %q", code, errs)
	}
}

// countPrintLogs counts the print rows in the file's history.
func countPrintLogs(t *testing.T, path string) int {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.FindAudit(context.Background(), board.AuditFilter{Action: board.AuditPrint})
	if err != nil {
		t.Fatal(err)
	}
	return len(rows)
}

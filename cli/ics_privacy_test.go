package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportICSPrivateByDefault: team and member files carry the demo's
// internal notes ("Intern: husk at spørge til søvn.") only when asked.
func TestExportICSPrivateByDefault(t *testing.T) {
	path := demoFile(t)
	dir := t.TempDir()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(string(b), "\r\n ", "")
	}
	for _, scope := range [][]string{{"--team"}, {"--member", "ML"}} {
		args := append([]string{"export-ics", path, "--from", "2026-11-01", "--to", "2026-12-31", "-o", filepath.Join(dir, "plain.ics")}, scope...)
		out, errs, code := run(t, args...)
		if code != 0 {
			t.Fatalf("%v: %s %s", scope, out, errs)
		}
		if s := read("plain.ics"); strings.Contains(s, "Intern") || strings.Contains(s, "DESCRIPTION") || strings.Contains(s, "X-TAVLEN-CITIZEN") {
			t.Errorf("%v: the file holds notes or citizens nobody asked for", scope)
		}
		if !strings.Contains(out, "leaves Tavlen") {
			t.Errorf("%v: no word of where the file goes: %q", scope, out)
		}
		args = append(args, "--with-notes", "--with-initials")
		args[len(args)-3-len(scope)] = filepath.Join(dir, "full.ics")
		if out, errs, code := run(t, args...); code != 0 || !strings.Contains(out, "internal notes and citizens' initials") {
			t.Fatalf("%v with notes: %d %s %s", scope, code, out, errs)
		}
		if s := read("full.ics"); !strings.Contains(s, "Intern: husk at spørge til søvn.") || !strings.Contains(s, "X-TAVLEN-CITIZEN:") {
			t.Errorf("%v: the chosen notes and initials are not in the file", scope)
		}
	}
	if _, _, code := run(t, "export-ics", path, "--citizen", "1", "--with-notes", "-o", filepath.Join(dir, "c.ics")); code == 0 {
		t.Error("a citizen's file was made with internal notes")
	}
}

package cli

import (
	"strconv"
	"strings"
	"testing"
)

// TestAttentionRanksTheCaseload: one line per citizen not closed, highest
// need first, with the reasons in Danish; the demo's WHO-5s show.
func TestAttentionRanksTheCaseload(t *testing.T) {
	path := demoFile(t)
	out, errs, code := run(t, "attention", path)
	if code != 0 {
		t.Fatalf("attention: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 38 { // the demo's 40 citizens less the 2 closed
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	prev := 1 << 30
	for _, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("not ID, name, score, reasons: %q", line)
		}
		score, err := strconv.Atoi(f[2])
		if _, idErr := strconv.Atoi(f[0]); err != nil || idErr != nil || score > prev {
			t.Fatalf("bad or unordered line %q", line)
		}
		prev = score
	}
	for _, want := range []string{"WHO-5 er 36", "WHO-5 faldet 24 point (fra 60 til 36)", "dage på tavlen", "samtykke trukket tilbage"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if !strings.Contains(lines[len(lines)-1], "intet at bemærke") {
		t.Errorf("last line: %q", lines[len(lines)-1])
	}

	mine, _, code := run(t, "attention", path, "--member", "ml")
	if code != 0 || len(strings.Split(strings.TrimSpace(mine), "\n")) >= len(lines) {
		t.Errorf("--member ml: %d\n%s", code, mine)
	}
	for _, bad := range [][]string{{"attention"}, {"attention", path, "--sector", "hospital"}, {"attention", path, "extra"},
		{"attention", path, "--no-contact-days", "0"}} {
		if _, _, code := run(t, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if _, errs, code := run(t, "attention", path, "--member", "ZZZ"); code != 1 || !strings.Contains(errs, "ZZZ") {
		t.Errorf("unknown member: %d %s", code, errs)
	}
}

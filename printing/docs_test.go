package printing

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestUpdateDocs regenerates the pictures of the three documents in docs/
// (first page each): go test ./printing -run TestUpdateDocs -update-docs
// (the package before the flags), or go generate ./printing.
func TestUpdateDocs(t *testing.T) {
	if !*updateDocs {
		t.Skip("run with -update-docs to regenerate docs/print-*.png")
	}
	docs := []struct {
		name string
		pdf  []byte
		dpi  string
		page string // the page shown; "" for the first
	}{
		{"print-plan", renderPlan(t, testPlanInput()), "72", ""},
		{"print-plan-wellbeing", renderPlan(t, testPlanWithWellbeing()), "72", wellbeingPage(t, renderPlan(t, testPlanWithWellbeing()))},
		{"print-board", renderBoard(t, testBoardInput(60)), "60", ""},
		{"print-minutes", renderMinutes(t, testMinutesInput()), "72", ""},
		{"print-teamstatus", renderTeamStatus(t, testTeamStatusInput()), "72", ""},
	}
	for _, d := range docs {
		out := filepath.Join("..", "docs", d.name)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		page := d.page
		if page == "" {
			page = "1"
		}
		run(t, "pdftoppm", "-png", "-r", d.dpi, "-f", page, "-l", page, "-singlefile", writePDF(t, d.pdf), out)
		info, err := os.Stat(out + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if info.Size() > 300<<10 {
			t.Errorf("%s.png is %d KB; keep it under 300 KB", d.name, info.Size()>>10)
		}
		t.Logf("wrote %s.png (%d KB)", strings.TrimPrefix(out, "../"), info.Size()>>10)
	}
}

// wellbeingPage is the number of the plan's page with "Sådan har du haft
// det" on it.
func wellbeingPage(t *testing.T, pdf []byte) string {
	t.Helper()
	path := writePDF(t, pdf)
	for p := 1; p <= pdfPages(t, path); p++ {
		n := strconv.Itoa(p)
		if strings.Contains(run(t, "pdftotext", "-f", n, "-l", n, path, "-"), "Sådan har du haft det") {
			return n
		}
	}
	t.Fatal("no page says Sådan har du haft det")
	return ""
}

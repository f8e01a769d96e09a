package printing

import (
	"os"
	"path/filepath"
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
	}{
		{"print-plan", renderPlan(t, testPlanInput()), "72"},
		{"print-board", renderBoard(t, testBoardInput(60)), "60"},
		{"print-minutes", renderMinutes(t, testMinutesInput()), "72"},
	}
	for _, d := range docs {
		out := filepath.Join("..", "docs", d.name)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		run(t, "pdftoppm", "-png", "-r", d.dpi, "-f", "1", "-l", "1", "-singlefile", writePDF(t, d.pdf), out)
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

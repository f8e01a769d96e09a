package cli

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

// The plan printed from the command line goes through printing.GatherPlan,
// as the app's "Udskriv plan" does: a citizen with WHO-5 scores gets
// "Sådan har du haft det" with the scores as text.
func TestPrintPlanShowsTheCitizensWellbeing(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext missing")
	}
	path := demoFile(t)
	id, score := citizenWithWellbeing(t, path)
	plan := filepath.Join(t.TempDir(), "plan.pdf")
	if _, errs, code := run(t, "print", "plan", path, "--citizen", id, "-o", plan); code != 0 {
		t.Fatalf("print plan: %s", errs)
	}
	out, err := exec.Command("pdftotext", plan, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.Contains(text, "Sådan har du haft det") || !strings.Contains(text, score+" af 100") {
		t.Errorf("plan of citizen %s lacks WHO-5 (want %q af 100):\n%s", id, score, text)
	}
}

// citizenWithWellbeing returns a demo citizen with WHO-5 scores and the
// latest score, as the command line's arguments.
func citizenWithWellbeing(t *testing.T, path string) (id, latest string) {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.FindWellbeing(context.Background(), board.WellbeingFilter{})
	if err != nil || len(all) == 0 {
		t.Fatalf("demo has no WHO-5: %v", err)
	}
	c := all[0].CitizenID
	var mine []*board.Wellbeing
	for _, w := range all {
		if w.CitizenID == c {
			mine = append(mine, w)
		}
	}
	scores := board.ScoresOf(mine)
	return strconv.FormatInt(c, 10), strconv.Itoa(scores[len(scores)-1].Score)
}

package printing

import (
	"strings"
	"testing"

	"tavlen/board"
)

func testPlanWithWellbeing() PlanInput {
	in := testPlanInput()
	d := board.MustDate("2025-12-20")
	for i, v := range []int{64, 60, 48, 40, 24, 32, 44, 56, 60, 68, 72, 68} {
		in.Wellbeing = append(in.Wellbeing, board.WellbeingScore{On: d.AddDays(30 * i), Score: v})
	}
	return in
}

func TestPlanShowsWellbeingInPlainWords(t *testing.T) {
	path := writePDF(t, renderPlan(t, testPlanWithWellbeing()))
	checkPDF(t, path)
	text := normal(pdfText(t, path))
	assertContains(t, text, "Sådan har du haft det", "fem spørgsmål", "Jo højere tal, jo bedre",
		"20. december 2025: 64 af 100", "19. januar 2026: 60 af 100", "15. november 2026: 68 af 100")
	// The citizen's plan names no diagnosis.
	assertAbsent(t, text, "depression", "WHO-5 trivsel over tid")
	if i, j := strings.Index(text, "Sådan har du haft det"), strings.Index(text, "Hvis det bliver svært"); i < 0 || j < i {
		t.Errorf("wellbeing should come before the crisis plan (%d, %d)", i, j)
	}
}

func TestPlanWithoutScoresLeavesWellbeingOut(t *testing.T) {
	text := pdfText(t, writePDF(t, renderPlan(t, testPlanInput())))
	assertAbsent(t, text, "Sådan har du haft det")
	in := testPlanWithWellbeing()
	in.Lang = English
	assertContains(t, normal(pdfText(t, writePDF(t, renderPlan(t, in)))), "How you have been", "20 December 2025: 64 of 100")
}

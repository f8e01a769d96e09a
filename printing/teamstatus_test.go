package printing

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/charts"
)

func testCaseload() charts.Caseload {
	today := board.DateOf(local(printedAt))
	var citizens []*board.Citizen
	for i := 1; i <= 24; i++ {
		c := &board.Citizen{ID: int64(i), Name: fmt.Sprintf("Borger Ærø %02d", i), Status: board.StatusActive,
			Responsible: []board.Responsibility{{MemberID: int64(1 + i%5)}}}
		if i%3 == 0 {
			c.Responsible = append(c.Responsible, board.Responsibility{MemberID: 3})
		}
		if i <= 18 {
			c.OnBoard, c.BoardSince = true, today.AddDays(-4*i)
		}
		citizens = append(citizens, c)
	}
	citizens = append(citizens,
		&board.Citizen{ID: 30, Name: "Henvist Østergård", Status: board.StatusReferred, ReferredOn: today.AddDays(-41)},
		&board.Citizen{ID: 31, Name: "Henvist Åberg", Status: board.StatusReferred, ReferredOn: today.AddDays(-6)})
	var members []*board.Member
	for _, m := range testMembers() {
		members = append(members, m)
	}
	latest := map[int64]int{1: 24, 2: 40, 3: 48, 4: 56, 5: 64, 6: 80, 7: 36, 8: 72}
	return charts.CaseloadOf(citizens, members, latest, today)
}

func renderTeamStatus(t testing.TB, in TeamStatusInput) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTeamStatus(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func testTeamStatusInput() TeamStatusInput {
	return TeamStatusInput{Team: "Team Østbyen", Printed: printedAt, Caseload: testCaseload()}
}

func TestTeamStatusIsOnePageWithItsNumbersAsText(t *testing.T) {
	path := writePDF(t, renderTeamStatus(t, testTeamStatusInput()))
	checkPDF(t, path)
	if n := pdfPages(t, path); n != 1 {
		t.Errorf("%d pages, want one", n)
	}
	info := run(t, "pdfinfo", path)
	if !strings.Contains(info, "(A4)") {
		t.Errorf("not A4:\n%s", info)
	}
	text := normal(pdfText(t, path))
	assertContains(t, text, "Teamstatus – Team Østbyen", "Udskrevet 7. december 2026",
		"26 borgere i forløb · 18 på tavlen · 2 henvisninger venter · 5 aktive medarbejdere",
		"Borgere pr. medarbejder", "Birgitte Ølgaard (Almen praksis): 13 borgere",
		"Dage på tavlen", "Borger 1: 73 dage på tavlen", "Billedet viser de 14 længste af 18",
		"Henvisninger der venter: 2", "Henvisning 1: har ventet 41 dage",
		"Seneste WHO-5 for hver borger", "0–28 (mulig depression): 1 borgere", "29–50 (lav trivsel): 3 borgere",
		"side 1 af 1")
	// The page leaves the team: no citizen is named on it.
	for _, name := range []string{"Ærø", "Østergård", "Åberg"} {
		if strings.Contains(text, name) {
			t.Errorf("the steering group's page names a citizen (%s)", name)
		}
	}
}

func TestTeamStatusEnglishAndEmpty(t *testing.T) {
	text := normal(pdfText(t, writePDF(t, renderTeamStatus(t, TeamStatusInput{Team: "T", Printed: printedAt, Lang: English}))))
	assertContains(t, text, "Team status – T", "0 citizens in a course", "No citizen is on the board.",
		"No referrals are waiting.", "No citizen has a WHO-5 score yet.", "The team has no active members.", "page 1 of 1")
}

// TestLookAtTeamStatus writes the team status and a plan with WHO-5 scores
// as PNG pages into the folder named by TAVLEN_LOOK, for a person to look at.
func TestLookAtTeamStatus(t *testing.T) {
	dir := os.Getenv("TAVLEN_LOOK")
	if dir == "" {
		t.Skip("set TAVLEN_LOOK to a folder to write the pages into")
	}
	run(t, "pdftoppm", "-png", "-r", "60", writePDF(t, renderTeamStatus(t, testTeamStatusInput())), filepath.Join(dir, "teamstatus"))
	run(t, "pdftoppm", "-png", "-r", "60", writePDF(t, renderPlan(t, testPlanWithWellbeing())), filepath.Join(dir, "plan"))
}

package printing

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// TestMinutesShowTheThemeFirstAndTheCitizenPresent: the day's theme is the
// minutes' first item, with who presented it and the time; a citizen who
// took part in their slot is marked.
func TestMinutesShowTheThemeFirstAndTheCitizenPresent(t *testing.T) {
	in := testMinutesInput()
	in.Meeting.Theme = board.MeetingTheme{ThemeID: 4, Title: "Kommunens misbrugsbehandling", PresenterID: 2, Minutes: 15, Seconds: 16 * 60,
		Notes: "Rusmiddelcentret tager imod uden henvisning."}
	in.Meeting.Items[0].CitizenPresent = true
	path := writePDF(t, renderMinutes(t, in))
	checkPDF(t, path)
	text := pdfText(t, path)
	assertContains(t, text, "Årets tema", "December: Kommunens misbrugsbehandling", "Oplæg ved Søren Kjær (Kommune)",
		"16 / 15 min.", "Rusmiddelcentret tager imod uden henvisning.", "Borgeren deltog")
	if strings.Index(normal(text), "Årets tema") > strings.Index(normal(text), "Kirsten Ærø Sørensen") {
		t.Error("the theme is not before the citizens")
	}
	if n := strings.Count(normal(text), "Borgeren deltog"); n != 1 {
		t.Errorf("'Borgeren deltog' %d times, want once (one citizen took part)", n)
	}

	in.Lang = English
	assertContains(t, pdfText(t, writePDF(t, renderMinutes(t, in))), "The year's theme", "Presented by Søren Kjær", "The citizen took part")
}

func TestMinutesWithoutThemeHaveNoThemeSection(t *testing.T) {
	text := pdfText(t, writePDF(t, renderMinutes(t, testMinutesInput())))
	assertAbsent(t, text, "Årets tema", "Borgeren deltog")
}

func TestBoardPosterShowsTheWeeksTheme(t *testing.T) {
	in := testBoardInput(6)
	in.Theme = &board.Theme{ID: 4, Year: 2026, Month: time.December, Title: "Pårørende", PresenterID: 1, Minutes: 20}
	path := writePDF(t, renderBoard(t, in))
	checkPDF(t, path)
	assertContains(t, pdfText(t, path), "Mødets tema: December: Pårørende · Anna Holm (Region) · 20 min.")
	assertAbsent(t, pdfText(t, writePDF(t, renderBoard(t, testBoardInput(6)))), "Mødets tema")
}

package printing

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func TestBoardContent(t *testing.T) {
	in := testBoardInput(60)
	path := writePDF(t, renderBoard(t, in))
	checkPDF(t, path)
	info := run(t, "pdfinfo", path)
	if !strings.Contains(info, "1190.55 x 841.89 pts (A3)") {
		t.Errorf("not A3 landscape:\n%s", info)
	}
	text := pdfText(t, path)
	counts := map[board.BoardGroup]int{}
	for _, r := range in.Board.Rows {
		counts[board.GroupOf(r.Citizen)]++
		if !strings.Contains(text, r.Citizen.Name) {
			t.Errorf("citizen %q missing", r.Citizen.Name)
		}
	}
	assertContains(t, text,
		"Tavlen – Team Østbyen", "Uge 50 · 7.–13. december 2026", "Udskrevet 7. december 2026 kl. 10.00",
		fmt.Sprintf("På tavlen (%d)", counts[board.GroupOnBoard]),
		fmt.Sprintf("Aktive (%d)", counts[board.GroupActive]),
		fmt.Sprintf("Visitation (%d)", counts[board.GroupIntake]),
		fmt.Sprintf("Pause (%d)", counts[board.GroupPaused]),
		"Man 7.12. · i dag", "Tir 8.12.", "Søn 13.12.", "Borger", "Ansvarlige", "Næste handling", "Obs",
		"Indlæggelse for nylig", "dag 37", // Ærling Sørensen: on the board since 1 November
		"AH · R", "SK · K", "BØ · L", "MF · A", "R Region", "K Kommune", "L Almen praksis", "A Andet",
		"08.30 Hjemmebesøg", "09.30 Konsultation · SK", "aflyst", "Handling over frist", "Samtykke mangler",
		"senest", "over tid", "side 1 af")
	assertAbsent(t, text, markCitizenNote, markSafetyNote)
	// Groups come in the board's order.
	last := -1
	for _, g := range []string{"På tavlen (", "Aktive (", "Visitation (", "Pause ("} {
		i := strings.Index(text, g)
		if i < last {
			t.Errorf("group %q out of order", g)
		}
		last = i
	}
}

func TestBoardLeavesOutOtherWeeks(t *testing.T) {
	in := testBoardInput(1)
	week := in.Week
	in.Board.Rows[0].Entries = []board.DayEntry{
		{Start: week.Day(2).Add(9 * time.Hour), End: week.Day(2).Add(10 * time.Hour), Kind: calendar.KindMedication, Status: calendar.StatusNoShow, Initials: []string{"AH"}},
		{Start: week.Day(7).Add(9 * time.Hour), End: week.Day(7).Add(10 * time.Hour), Kind: calendar.KindMeeting, Initials: []string{"QQX"}},
	}
	text := pdfText(t, writePDF(t, renderBoard(t, in)))
	assertContains(t, text, "09.00 Medicin · AH", "udeblevet")
	assertAbsent(t, text, "QQX")
}

func TestBoardEmptyAndEnglish(t *testing.T) {
	in := BoardInput{Team: "Team Østbyen", Week: calendar.WeekOf(printedAt), Board: &board.WeekBoard{}, Printed: printedAt, Lang: English}
	path := writePDF(t, renderBoard(t, in))
	checkPDF(t, path)
	text := pdfText(t, path)
	assertContains(t, text, "The board – Team Østbyen", "Week 50 · 7–13 December 2026",
		"No citizens this week.", "Mon 7.12. · today", "page 1 of 1", "M Municipality", "G General practice")

	if err := WriteBoard(&strings.Builder{}, BoardInput{}); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("nil board: err = %v, want EInvalid", err)
	}
}

func TestWeekSpan(t *testing.T) {
	for _, tc := range []struct {
		w    calendar.Week
		lang string
		want string
	}{
		{calendar.Week{Year: 2026, Week: 50}, Danish, "Uge 50 · 7.–13. december 2026"},
		{calendar.Week{Year: 2026, Week: 53}, Danish, "Uge 53 · 28. december – 3. januar 2027"},
		{calendar.Week{Year: 2026, Week: 44}, English, "Week 44 · 26 October – 1 November 2026"},
	} {
		if got := weekTitle(labelsFor(tc.lang), tc.w); got != tc.want {
			t.Errorf("%v %s: %q, want %q", tc.w, tc.lang, got, tc.want)
		}
	}
}

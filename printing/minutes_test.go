package printing

import (
	"io"
	"strings"
	"testing"

	"tavlen/board"
)

func TestMinutesContent(t *testing.T) {
	path := writePDF(t, renderMinutes(t, testMinutesInput()))
	checkPDF(t, path)
	text := pdfText(t, path)
	assertContains(t, text,
		"Referat af tavlemødet", "Mandag 7. december 2026", "Team Østbyen",
		"09.00–09.58 (58 min.)", "Mødeleder", "Søren Kjær",
		"Deltagere", "Anna Holm, sygeplejerske, Region", "Birgitte Ølgaard, praktiserende læge, Almen praksis",
		"Borgere", "Kirsten Ærø Sørensen", "7 min.", "Noter", "sover dårligt", "Beslutninger",
		"Anna ser på medicinen onsdag", "Bjørn Ølund", "Ændring på tavlen",
		"Sprunget over", "Lærke Møller",
		"Nye handlinger", "Se på medicinen sammen med Kirsten", "9. dec.", "Booke indskrivningsmøde",
		"Ændringer på tavlen", "Sat på tavlen: nyhenvist og uden bolig", "Taget af tavlen: stabil i tre måneder",
		"side 1 af 1")
	assertAbsent(t, text, markCitizenNote, "Mette Frølich, bostøtte, Andet Jens")
	if strings.Index(text, "Kirsten Ærø Sørensen") > strings.Index(text, "Bjørn Ølund") {
		t.Error("agenda items not in position order")
	}
}

func TestMinutesEmpty(t *testing.T) {
	in := MinutesInput{Meeting: &board.Meeting{Date: board.MustDate("2026-12-14"), StartedAt: at("2026-12-14 09:00")}, Lang: English}
	text := pdfText(t, writePDF(t, renderMinutes(t, in)))
	assertContains(t, text, "Minutes of the team meeting", "Monday 14 December 2026",
		"the meeting has not ended", "No attendees were recorded.", "No citizens were on the agenda.",
		"No new actions.", "No changes on the board.", "page 1 of 1")

	if err := WriteMinutes(io.Discard, MinutesInput{}); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("nil meeting: err = %v, want EInvalid", err)
	}
}

package printing

import (
	"strings"
	"testing"

	"tavlen/board"
)

// The minutes PDF follows board.MeetingItem.Outcome: a citizen paged past
// is not reached (not "skipped", no "0 min."), a tick without text says so,
// only a citizen skipped on purpose is "skipped"; the approval and the
// dated corrections after it are printed.
func TestMinutesPrintFollowsOutcome(t *testing.T) {
	in := testMinutesInput()
	m := in.Meeting
	in.Citizens[11] = &board.Citizen{ID: 11, Name: "Ole Holm", Status: board.StatusActive}
	in.Citizens[12] = &board.Citizen{ID: 12, Name: "Rikke Sand", Status: board.StatusActive}
	m.Items = append(m.Items,
		board.MeetingItem{CitizenID: 11, Position: 5, Seconds: 20},                  // paged past
		board.MeetingItem{CitizenID: 12, Position: 6, Discussed: true, Seconds: 10}) // ticked, nothing written
	m.ApprovedAt, m.ApprovedBy = at("2026-12-08 10:15"), 2
	m.Corrections = []board.MinutesCorrection{{ID: 1, At: at("2026-12-09 14:30"), By: 1, CitizenID: 10, Text: "Lærke blev nævnt kort; intet besluttet."}}
	path := writePDF(t, renderMinutes(t, in))
	checkPDF(t, path)
	text := pdfText(t, path)
	assertContains(t, text, "Godkendt", "8. december 2026 kl. 10.15, Søren Kjær", "Ikke nået", "Ole Holm", "Sprunget over", "Lærke Møller",
		"Rikke Sand", "Drøftet; intet skrevet.", "Rettelser efter godkendelse", "Lærke blev nævnt kort; intet besluttet.")
	assertAbsent(t, text, "sprunget over)", "0 min.")
	notReached := text[strings.Index(text, "Ikke nået"):]
	if i := strings.Index(notReached, "Sprunget over"); i >= 0 && strings.Contains(notReached[:i], "Lærke Møller") {
		t.Errorf("a skipped citizen listed as not reached:\n%s", notReached)
	}
}

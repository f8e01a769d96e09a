package printing

import (
	"testing"

	"tavlen/board"
)

// TestPlanNamesThePersonsSector: the "who" of an action is the member
// with their role and their own sector, not the sector the action was
// filed under (issue 14: "Birthe Hjørne – Kontaktperson, Region" for a
// municipal contact person).
func TestPlanNamesThePersonsSector(t *testing.T) {
	in := testPlanInput()
	in.Members[6] = &board.Member{ID: 6, Name: "Birthe Hjørne", Initials: "BH", Role: "kontaktperson",
		Sector: board.SectorKommune, Active: true}
	in.Citizen.Responsible = append(in.Citizen.Responsible, board.Responsibility{MemberID: 6, Role: "Kontaktperson"})
	in.Plan.Actions = []*board.Action{{ID: 1, CitizenID: 7, Text: "Følge med til psykiatrisk ambulatorium",
		ResponsibleID: 6, Sector: board.SectorRegion, Due: board.MustDate("2026-12-15"), Status: board.ActionOpen}}
	path := writePDF(t, renderPlan(t, in))
	text := normal(pdfText(t, path))
	assertContains(t, text, "Birthe Hjørne", "Kontaktperson, Kommune")
	assertAbsent(t, text, "Kontaktperson, Region")
}

package record

import (
	"testing"
	"time"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
)

// TestCitizenFieldTextShowsPlainFields pins what the conflict dialog shows
// for a citizen's plain fields: the text as typed, yes/no and Danish dates.
func TestCitizenFieldTextShowsPlainFields(t *testing.T) {
	day := board.DateOf(time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC))
	c := &board.Citizen{Name: "Nina", PreferredName: "Ni", Phone: "12345678", Address: "Vej 1",
		OnBoard: true, BoardReason: "Indlagt", BoardSince: day, ReviewDate: day,
		SafetyNote: "Hund", Notes: "Noter", ReferredBy: "Egen læge", ReferredOn: day}
	for field, want := range map[string]string{
		"Name": "Nina", "PreferredName": "Ni", "Phone": "12345678", "Address": "Vej 1",
		"OnBoard": dialog.YesNo(true), "BoardReason": "Indlagt", "BoardSince": kit.FmtDate(day),
		"ReviewDate": kit.FmtDate(day), "SafetyNote": "Hund", "Notes": "Noter",
		"ReferredBy": "Egen læge", "ReferredOn": kit.FmtDate(day), "ID": "",
	} {
		if got := CitizenFieldText(nil, c, field); got != want {
			t.Errorf("%s: %q, want %q", field, got, want)
		}
	}
}

package calendar

import (
	"strings"
	"time"
)

// Test data shared by the iCal tests, the external-parser test and the
// benchmarks.

func cph(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, Copenhagen)
}

var sampleMembers = map[int64][2]string{ // id → name, email
	1: {"Søren Ærøskøbing", "soren@example.dk"},
	2: {"Åse Østergård", ""},
	3: {"Hansen, Anne \"Annie\"", "anne@example.dk"},
}

func sampleExportOptions() ExportOptions {
	return ExportOptions{
		ProdID:      "-//Tavlen//Test//DA",
		CalName:     "Tavlen – team Ørestad",
		Now:         time.Date(2026, 3, 1, 8, 30, 0, 0, time.UTC),
		MemberName:  func(id int64) string { return sampleMembers[id][0] },
		MemberEmail: func(id int64) string { return sampleMembers[id][1] },
		WithNotes:   true, // the round trips carry everything
	}
}

func sampleImportOptions() ImportOptions {
	return ImportOptions{FindMember: func(name, email string) int64 {
		for id, m := range sampleMembers {
			if email != "" && strings.EqualFold(email, m[1]) || cleanParam(m[0]) == name {
				return id
			}
		}
		return 0
	}}
}

// sampleAppointments cover what the codec must carry: a weekly series
// across the March DST change, a biweekly one across October's, monthly on
// the 31st with an end, a cancelled, a held and a no-show one, æøå and
// text long enough to fold; and changed single occurrences: cancelled,
// held with notes, no-show, and moved (within a day, to another day, and
// from winter into summer time).
func sampleAppointments() []*Appointment {
	return []*Appointment{
		{
			ID: 1, UID: "a1@tavlen", CitizenID: 7, Title: "Hjemmebesøg hos Søren; kaffe, kage", Kind: KindHomeVisit,
			Start: cph(2026, 3, 16, 9, 0), End: cph(2026, 3, 16, 10, 0), Place: "Østergade 5, 2. th., 2300 København S",
			Participants: []int64{1, 2}, Status: StatusPlanned, Sequence: 2,
			Recurrence: Recurrence{Freq: FreqWeekly, Until: cph(2026, 4, 13, 0, 0)},
			Notes:      "Hund i lejligheden – gå to sammen.\nRing på hos naboen (Ærø) hvis ingen åbner; \\ husk nøgle, kode 1234.",
			Exceptions: []Exception{
				{Original: cph(2026, 3, 23, 9, 0), Status: StatusCancelled},
				{Original: cph(2026, 3, 30, 9, 0), Status: StatusHeld, Notes: "Fik sprøjten; god stemning."},
				{Original: cph(2026, 4, 6, 9, 0), Start: cph(2026, 4, 7, 13, 0), End: cph(2026, 4, 7, 14, 0)},
			},
		},
		{
			ID: 2, UID: "a2@tavlen", CitizenID: 7, Title: "Samtale på Psykiatrisk Center", Kind: KindConsultation,
			Start: cph(2026, 10, 13, 14, 0), End: cph(2026, 10, 13, 15, 0), Place: "Lokale 2.14",
			Participants: []int64{2}, Status: StatusPlanned, Sequence: 0,
			Recurrence: Recurrence{Freq: FreqBiweekly},
			Exceptions: []Exception{
				{Original: cph(2026, 10, 27, 14, 0), Status: StatusNoShow},
				// From winter time back into summer time, and held.
				{Original: cph(2026, 11, 10, 14, 0), Start: cph(2026, 10, 23, 10, 0), End: cph(2026, 10, 23, 11, 0), Status: StatusHeld},
			},
		},
		{
			ID: 3, UID: "a3@tavlen", CitizenID: 8, Title: "Depotinjektion", Kind: KindMedication,
			Start: cph(2026, 1, 31, 11, 0), End: cph(2026, 1, 31, 11, 15), Place: "Lægehuset Søndergade",
			Participants: []int64{3}, Status: StatusPlanned, Sequence: 5,
			Recurrence: Recurrence{Freq: FreqMonthly, Until: cph(2026, 8, 31, 0, 0)},
			Exceptions: []Exception{{Original: cph(2026, 5, 31, 11, 0), Status: StatusCancelled}},
		},
		{
			ID: 4, UID: "a4@tavlen", CitizenID: 8, Title: "Telefonsamtale (aflyst)", Kind: KindPhone,
			Start: cph(2026, 3, 27, 13, 0), End: cph(2026, 3, 27, 13, 20),
			Participants: []int64{1}, Status: StatusCancelled, Sequence: 1,
		},
		{
			ID: 5, UID: "a5@tavlen", Title: "Teammøde – gennemgang af tavlen med æ, ø og å i en meget lang titel der skal foldes", Kind: KindMeeting,
			Start: cph(2026, 2, 2, 9, 0), End: cph(2026, 2, 2, 10, 0), Place: "Rådhuset, mødelokale Ågården",
			Participants: []int64{1, 2, 3}, Status: StatusHeld, Sequence: 3,
			Notes: strings.TrimSpace(strings.Repeat("Æbleskiver og ørebøffer på ålegræs. ", 8)),
		},
		{
			ID: 6, UID: "a6@tavlen", CitizenID: 9, Title: "Hjemmebesøg", Kind: KindHomeVisit,
			Start: cph(2026, 2, 3, 13, 30), End: cph(2026, 2, 3, 14, 30),
			Participants: []int64{2}, Status: StatusNoShow,
		},
	}
}

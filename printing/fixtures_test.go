package printing

import (
	"fmt"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Markers put into internal fields; none may ever appear on the plan.
const (
	markCitizenNote = "INTERNNOTEQX7"
	markSafetyNote  = "SIKKERHEDZZ9"
	markApptNote    = "AFTALENOTEKV3"
	markContactNote = "KONTAKTNOTEPW5"
)

// Markers in appointments that must be left out of the plan.
const (
	markPast         = "FORBIAFTALE"
	markBeyond       = "UDENFORVINDUE"
	markOtherCitizen = "ANDENBORGER"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, calendar.Copenhagen)
	if err != nil {
		panic(err)
	}
	return t
}

// printedAt is Monday of week 50, 2026.
var printedAt = at("2026-12-07 10:00")

func testMembers() board.MemberIndex {
	return board.IndexMembers([]*board.Member{
		{ID: 1, Name: "Anna Holm", Initials: "AH", Role: "sygeplejerske", Sector: board.SectorRegion,
			Organisation: "Psykiatrisk Center Øst", Phone: "22 11 33 44", Active: true},
		{ID: 2, Name: "Søren Kjær", Initials: "SK", Role: "kontaktperson", Sector: board.SectorKommune,
			Organisation: "Socialpsykiatrien, Århus Kommune", Phone: "87 65 43 21", Active: true},
		{ID: 3, Name: "Birgitte Ølgaard", Initials: "BØ", Role: "praktiserende læge", Sector: board.SectorGP,
			Organisation: "Lægehuset Ærøvej", Phone: "86 12 34 56", Active: true},
		{ID: 4, Name: "Jens Åkjær Lund", Initials: "JÅL", Role: "psykolog", Sector: board.SectorRegion,
			Organisation: "Psykiatrisk Center Øst", Phone: "22 11 33 55", Active: true},
		{ID: 5, Name: "Mette Frølich", Initials: "MF", Role: "bostøtte", Sector: board.SectorOther,
			Organisation: "Boligselskabet Bøgely", Phone: "40 50 60 70", Active: true},
	})
}

func testCitizen() *board.Citizen {
	return &board.Citizen{
		ID: 7, Name: "Kirsten Ærø Sørensen", PreferredName: "Kirsten Ærø",
		Phone: "30 30 30 30", Address: "Bøgevej 12, 2. th., 8000 Aarhus C",
		Status: board.StatusActive, OnBoard: true, BoardReason: "Indlæggelse for nylig",
		BoardSince: board.MustDate("2026-11-20"), ReviewDate: board.MustDate("2026-12-18"),
		Responsible: []board.Responsibility{{MemberID: 2, Role: "kontaktperson"}, {MemberID: 1, Role: "behandler"}, {MemberID: 3}},
		Consent:     board.Consent{GivenOn: board.MustDate("2026-09-01"), Scope: "region, kommune og egen læge"},
		SafetyNote:  "Hunden er nervøs " + markSafetyNote,
		Notes:       "Intern vurdering " + markCitizenNote,
	}
}

func testAppointments() []calendar.Occurrence {
	apps := []*calendar.Appointment{
		{ID: 1, CitizenID: 7, Title: "Hjemmebesøg", Kind: calendar.KindHomeVisit,
			Start: at("2026-12-08 10:00"), End: at("2026-12-08 11:00"), Participants: []int64{2},
			Status: calendar.StatusPlanned, Notes: "Husk nøgle " + markApptNote},
		{ID: 2, CitizenID: 7, Title: "Samtale om søvn og medicin", Kind: calendar.KindConsultation,
			Start: at("2026-12-09 13:00"), End: at("2026-12-09 13:45"), Participants: []int64{1},
			Place: "Psykiatrisk Center Øst, Ærøgade 5", Status: calendar.StatusPlanned,
			Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}},
		{ID: 3, CitizenID: 7, Title: "Telefonsamtale", Kind: calendar.KindPhone,
			Start: at("2026-12-11 09:30"), End: at("2026-12-11 09:45"), Participants: []int64{1},
			Status: calendar.StatusCancelled},
		{ID: 4, CitizenID: 7, Title: "Blodprøve og blodtryk", Kind: calendar.KindConsultation,
			Start: at("2026-12-17 08:15"), End: at("2026-12-17 08:30"), Participants: []int64{3},
			Place: "Lægehuset Ærøvej", Status: calendar.StatusPlanned},
		{ID: 5, CitizenID: 7, Title: "Møde om bolig med Søren og Mette", Kind: calendar.KindMeeting,
			Start: at("2026-12-22 14:00"), End: at("2026-12-22 15:00"), Participants: []int64{2, 5},
			Place: "Jobcentret, Værkmestergade 7", Status: calendar.StatusPlanned},
		{ID: 6, CitizenID: 7, Title: markPast, Kind: calendar.KindOther,
			Start: at("2026-12-02 10:00"), End: at("2026-12-02 11:00"), Status: calendar.StatusHeld},
		{ID: 7, CitizenID: 7, Title: markBeyond, Kind: calendar.KindOther,
			Start: at("2027-01-05 10:00"), End: at("2027-01-05 11:00")},
		{ID: 8, CitizenID: 8, Title: markOtherCitizen, Kind: calendar.KindOther,
			Start: at("2026-12-10 10:00"), End: at("2026-12-10 11:00")},
	}
	// A wider span than the plan shows, so the plan's own window is tested.
	return calendar.Expand(apps, printedAt.AddDate(0, 0, -14), printedAt.AddDate(0, 0, 60))
}

func testContacts() []*board.Contact {
	return []*board.Contact{
		{ID: 1, CitizenID: 7, Name: "Åse Sørensen", Relation: "søster", Phone: "51 52 53 54",
			Notes: "Ringer ofte " + markContactNote},
		{ID: 2, CitizenID: 7, Name: "Lægevagten", Relation: "uden for lægens åbningstid", Organisation: "Region Midtjylland", Phone: "70 11 31 31"},
	}
}

func testPlan() *board.Plan {
	return &board.Plan{
		Goals: []*board.Goal{
			{ID: 1, CitizenID: 7, Position: 2, LifeArea: "helbred", Text: "Jeg vil gå en tur hver dag med min hund Æble, også når det regner."},
			{ID: 2, CitizenID: 7, Position: 1, LifeArea: "bolig", Text: "Jeg vil blive boende i min lejlighed og have styr på regningerne."},
			{ID: 3, CitizenID: 7, Position: 3, LifeArea: "netværk", Text: "Jeg vil se min søster Åse hver uge."},
		},
		Actions: []*board.Action{
			{ID: 1, CitizenID: 7, Text: "Søge boligstøtte sammen med Kirsten", ResponsibleID: 2, Sector: board.SectorKommune,
				Due: board.MustDate("2026-12-15"), Status: board.ActionOpen},
			{ID: 2, CitizenID: 7, Text: "Blodprøve og snak om blodsukker og kost", ResponsibleID: 3,
				Due: board.MustDate("2026-12-17"), Status: board.ActionOpen},
			{ID: 3, CitizenID: 7, Text: "Se på medicinen sammen, så Kirsten sover bedre", ResponsibleID: 1,
				Due: board.MustDate("2027-01-10"), Status: board.ActionOpen},
			{ID: 4, CitizenID: 7, Text: "Ringe til Åse om juleaften", Due: board.MustDate("2026-12-20"), Status: board.ActionOpen},
			{ID: 5, CitizenID: 7, Text: "Søge om hjælp til flytning", ResponsibleID: 2, Status: board.ActionDone, DoneOn: board.MustDate("2026-11-30")},
		},
		Crisis: &board.CrisisPlan{
			CitizenID:    7,
			WarningSigns: "Jeg sover dårligt i flere nætter.\nJeg holder op med at åbne posten og gå ud med Æble.",
			WhatHelps:    "At gå en tur. At tale med Åse. Varm te og musik. At nogen kommer forbi.",
			WhomToCall:   "Søren (kontaktperson): 87 65 43 21, hverdage 8–15\nPsykiatrisk akutmodtagelse: 78 47 04 50, hele døgnet\nÅse (søster): 51 52 53 54",
		},
		LastChange: at("2026-12-03 14:20"),
	}
}

func testPlanInput() PlanInput {
	return PlanInput{
		Team: "Team Østbyen", Printed: printedAt, Citizen: testCitizen(), Plan: testPlan(),
		Members: testMembers(), Appointments: testAppointments(), Contacts: testContacts(),
	}
}

// longPlanInput has enough goals and actions for several pages, one goal
// longer than a page, and text the tables must wrap.
func longPlanInput() PlanInput {
	in := testPlanInput()
	var long []string
	for i := 0; i < 70; i++ {
		long = append(long, fmt.Sprintf("Linje %d i et meget langt ønske om at få det bedre, finde ro og få en hverdag der hænger sammen.", i+1))
	}
	in.Plan.Goals = append(in.Plan.Goals, &board.Goal{ID: 9, CitizenID: 7, Position: 9, LifeArea: "hverdag", Text: strings.Join(long, " ") + " SLUTPÅLANGTMÅL"})
	for i := 0; i < 40; i++ {
		in.Plan.Actions = append(in.Plan.Actions, &board.Action{ID: int64(100 + i), CitizenID: 7,
			Text:          fmt.Sprintf("Handling nummer %d: øve at handle ind, lave mad og rydde op sammen med bostøtten, så det bliver lettere at klare selv RÆKKESLUT%02d", i+1, i+1),
			ResponsibleID: int64(1 + i%5), Due: board.MustDate("2027-02-01").AddDays(i), Status: board.ActionOpen})
	}
	return in
}

var firstNames = []string{"Ærling", "Søren", "Åse", "Bjørk", "Helle", "Jørgen", "Mette", "Øjvind", "Karen", "Mads",
	"Signe", "Bøje", "Frida", "Torben", "Lærke", "Niels", "Gry", "Poul", "Maja", "Knud"}
var lastNames = []string{"Sørensen", "Ærø", "Østergaard", "Holm", "Kjærsgaard", "Lund", "Møller", "Åberg", "Bækgaard",
	"Frølich", "Nørgaard", "Dahl", "Skov", "Mølgaard", "Juhl"}

// testBoard builds a week board with n citizens spread over the groups.
func testBoard(n int) *board.WeekBoard {
	members := testMembers()
	week := calendar.WeekOf(printedAt)
	wb := &board.WeekBoard{From: week.Start(), To: week.End(), Members: members}
	kinds := calendar.Kinds
	reasons := []string{"Indlæggelse for nylig", "Mistet bolig", "Ny medicin, følges tæt", "Øget misbrug", "Truet udsættelse – rykkerbrev fra boligselskabet"}
	for i := 0; i < n; i++ {
		c := &board.Citizen{ID: int64(100 + i),
			Name:   firstNames[i%len(firstNames)] + " " + lastNames[(i*7)%len(lastNames)],
			Status: board.StatusActive, Notes: markCitizenNote, SafetyNote: markSafetyNote,
			Responsible: []board.Responsibility{{MemberID: int64(1 + i%3)}, {MemberID: int64(2 + i%4)}}}
		switch {
		case i%4 == 0 || i < 3:
			c.OnBoard, c.BoardReason, c.BoardSince = true, reasons[i%len(reasons)], board.MustDate("2026-11-01").AddDays(i)
		case i%7 == 1:
			c.Status = board.StatusReferred
		case i%7 == 2:
			c.Status = board.StatusIntake
		case i%9 == 3:
			c.Status = board.StatusPaused
		}
		if c.Responsible[0].MemberID == c.Responsible[1].MemberID {
			c.Responsible = c.Responsible[:1]
		}
		row := &board.BoardRow{Citizen: c}
		for _, r := range c.Responsible {
			row.Responsible = append(row.Responsible, members[r.MemberID])
		}
		for j := 0; j < 1+i%3; j++ {
			day := (i + j*2) % 7
			start := week.Day(day).Add(time.Duration(8+(i+j)%8)*time.Hour + 30*time.Minute)
			status := calendar.StatusPlanned
			if (i+j)%6 == 5 {
				status = calendar.StatusCancelled
			}
			row.Entries = append(row.Entries, board.DayEntry{AppointmentID: int64(i*10 + j), Start: start, End: start.Add(time.Hour),
				Title: "Aftale", Kind: kinds[(i+j)%len(kinds)], Status: status,
				Initials: []string{row.Responsible[0].Initials}})
		}
		if i%5 != 4 {
			row.NextAction = &board.Action{ID: int64(i), CitizenID: c.ID, Text: "Følge op på medicin og søvn med egen læge", ResponsibleID: int64(1 + i%5),
				Due: board.MustDate("2026-12-01").AddDays(i % 20), Status: board.ActionOpen}
		}
		if i%3 == 0 {
			row.Attention = append(row.Attention, board.AttentionActionOverdue)
		}
		if i%8 == 0 {
			row.Attention = append(row.Attention, board.AttentionNoContact, board.AttentionConsentMissing)
		}
		wb.Rows = append(wb.Rows, row)
	}
	return wb
}

func testBoardInput(n int) BoardInput {
	return BoardInput{Team: "Team Østbyen", Week: calendar.WeekOf(printedAt), Board: testBoard(n), Printed: printedAt}
}

func testMinutesInput() MinutesInput {
	cit := map[int64]*board.Citizen{}
	c := testCitizen()
	cit[c.ID] = c
	cit[8] = &board.Citizen{ID: 8, Name: "Bjørn Ølund", Status: board.StatusReferred, Notes: markCitizenNote}
	cit[9] = &board.Citizen{ID: 9, Name: "Åge Bæk", Status: board.StatusActive}
	cit[10] = &board.Citizen{ID: 10, Name: "Lærke Møller", Status: board.StatusActive}
	m := &board.Meeting{ID: 3, Date: board.MustDate("2026-12-07"), StartedAt: at("2026-12-07 09:00"), EndedAt: at("2026-12-07 09:58"),
		FacilitatorID: 2, Attendees: []int64{1, 2, 3, 5},
		Items: []board.MeetingItem{
			{CitizenID: 7, Position: 1, Discussed: true, Seconds: 420,
				Notes:     "Kirsten sover dårligt efter udskrivelsen. Søren har været på besøg to gange.",
				Decisions: "Anna ser på medicinen onsdag. Søren hjælper med boligstøtte inden den 15.",
			},
			{CitizenID: 8, Position: 2, Discussed: true, Seconds: 300,
				Notes:       "Ny henvisning fra egen læge.",
				Decisions:   "Indskrivningsmøde med Bjørn, Anna og Søren i uge 51.",
				BoardChange: "Sat på tavlen: nyhenvist og uden bolig",
			},
			{CitizenID: 9, Position: 3, Discussed: true, Seconds: 180, Decisions: "Fortsætter som nu.",
				BoardChange: "Taget af tavlen: stabil i tre måneder"},
			{CitizenID: 10, Position: 4, Skipped: true},
		}}
	return MinutesInput{Team: "Team Østbyen", Meeting: m, Members: testMembers(), Citizens: cit,
		NewActions: []*board.Action{
			{ID: 20, CitizenID: 7, Text: "Se på medicinen sammen med Kirsten", ResponsibleID: 1, Due: board.MustDate("2026-12-09"), Status: board.ActionOpen},
			{ID: 21, CitizenID: 8, Text: "Booke indskrivningsmøde", ResponsibleID: 2, Due: board.MustDate("2026-12-11"), Status: board.ActionOpen},
		}}
}

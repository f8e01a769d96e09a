package storagetest

import (
	"reflect"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func testWeekBoard(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	cd := addMember(t, db, "Carl Dahl", "CD", board.SectorKommune).ID
	ef := addMember(t, db, "Eva Friis", "EF", board.SectorGP).ID

	// Åge: on the board, review passed, action overdue, last contact 24
	// days ago, members from two sectors without consent.
	age := addCitizen(t, db, &board.Citizen{Name: "Åge Ås", Status: board.StatusActive, OnBoard: true, BoardReason: "krise",
		BoardSince: board.MustDate("2026-03-01"), ReviewDate: board.MustDate("2026-03-20"),
		Responsible: []board.Responsibility{{MemberID: cd, Role: "kontaktperson"}, {MemberID: ab, Role: "behandler"}}})
	anders := addCitizen(t, db, &board.Citizen{Name: "Anders And", Status: board.StatusActive, Responsible: []board.Responsibility{{MemberID: ef}}})
	bente := addCitizen(t, db, &board.Citizen{Name: "Bente Bo", Status: board.StatusActive, Responsible: []board.Responsibility{{MemberID: ab}}})
	carsten := addCitizen(t, db, &board.Citizen{Name: "Carsten", Status: board.StatusReferred})
	dorit := addCitizen(t, db, &board.Citizen{Name: "Dorit", Status: board.StatusPaused})
	erik := addCitizen(t, db, &board.Citizen{Name: "Erik", Status: board.StatusClosed})

	apps := []*calendar.Appointment{
		// Weekly since November: must show on Monday of this week.
		{CitizenID: age.ID, Title: "Depot", Start: at(2025, 11, 3, 9, 0), End: at(2025, 11, 3, 9, 30), Participants: []int64{cd, ab},
			Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}},
		{CitizenID: age.ID, Title: "Besøg", Start: at(2026, 3, 1, 10, 0), End: at(2026, 3, 1, 11, 0), Status: calendar.StatusHeld},
		// Sundays at 10 since January: lands on the day summer time starts.
		{CitizenID: anders.ID, Title: "Gåtur", Start: at(2026, 1, 4, 10, 0), End: at(2026, 1, 4, 11, 0), Participants: []int64{ef},
			Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}, Status: calendar.StatusPlanned},
		{CitizenID: anders.ID, Title: "Samtale", Start: at(2026, 3, 20, 10, 0), End: at(2026, 3, 20, 11, 0), Status: calendar.StatusHeld},
		{CitizenID: bente.ID, Title: "Udeblev", Start: at(2026, 3, 24, 13, 0), End: at(2026, 3, 24, 14, 0), Status: calendar.StatusNoShow},
		{CitizenID: erik.ID, Title: "Lukket", Start: at(2026, 3, 24, 13, 0), End: at(2026, 3, 24, 14, 0)},
		{Title: "Teammøde", Start: at(2026, 3, 25, 9, 0), End: at(2026, 3, 25, 10, 0)},
		// Next week: not in this week's board.
		{CitizenID: bente.ID, Title: "Senere", Start: at(2026, 3, 30, 13, 0), End: at(2026, 3, 30, 14, 0)},
	}
	for _, a := range apps {
		if err := db.CreateAppointment(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	overdue := &board.Action{CitizenID: age.ID, Text: "Ring til egen læge", Due: board.MustDate("2026-03-20")}
	later := &board.Action{CitizenID: age.ID, Text: "Boligansøgning", Due: board.MustDate("2026-04-20")}
	done := &board.Action{CitizenID: age.ID, Text: "Gammel", Due: board.MustDate("2026-01-20"), Status: board.ActionDone}
	for _, a := range []*board.Action{later, overdue, done} {
		if err := db.CreateAction(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.AddNote(ctx, &board.Note{CitizenID: bente.ID, Text: "Ringede", At: at(2026, 3, 23, 10, 0)}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddNote(ctx, &board.Note{CitizenID: bente.ID, Text: "Ældre", At: at(2026, 3, 2, 10, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*board.Meeting{
		{Date: board.MustDate("2026-03-18"), Items: []board.MeetingItem{{CitizenID: age.ID, Discussed: true, Notes: "Stabil", Decisions: "Fortsæt"}}},
		{Date: board.MustDate("2026-03-11"), Items: []board.MeetingItem{{CitizenID: age.ID, Discussed: true, Notes: "Gammelt"}}},
		{Date: board.MustDate("2026-03-25"), Items: []board.MeetingItem{{CitizenID: age.ID, Skipped: true}}},
	} {
		if err := db.CreateMeeting(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	clk.Set(t0)

	w := calendar.Week{Year: 2026, Week: 13}
	wb, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(t0))
	if err != nil {
		t.Fatal(err)
	}
	ad.inspect(t, db, Step{Name: StepWeekBoard, WeekBoard: wb, From: w.Start(), To: w.End(), Today: board.DateOf(t0)})
	var order []string
	rows := map[string]*board.BoardRow{}
	for _, r := range wb.Rows {
		order = append(order, r.Citizen.Name)
		rows[r.Citizen.Name] = r
	}
	if want := []string{"Åge Ås", "Anders And", "Bente Bo", "Carsten", "Dorit"}; !reflect.DeepEqual(order, want) {
		t.Fatalf("rows %v, want %v", order, want)
	}
	if len(wb.Members) != 3 || wb.Members[cd].Initials != "CD" {
		t.Fatalf("members: %v", wb.Members)
	}

	r := rows["Åge Ås"]
	if len(r.Responsible) != 2 || r.Responsible[0].Initials != "CD" || r.Responsible[1].Initials != "AB" {
		t.Fatalf("responsible: %+v", r.Responsible)
	}
	if len(r.Entries) != 1 || r.Entries[0].Title != "Depot" || !r.Entries[0].Start.Equal(at(2026, 3, 23, 9, 0)) ||
		!reflect.DeepEqual(r.Entries[0].Initials, []string{"CD", "AB"}) {
		t.Fatalf("Åge's entries: %+v", r.Entries)
	}
	if r.NextAction == nil || r.NextAction.ID != overdue.ID || len(r.Facts.OpenActions) != 2 {
		t.Fatalf("next action %+v, open %d", r.NextAction, len(r.Facts.OpenActions))
	}
	if r.LastDiscussed != board.MustDate("2026-03-18") || r.LastMeetingNote != "Stabil\nFortsæt" {
		t.Fatalf("last discussed %v %q", r.LastDiscussed, r.LastMeetingNote)
	}
	if !r.Facts.LastContact.Equal(at(2026, 3, 1, 10, 0)) {
		t.Fatalf("last contact %v", r.Facts.LastContact)
	}
	wantAtt := []board.Attention{board.AttentionReviewPassed, board.AttentionActionOverdue, board.AttentionNoContact, board.AttentionConsentMissing}
	if !reflect.DeepEqual(r.Attention, wantAtt) {
		t.Fatalf("Åge's attention %v, want %v", r.Attention, wantAtt)
	}

	// Sunday 29 March at 10:00 in Copenhagen, after the clocks went forward.
	r = rows["Anders And"]
	if len(r.Entries) != 1 || !r.Entries[0].Start.Equal(time.Date(2026, 3, 29, 8, 0, 0, 0, time.UTC)) {
		t.Fatalf("Anders' entries: %+v", r.Entries)
	}
	if r.Attention != nil {
		t.Fatalf("Anders' attention: %v", r.Attention)
	}

	r = rows["Bente Bo"]
	if r.LatestNote == nil || r.LatestNote.Text != "Ringede" || !r.Facts.LastContact.Equal(at(2026, 3, 23, 10, 0)) {
		t.Fatalf("Bente's note %+v, contact %v", r.LatestNote, r.Facts.LastContact)
	}
	if !r.Facts.LastNoShow.Equal(at(2026, 3, 24, 13, 0)) || !reflect.DeepEqual(r.Attention, []board.Attention{board.AttentionNoShow}) {
		t.Fatalf("Bente's no-show %v, attention %v", r.Facts.LastNoShow, r.Attention)
	}
	if len(r.Entries) != 1 || r.Entries[0].Status != calendar.StatusNoShow {
		t.Fatalf("Bente's entries: %+v", r.Entries)
	}
	if len(rows["Carsten"].Entries)+len(rows["Dorit"].Entries) != 0 {
		t.Fatal("unexpected entries")
	}
	_ = carsten
	_ = dorit

	// The week that ends with winter time: Sunday 25 October at 10:00 is
	// 09:00 UTC.
	w43 := calendar.Week{Year: 2026, Week: 43}
	wb, err = db.WeekBoard(ctx, w43.Start(), w43.End(), board.MustDate("2026-10-21"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range wb.Rows {
		if r.Citizen.ID == anders.ID {
			if len(r.Entries) != 1 || !r.Entries[0].Start.Equal(time.Date(2026, 10, 25, 9, 0, 0, 0, time.UTC)) {
				t.Fatalf("Anders in week 43: %+v", r.Entries)
			}
		}
	}
}

package storagetest

import (
	"context"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func testSavesWithCPRNumbersAreRefused(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ctx := context.Background()
	c := addCitizen(t, db, &board.Citizen{Name: "Åse Ørum"})
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, calendar.Copenhagen)
	a := &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: start, End: start.Add(time.Hour),
		Notes: "CPR 120385-4321"}
	if err := db.CreateAppointment(ctx, a); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("appointment with a CPR number: %v", err)
	}
	m := &board.Meeting{Date: board.MustDate("2026-12-03"), Items: []board.MeetingItem{{CitizenID: c.ID, Notes: "1203854321"}}}
	if err := db.CreateMeeting(ctx, m); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("minutes with a CPR number: %v", err)
	}
	if err := db.SaveCrisisPlan(ctx, &board.CrisisPlan{CitizenID: c.ID, WhomToCall: "Mor, 120385-4321"}); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("crisis plan with a CPR number: %v", err)
	}
	if err := db.AddNote(ctx, &board.Note{CitizenID: c.ID, Text: "cpr 1203854321"}); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("note with a CPR number: %v", err)
	}
	list, _ := db.FindAppointments(ctx, calendar.Filter{CitizenID: c.ID})
	notes, _ := db.FindNotes(ctx, c.ID)
	if len(list) != 0 || len(notes) != 0 {
		t.Error("a refused save wrote something")
	}
}

package storagetest

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func testMeetings(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	cd := addMember(t, db, "Carl Dahl", "CD", board.SectorKommune)
	k := addCitizen(t, db, &board.Citizen{Name: "Karen"})
	l := addCitizen(t, db, &board.Citizen{Name: "Lars"})

	old := &board.Meeting{Date: board.MustDate("2026-03-18"), StartedAt: at(2026, 3, 18, 9, 0), EndedAt: at(2026, 3, 18, 10, 0),
		FacilitatorID: ab, Attendees: []int64{ab, cd.ID},
		Items: []board.MeetingItem{{CitizenID: k.ID, Discussed: true, Notes: "Stabil", Decisions: "Fortsæt"}}}
	if err := db.CreateMeeting(ctx, old); err != nil {
		t.Fatal(err)
	}
	now := &board.Meeting{Date: board.MustDate("2026-03-25"), StartedAt: t0, FacilitatorID: cd.ID, Attendees: []int64{cd.ID},
		Items: []board.MeetingItem{{CitizenID: k.ID, Position: 0}, {CitizenID: l.ID, Position: 1}}}
	if err := db.CreateMeeting(ctx, now); err != nil {
		t.Fatal(err)
	}
	wantCode(t, db.CreateMeeting(ctx, &board.Meeting{}), board.EInvalid)
	wantCode(t, db.CreateMeeting(ctx, &board.Meeting{Date: now.Date, Items: []board.MeetingItem{{CitizenID: k.ID}, {CitizenID: k.ID}}}), board.EInvalid)

	running, _ := db.FindMeetings(ctx, board.MeetingFilter{RunningOnly: true})
	if len(running) != 1 || running[0].ID != now.ID || !running[0].Running() {
		t.Fatalf("running: %v", running)
	}
	forL, _ := db.FindMeetings(ctx, board.MeetingFilter{CitizenID: l.ID})
	if len(forL) != 1 {
		t.Fatalf("meetings for L: %v", forL)
	}
	all, _ := db.FindMeetings(ctx, board.MeetingFilter{Limit: 5})
	if len(all) != 2 || all[0].ID != now.ID || len(all[1].Attendees) != 2 || all[1].Items[0].Decisions != "Fortsæt" {
		t.Fatalf("all: %+v", all)
	}

	stale, _ := db.FindMeetingByID(ctx, now.ID)
	clk.Advance(20 * time.Minute)
	it := now.Item(l.ID)
	it.Discussed, it.Notes, it.Seconds = true, "Ny indlæggelse", 300
	now.Items = now.Items[1:] // K is taken off the agenda
	now.EndedAt = clk.Now()
	if err := db.UpdateMeeting(ctx, now); err != nil {
		t.Fatal(err)
	}
	stale.Attendees = nil
	wantCode(t, db.UpdateMeeting(ctx, stale), board.EConflict)
	got, _ := db.FindMeetingByID(ctx, now.ID)
	if got.Running() || len(got.Items) != 1 || got.Items[0].Seconds != 300 || got.Version != 2 {
		t.Fatalf("after update: %+v", got)
	}

	// The history of each citizen shows what the minutes said about them.
	hl, _ := db.FindAudit(ctx, board.AuditFilter{CitizenID: l.ID, Kind: board.RecordMeetingItem})
	if len(hl) != 2 || hl[0].Action != board.AuditUpdate || !strings.Contains(fieldsText(hl[0]), "meeting_item.notes:  → Ny indlæggelse") {
		t.Fatalf("history of L: %+v", hl)
	}
	hk, _ := db.FindAudit(ctx, board.AuditFilter{CitizenID: k.ID, Kind: board.RecordMeetingItem})
	if len(hk) != 3 || hk[0].Action != board.AuditDelete {
		t.Fatalf("history of K: %+v", hk)
	}
}

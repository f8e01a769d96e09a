package storagetest

import (
	"testing"
	"time"

	"tavlen/board"
)

// testMinutesApproval: approved minutes are locked in the store: a
// correction is appended with who and when, and no save rewrites the
// minutes or a correction.
func testMinutesApproval(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	k := addCitizen(t, db, &board.Citizen{Name: "Karen"})
	l := addCitizen(t, db, &board.Citizen{Name: "Lars"})
	m := &board.Meeting{Date: board.MustDate("2026-03-25"), StartedAt: t0, EndedAt: t0.Add(time.Hour), FacilitatorID: ab, Attendees: []int64{ab},
		Items: []board.MeetingItem{{CitizenID: k.ID, Notes: "Stabil"}, {CitizenID: l.ID, Position: 1}}}
	if err := db.CreateMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	// A note makes the citizen discussed for "last discussed", without a tick.
	wb, err := db.WeekBoard(ctx, t0.Add(-24*time.Hour), t0.Add(6*24*time.Hour), board.MustDate("2026-03-25"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range wb.Rows {
		switch r.Citizen.ID {
		case k.ID:
			if r.LastDiscussed.String() != "2026-03-25" {
				t.Errorf("Karen, with a note, last discussed %v", r.LastDiscussed)
			}
		case l.ID:
			if !r.LastDiscussed.IsZero() {
				t.Errorf("Lars, with nothing written, last discussed %v", r.LastDiscussed)
			}
		}
	}

	clk.Advance(time.Hour)
	if err := m.Approve(ab, clk.Now()); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	got, _ := db.FindMeetingByID(ctx, m.ID)
	if !got.Approved() || got.ApprovedBy != ab {
		t.Fatalf("approval not stored: %+v", got)
	}
	rewrite := *got
	rewrite.Items = append([]board.MeetingItem(nil), got.Items...)
	rewrite.Items[0].Notes = "Omskrevet"
	wantCode(t, db.UpdateMeeting(ctx, &rewrite), board.EInvalid)

	clk.Advance(time.Hour)
	if err := got.AddCorrection(ab, l.ID, "Lars blev drøftet; noten manglede.", clk.Now()); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateMeeting(ctx, got); err != nil {
		t.Fatal(err)
	}
	again, _ := db.FindMeetingByID(ctx, m.ID)
	if len(again.Corrections) != 1 || again.Corrections[0].ID == 0 || again.Corrections[0].By != ab ||
		again.Corrections[0].CitizenID != l.ID || !again.Corrections[0].At.Equal(clk.Now()) {
		t.Fatalf("correction: %+v", again.Corrections)
	}
	if again.Items[0].Notes != "Stabil" {
		t.Errorf("minutes changed: %+v", again.Items)
	}
	edited := *again
	edited.Corrections = append([]board.MinutesCorrection(nil), again.Corrections...)
	edited.Corrections[0].Text = "Anden tekst"
	wantCode(t, db.UpdateMeeting(ctx, &edited), board.EInvalid)
	hist, _ := db.FindAudit(ctx, board.AuditFilter{CitizenID: l.ID, Kind: board.RecordMinutesCorrection})
	if len(hist) != 1 {
		t.Errorf("correction not in the history: %+v", hist)
	}
}

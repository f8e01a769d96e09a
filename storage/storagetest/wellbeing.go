package storagetest

import (
	"slices"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/calendar"
)

// testWellbeing: WHO-5s are saved like every record (versions, conflicts,
// history in domain keys, change notices), listed oldest first per citizen
// or for the team, and reach the week board's facts and markers.
func testWellbeing(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Inge", Status: board.StatusActive})
	other := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})

	seq, _ := db.ChangeSeq(ctx)
	april := &board.Wellbeing{CitizenID: c.ID, On: board.MustDate("2026-02-10"), Answers: [5]int{4, 4, 3, 4, 4}, AskedBy: ab}
	march := &board.Wellbeing{CitizenID: c.ID, On: board.MustDate("2026-03-20"), Answers: [5]int{2, 2, 2, 2, 2}, AskedBy: ab, SelfReported: true}
	bo := &board.Wellbeing{CitizenID: other.ID, On: board.MustDate("2026-03-01"), Answers: [5]int{5, 5, 5, 5, 5}, AskedBy: ab}
	for _, w := range []*board.Wellbeing{march, april, bo} {
		mustOK(t, db.CreateWellbeing(ctx, w))
	}
	if march.ID == 0 || march.Version != 1 || march.UpdatedBy != "AB" {
		t.Fatalf("created: %+v", march)
	}
	changes, _ := db.ChangesSince(ctx, seq)
	if len(changes) != 3 || changes[0].Kind != board.RecordWellbeing || changes[0].CitizenID != c.ID || changes[0].RecordID != march.ID {
		t.Fatalf("changes: %+v", changes)
	}

	wantCode(t, db.CreateWellbeing(ctx, &board.Wellbeing{CitizenID: 999, On: april.On, AskedBy: ab}), board.ENotFound)
	wantCode(t, db.CreateWellbeing(ctx, &board.Wellbeing{CitizenID: c.ID, On: april.On, AskedBy: 999}), board.EInvalid)
	wantCode(t, db.CreateWellbeing(ctx, &board.Wellbeing{CitizenID: c.ID, On: april.On, AskedBy: ab, Answers: [5]int{6}}), board.EInvalid)

	list, err := db.FindWellbeing(ctx, board.WellbeingFilter{CitizenID: c.ID})
	if err != nil || len(list) != 2 || list[0].ID != april.ID || list[1].ID != march.ID {
		t.Fatalf("a citizen's, oldest first: %+v %v", list, err)
	}
	if got := list[1]; got.Score() != 40 || !got.SelfReported || got.AskedBy != ab || got.On != march.On || got.Answers != march.Answers {
		t.Fatalf("read back: %+v", got)
	}
	all, _ := db.FindWellbeing(ctx, board.WellbeingFilter{})
	since, _ := db.FindWellbeing(ctx, board.WellbeingFilter{Since: board.MustDate("2026-03-01")})
	if len(all) != 3 || len(since) != 2 {
		t.Fatalf("team: %d, since March: %d", len(all), len(since))
	}

	// The board: Inge fell from 76 to 40 (low and falling).
	from := t0.AddDate(0, 0, -2)
	wb, err := db.WeekBoard(ctx, from, from.AddDate(0, 0, 7), board.DateOf(t0))
	mustOK(t, err)
	for _, r := range wb.Rows {
		if r.Citizen.ID != c.ID {
			continue
		}
		want := []board.WellbeingScore{{On: april.On, Score: 76}, {On: march.On, Score: 40}}
		if !slices.Equal(r.Facts.Wellbeing, want) {
			t.Fatalf("board facts: %+v", r.Facts.Wellbeing)
		}
		if !slices.Contains(r.Attention, board.AttentionWellbeingLow) || !slices.Contains(r.Attention, board.AttentionWellbeingFalling) {
			t.Fatalf("markers: %v", r.Attention)
		}
	}

	// Versions: a stale save or deletion is refused.
	stale := *march
	march.Answers[0] = 3
	mustOK(t, db.UpdateWellbeing(ctx, march))
	if march.Version != 2 {
		t.Fatalf("version after update: %d", march.Version)
	}
	stale.Answers[1] = 5
	wantCode(t, db.UpdateWellbeing(ctx, &stale), board.EConflict)
	wantCode(t, db.DeleteWellbeing(ctx, march.ID, stale.Version), board.EConflict)

	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordWellbeing, RowID: march.ID})
	if len(hist) != 2 || hist[0].Action != board.AuditUpdate || hist[0].CitizenID != c.ID {
		t.Fatalf("history: %+v", hist)
	}
	if got := fieldsText(hist[0]); got != "wellbeing.item_1: 2 → 3\nwellbeing.score: 40 → 44" {
		t.Fatalf("history fields:\n%s", got)
	}
	if got := fieldsText(hist[1]); !strings.Contains(got, "wellbeing.answered_on: 2026-03-20") ||
		!strings.Contains(got, "wellbeing.asked_by: AB") || !strings.Contains(got, "wellbeing.self_reported: yes") {
		t.Fatalf("history of the insert:\n%s", got)
	}

	mustOK(t, db.DeleteWellbeing(ctx, march.ID, march.Version))
	wantCode(t, db.DeleteWellbeing(ctx, march.ID, march.Version), board.ENotFound)
	wantCode(t, db.UpdateWellbeing(ctx, march), board.ENotFound)
	hist, _ = db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordWellbeing, RowID: march.ID})
	if len(hist) != 3 || hist[0].Action != board.AuditDelete {
		t.Fatalf("history after delete: %+v", hist)
	}
}

// testNoShowFacts: no-shows of the last four weeks, of whole appointments
// and of single occurrences, reach the board's facts; older ones do not.
func testNoShowFacts(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Inge", Status: board.StatusActive})
	recent := &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: at(2026, 3, 16, 10, 0), End: at(2026, 3, 16, 11, 0),
		Status: calendar.StatusNoShow, Participants: []int64{ab}}
	old := &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: at(2026, 1, 5, 10, 0), End: at(2026, 1, 5, 11, 0),
		Status: calendar.StatusNoShow, Participants: []int64{ab}}
	weekly := &calendar.Appointment{CitizenID: c.ID, Title: "Depot", Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 15),
		Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}, Participants: []int64{ab},
		Exceptions: []calendar.Exception{{Original: at(2026, 3, 9, 9, 0), Status: calendar.StatusNoShow}}}
	for _, a := range []*calendar.Appointment{recent, old, weekly} {
		mustOK(t, db.CreateAppointment(ctx, a))
	}
	from := t0.AddDate(0, 0, -2)
	wb, err := db.WeekBoard(ctx, from, from.AddDate(0, 0, 7), board.DateOf(t0))
	mustOK(t, err)
	if len(wb.Rows) != 1 || len(wb.Rows[0].Facts.NoShows) != 2 {
		t.Fatalf("no-shows: %+v", wb.Rows)
	}
}

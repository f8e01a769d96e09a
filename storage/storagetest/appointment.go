package storagetest

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, calendar.Copenhagen)
}

func testAppointments(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	cd := addMember(t, db, "Carl Dahl", "CD", board.SectorKommune)
	c := addCitizen(t, db, &board.Citizen{Name: "Jens"})

	visit := &calendar.Appointment{CitizenID: c.ID, Title: "Hjemmebesøg", Kind: calendar.KindHomeVisit,
		Start: at(2026, 3, 26, 10, 0), End: at(2026, 3, 26, 11, 0), Participants: []int64{cd.ID, ab}, Place: "Hjemme"}
	// Weekly since November, no end: must show in any later week.
	weekly := &calendar.Appointment{CitizenID: c.ID, Title: "Depotmedicin", Kind: calendar.KindMedication,
		Start: at(2025, 11, 3, 9, 0), End: at(2025, 11, 3, 9, 15), Participants: []int64{ab},
		Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
	// Every second week, ended in January.
	ended := &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: at(2025, 10, 1, 13, 0), End: at(2025, 10, 1, 14, 0),
		Recurrence: calendar.Recurrence{Freq: calendar.FreqBiweekly, Until: at(2026, 1, 31, 0, 0)}}
	team := &calendar.Appointment{Title: "Teammøde", Kind: calendar.KindMeeting, Start: at(2026, 3, 24, 9, 0), End: at(2026, 3, 24, 10, 0),
		Participants: []int64{ab, cd.ID}, UID: "fast-uid@outlook"}
	for _, a := range []*calendar.Appointment{visit, weekly, ended, team} {
		if err := db.CreateAppointment(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasSuffix(visit.UID, "@tavlen") || team.UID != "fast-uid@outlook" || visit.Version != 1 {
		t.Fatalf("UIDs: %q %q", visit.UID, team.UID)
	}
	wantCode(t, db.CreateAppointment(ctx, &calendar.Appointment{Title: "dublet", UID: "fast-uid@outlook", Start: at(2026, 3, 24, 9, 0), End: at(2026, 3, 24, 10, 0)}), board.EInvalid)
	wantCode(t, db.CreateAppointment(ctx, &calendar.Appointment{Title: "baglæns", Start: at(2026, 3, 24, 9, 0), End: at(2026, 3, 24, 8, 0)}), board.EInvalid)
	wantCode(t, db.CreateAppointment(ctx, &calendar.Appointment{Title: "x", Start: at(2026, 3, 24, 9, 0), End: at(2026, 3, 24, 10, 0), Participants: []int64{999}}), board.EInvalid)

	got, err := db.FindAppointmentByID(ctx, visit.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Start.Equal(visit.Start) || got.Place != "Hjemme" || len(got.Participants) != 2 || got.Participants[0] != cd.ID {
		t.Fatalf("read back: %+v", got)
	}

	titles := func(f calendar.Filter) string {
		list, err := db.FindAppointments(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, a := range list {
			s = append(s, a.Title)
		}
		return strings.Join(s, ",")
	}
	w13 := calendar.Week{Year: 2026, Week: 13}
	for _, tc := range []struct {
		name string
		f    calendar.Filter
		want string
	}{
		{"week 13", calendar.Filter{From: w13.Start(), To: w13.End()}, "Depotmedicin,Teammøde,Hjemmebesøg"},
		{"week 13 citizen", calendar.Filter{From: w13.Start(), To: w13.End(), CitizenID: c.ID}, "Depotmedicin,Hjemmebesøg"},
		{"week 13 team", calendar.Filter{From: w13.Start(), To: w13.End(), TeamOnly: true}, "Teammøde"},
		{"week 13 CD", calendar.Filter{From: w13.Start(), To: w13.End(), MemberID: cd.ID}, "Teammøde,Hjemmebesøg"},
		{"January", calendar.Filter{From: at(2026, 1, 1, 0, 0), To: at(2026, 2, 1, 0, 0)}, "Samtale,Depotmedicin"},
		{"after the end", calendar.Filter{From: at(2026, 2, 1, 0, 0), To: at(2026, 2, 14, 0, 0)}, "Depotmedicin"},
		{"by UID", calendar.Filter{UID: "fast-uid@outlook"}, "Teammøde"},
	} {
		if got := titles(tc.f); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}

	stale := *got
	clk.Advance(time.Minute)
	got.Status = calendar.StatusHeld
	got.Participants = []int64{ab}
	if err := db.UpdateAppointment(ctx, got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 2 || got.Sequence != 1 || got.UID != visit.UID {
		t.Fatalf("after update: v%d seq%d %s", got.Version, got.Sequence, got.UID)
	}
	stale.Title = "Flyttet"
	e := wantCode(t, db.UpdateAppointment(ctx, &stale), board.EConflict)
	if e.By != "AB" || !e.At.Equal(t0.Add(time.Minute)) {
		t.Fatalf("conflict: %+v", e)
	}
	if err := db.DeleteAppointment(ctx, got.ID, got.Version); err != nil {
		t.Fatal(err)
	}
	_, err = db.FindAppointmentByID(ctx, got.ID)
	wantCode(t, err, board.ENotFound)
	wantCode(t, db.UpdateAppointment(ctx, got), board.ENotFound)
	hist, _ := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordAppointment, RowID: visit.ID})
	if len(hist) != 3 || fieldsText(hist[1]) != "appointment.participants: CD, AB → AB\nappointment.status: planned → held" {
		t.Fatalf("history: %q", fieldsText(hist[1]))
	}
}

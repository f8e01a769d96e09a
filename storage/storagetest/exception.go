package storagetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// entriesText lists a board row's day chips as "Mon 09:00 Depot held".
func entriesText(r *board.BoardRow) string {
	var s []string
	for _, e := range r.Entries {
		s = append(s, fmt.Sprintf("%s %s %s", e.Start.In(calendar.Copenhagen).Format("Mon 02 15:04-07"), e.Title, e.Status))
	}
	return strings.Join(s, ", ")
}

func rowOf(t *testing.T, wb *board.WeekBoard, id int64) *board.BoardRow {
	t.Helper()
	for _, r := range wb.Rows {
		if r.Citizen.ID == id {
			return r
		}
	}
	t.Fatalf("no row for citizen %d", id)
	return nil
}

func testAppointmentExceptions(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Jens", Status: board.StatusActive})

	// Mondays 09:00 since 2 March; week 13 (23 March) is the last in winter
	// time, week 14 (30 March) the first in summer time.
	depot := &calendar.Appointment{CitizenID: c.ID, Title: "Depot", Kind: calendar.KindMedication,
		Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 30), Participants: []int64{ab},
		Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly, Until: at(2026, 4, 27, 0, 0)}}
	mustOK(t, depot.MarkOccurrence(at(2026, 3, 9, 9, 0), calendar.StatusHeld))
	if err := db.CreateAppointment(ctx, depot); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindAppointmentByID(ctx, depot.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Exceptions) != 1 || !got.Exceptions[0].Original.Equal(at(2026, 3, 9, 9, 0)) || got.Exceptions[0].Status != calendar.StatusHeld {
		t.Fatalf("read back %+v", got.Exceptions)
	}

	// This week: held on Monday 23rd; next week: Monday 30th moved to
	// Tuesday 31st 14:00 (summer time) with a note; 6 April cancelled;
	// the last one (27 April) moved back into week 17's Friday 24th; and
	// the first (2 March) moved to the Friday before the series starts.
	clk.Advance(time.Minute)
	mustOK(t, got.MarkOccurrence(at(2026, 3, 23, 9, 0), calendar.StatusHeld))
	mustOK(t, got.SetOccurrence(at(2026, 3, 30, 9, 0), calendar.Exception{Start: at(2026, 3, 31, 14, 0), End: at(2026, 3, 31, 15, 0), Notes: "Flyttet: tandlæge."}))
	mustOK(t, got.MarkOccurrence(at(2026, 4, 6, 9, 0), calendar.StatusCancelled))
	mustOK(t, got.MoveOccurrence(at(2026, 4, 27, 9, 0), at(2026, 4, 24, 9, 0), at(2026, 4, 24, 9, 30)))
	mustOK(t, got.MoveOccurrence(at(2026, 3, 2, 9, 0), at(2026, 2, 27, 9, 0), at(2026, 2, 27, 9, 30)))
	stale := got.Clone()
	if err := db.UpdateAppointment(ctx, got); err != nil {
		t.Fatal(err)
	}
	if got.Version != 2 || got.Sequence != 1 {
		t.Fatalf("after update: v%d seq%d", got.Version, got.Sequence)
	}
	// An exception edit is an appointment update: a stale one conflicts.
	mustOK(t, stale.MarkOccurrence(at(2026, 3, 16, 9, 0), calendar.StatusNoShow))
	wantCode(t, db.UpdateAppointment(ctx, stale), board.EConflict)

	reread, err := db.FindAppointmentByID(ctx, depot.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(reread.Exceptions) != 6 || reread.Exceptions[3].Notes != "Flyttet: tandlæge." || !reread.Exceptions[3].End.Equal(at(2026, 3, 31, 15, 0)) {
		t.Fatalf("exceptions after update %+v", reread.Exceptions)
	}

	// The history names each changed occurrence.
	hist, err := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordAppointment, RowID: depot.ID})
	if err != nil || len(hist) != 2 {
		t.Fatalf("history %v %v", hist, err)
	}
	wantHist := strings.Join([]string{
		"appointment.occurrence 2026-03-02 09:00: planned → planned, moved to 2026-02-27 09:00–09:30",
		"appointment.occurrence 2026-03-23 09:00: planned → held",
		"appointment.occurrence 2026-03-30 09:00: planned → planned, moved to 2026-03-31 14:00–15:00; notes: Flyttet: tandlæge.",
		"appointment.occurrence 2026-04-06 09:00: planned → cancelled",
		"appointment.occurrence 2026-04-27 09:00: planned → planned, moved to 2026-04-24 09:00–09:30",
	}, "\n")
	if fieldsText(hist[0]) != wantHist {
		t.Errorf("update history\n%s\nwant\n%s", fieldsText(hist[0]), wantHist)
	}
	if !strings.Contains(fieldsText(hist[1]), "appointment.occurrence 2026-03-09 09:00: held") {
		t.Errorf("insert history %q", fieldsText(hist[1]))
	}

	// The window finds occurrences moved into it, also from outside the
	// series' own span.
	for _, tc := range []struct {
		name     string
		from, to time.Time
		want     string
	}{
		{"week 14", calendar.Week{Year: 2026, Week: 14}.Start(), calendar.Week{Year: 2026, Week: 14}.End(), "Tue 31 14:00+02 planned moved"},
		{"week 15", calendar.Week{Year: 2026, Week: 15}.Start(), calendar.Week{Year: 2026, Week: 15}.End(), "Mon 06 09:00+02 cancelled"},
		{"week 17", calendar.Week{Year: 2026, Week: 17}.Start(), calendar.Week{Year: 2026, Week: 17}.End(), "Mon 20 09:00+02 planned, Fri 24 09:00+02 planned moved"},
		{"week 18", calendar.Week{Year: 2026, Week: 18}.Start(), calendar.Week{Year: 2026, Week: 18}.End(), ""},
		{"before the series", at(2026, 2, 23, 0, 0), at(2026, 3, 1, 0, 0), "Fri 27 09:00+01 planned moved"},
	} {
		list, err := db.FindAppointments(ctx, calendar.Filter{From: tc.from, To: tc.to, CitizenID: c.ID})
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, o := range calendar.Expand(list, tc.from, tc.to) {
			line := fmt.Sprintf("%s %s", o.Start.In(calendar.Copenhagen).Format("Mon 02 15:04-07"), o.Status)
			if o.Moved() {
				line += " moved"
			}
			s = append(s, line)
		}
		if g := strings.Join(s, ", "); g != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
	}

	// The board shows each occurrence's own status and time.
	for _, tc := range []struct {
		week int
		want string
	}{
		{13, "Mon 23 09:00+01 Depot held"},
		{14, "Tue 31 14:00+02 Depot planned"},
		{15, "Mon 06 09:00+02 Depot cancelled"},
		{17, "Mon 20 09:00+02 Depot planned, Fri 24 09:00+02 Depot planned"},
		{9, "Fri 27 09:00+01 Depot planned"},
		{10, ""},
	} {
		w := calendar.Week{Year: 2026, Week: tc.week}
		wb, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(t0))
		if err != nil {
			t.Fatal(err)
		}
		if g := entriesText(rowOf(t, wb, c.ID)); g != tc.want {
			t.Errorf("board week %d: %q, want %q", tc.week, g, tc.want)
		}
	}

	// An occurrence that is not one of the rule's is refused.
	bad := reread.Clone()
	bad.Exceptions = append(bad.Exceptions, calendar.Exception{Original: at(2026, 3, 17, 9, 0), Status: calendar.StatusHeld})
	wantCode(t, db.UpdateAppointment(ctx, bad), board.EInvalid)

	// Deleting the appointment deletes its exceptions.
	if err := db.DeleteAppointment(ctx, reread.ID, reread.Version); err != nil {
		t.Fatal(err)
	}
	ad.inspect(t, db, Step{Name: StepAppointmentDeleted})
	hist, _ = db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordAppointment, RowID: depot.ID})
	if !strings.Contains(fieldsText(hist[0]), "appointment.occurrence 2026-04-06 09:00: cancelled") {
		t.Errorf("delete history %q", fieldsText(hist[0]))
	}
}

// The board's facts (last contact, last no-show) see occurrences marked
// held or no-show one by one, where they happened.
func testFactsFromOccurrences(t *testing.T, ad Adapter) {
	db, clk := newStore(t, ad)
	ab := memberID(t, db)
	c := addCitizen(t, db, &board.Citizen{Name: "Karin", Status: board.StatusActive, OnBoard: true, BoardReason: "krise",
		BoardSince: board.MustDate("2026-01-05"), Responsible: []board.Responsibility{{MemberID: ab}}})
	series := &calendar.Appointment{CitizenID: c.ID, Title: "Samtale", Start: at(2026, 1, 5, 10, 0), End: at(2026, 1, 5, 11, 0),
		Participants: []int64{ab}, Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
	if err := db.CreateAppointment(ctx, series); err != nil {
		t.Fatal(err)
	}
	w := calendar.WeekOf(t0)
	facts := func() board.Facts {
		t.Helper()
		wb, err := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(t0))
		if err != nil {
			t.Fatal(err)
		}
		return rowOf(t, wb, c.ID).Facts
	}
	if f := facts(); !f.LastContact.IsZero() || !f.LastNoShow.IsZero() {
		t.Fatalf("facts before any mark: %+v", f)
	}
	// Held on 2 March, moved to the 3rd; no-show on 16 March.
	clk.Advance(time.Minute)
	mustOK(t, series.SetOccurrence(at(2026, 3, 2, 10, 0), calendar.Exception{Status: calendar.StatusHeld, Start: at(2026, 3, 3, 12, 0), End: at(2026, 3, 3, 13, 0)}))
	mustOK(t, series.MarkOccurrence(at(2026, 3, 16, 10, 0), calendar.StatusNoShow))
	mustOK(t, series.MarkOccurrence(at(2026, 2, 23, 10, 0), calendar.StatusHeld))
	if err := db.UpdateAppointment(ctx, series); err != nil {
		t.Fatal(err)
	}
	f := facts()
	if !f.LastContact.Equal(at(2026, 3, 3, 12, 0)) || !f.LastNoShow.Equal(at(2026, 3, 16, 10, 0)) {
		t.Fatalf("facts %+v", f)
	}
	wb, _ := db.WeekBoard(ctx, w.Start(), w.End(), board.DateOf(t0))
	var kinds []string
	for _, a := range rowOf(t, wb, c.ID).Attention {
		kinds = append(kinds, string(a))
	}
	if s := strings.Join(kinds, ","); !strings.Contains(s, "no_show") || !strings.Contains(s, "no_contact") {
		t.Errorf("attention %q, want a no-show and no contact in 14 days", s)
	}
	// A later held occurrence clears the no-show.
	clk.Advance(time.Minute)
	mustOK(t, series.MarkOccurrence(at(2026, 3, 23, 10, 0), calendar.StatusHeld))
	if err := db.UpdateAppointment(ctx, series); err != nil {
		t.Fatal(err)
	}
	if f := facts(); !f.LastContact.Equal(at(2026, 3, 23, 10, 0)) || !f.LastNoShow.Equal(at(2026, 3, 16, 10, 0)) {
		t.Fatalf("facts %+v", f)
	}
	// Unmarking it goes back.
	clk.Advance(time.Minute)
	mustOK(t, series.MarkOccurrence(at(2026, 3, 23, 10, 0), ""))
	if err := db.UpdateAppointment(ctx, series); err != nil {
		t.Fatal(err)
	}
	if f := facts(); !f.LastContact.Equal(at(2026, 3, 3, 12, 0)) {
		t.Fatalf("facts after unmarking %+v", f)
	}
}

// SplitAt in storage: the series' first part is updated, the second
// created, in one batch; together they show what the series did.
func testSplitSeries(t *testing.T, ad Adapter) {
	db, _ := newStore(t, ad)
	ab := memberID(t, db)
	series := &calendar.Appointment{Title: "Teammøde", Start: at(2026, 3, 3, 9, 0), End: at(2026, 3, 3, 10, 0),
		Participants: []int64{ab}, Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}}
	mustOK(t, series.MarkOccurrence(at(2026, 3, 10, 9, 0), calendar.StatusHeld))
	mustOK(t, series.MarkOccurrence(at(2026, 4, 7, 9, 0), calendar.StatusCancelled))
	if err := db.CreateAppointment(ctx, series); err != nil {
		t.Fatal(err)
	}
	before, after, err := series.SplitAt(at(2026, 3, 31, 9, 0))
	if err != nil {
		t.Fatal(err)
	}
	// From now on at 13; the cancelled 7 April stays cancelled.
	if dropped := after.Reschedule(at(2026, 3, 31, 13, 0), at(2026, 3, 31, 14, 0)); len(dropped) != 0 {
		t.Fatalf("dropped %+v", dropped)
	}
	err = db.Batch(ctx, func(ctx context.Context) error {
		if err := db.UpdateAppointment(ctx, before); err != nil {
			return err
		}
		return db.CreateAppointment(ctx, after)
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := db.FindAppointments(ctx, calendar.Filter{From: at(2026, 3, 1, 0, 0), To: at(2026, 4, 20, 0, 0)})
	if err != nil || len(list) != 2 {
		t.Fatalf("%d appointments %v", len(list), err)
	}
	var s []string
	for _, o := range calendar.Expand(list, at(2026, 3, 1, 0, 0), at(2026, 4, 20, 0, 0)) {
		s = append(s, o.Start.In(calendar.Copenhagen).Format("01-02 15:04 ")+string(o.Status))
	}
	want := "03-03 09:00 planned, 03-10 09:00 held, 03-17 09:00 planned, 03-24 09:00 planned, 03-31 13:00 planned, 04-07 13:00 cancelled, 04-14 13:00 planned"
	if g := strings.Join(s, ", "); g != want {
		t.Errorf("occurrences\n%s\nwant\n%s", g, want)
	}
}

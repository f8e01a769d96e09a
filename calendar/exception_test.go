package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// weeklyVisit is a Monday 09:00 series across the March change to summer
// time (29 March 2026): 16, 23, 30 March, 6 and 13 April.
func weeklyVisit() *Appointment {
	return &Appointment{ID: 1, UID: "w@tavlen", Title: "Depotinjektion", Kind: KindMedication,
		Start: cph(2026, 3, 16, 9, 0), End: cph(2026, 3, 16, 9, 30), Status: StatusPlanned, Participants: []int64{1},
		Recurrence: Recurrence{Freq: FreqWeekly, Until: cph(2026, 4, 13, 0, 0)}}
}

// occText describes occurrences as "Mon 2026-03-30 09:00+02:00 held (orig 03-30 09:00)".
func occText(occs []Occurrence) string {
	var s []string
	for _, o := range occs {
		t := o.Start.In(Copenhagen)
		line := fmt.Sprintf("%s %s-%s %s", t.Format("Mon 2006-01-02 15:04-07:00"), o.End.In(Copenhagen).Format("15:04"), o.Status, "#"+fmt.Sprint(o.Index))
		if o.Moved() {
			line += " from " + o.Original.In(Copenhagen).Format("01-02 15:04")
		}
		s = append(s, line)
	}
	return strings.Join(s, "\n")
}

func TestOccurrencesWithExceptions(t *testing.T) {
	w := func(n int) (time.Time, time.Time) { return Week{2026, n}.Start(), Week{2026, n}.End() }
	for _, tc := range []struct {
		name string
		exs  []Exception
		week int
		want []string
	}{
		{"no exceptions", nil, 14, []string{"Mon 2026-03-30 09:00+02:00 09:30-planned #2"}},
		{"held after the DST change", []Exception{{Original: cph(2026, 3, 30, 9, 0), Status: StatusHeld}}, 14,
			[]string{"Mon 2026-03-30 09:00+02:00 09:30-held #2"}},
		{"cancelled stays, struck through", []Exception{{Original: cph(2026, 3, 23, 9, 0), Status: StatusCancelled}}, 13,
			[]string{"Mon 2026-03-23 09:00+01:00 09:30-cancelled #1"}},
		{"other weeks untouched", []Exception{{Original: cph(2026, 3, 23, 9, 0), Status: StatusCancelled}}, 14,
			[]string{"Mon 2026-03-30 09:00+02:00 09:30-planned #2"}},
		{"moved within the week", []Exception{{Original: cph(2026, 4, 6, 9, 0), Start: cph(2026, 4, 7, 13, 0), End: cph(2026, 4, 7, 14, 0)}}, 15,
			[]string{"Tue 2026-04-07 13:00+02:00 14:00-planned #3 from 04-06 09:00"}},
		{"moved out of the window", []Exception{{Original: cph(2026, 3, 23, 9, 0), Start: cph(2026, 3, 31, 9, 0), End: cph(2026, 3, 31, 9, 30)}}, 13,
			nil},
		// Moved from winter time (week 13) into summer time (week 14), so
		// week 14 has two, in order of their new start.
		{"moved into the window across DST", []Exception{{Original: cph(2026, 3, 23, 9, 0), Start: cph(2026, 3, 30, 8, 0), End: cph(2026, 3, 30, 8, 30), Status: StatusHeld}}, 14,
			[]string{"Mon 2026-03-30 08:00+02:00 08:30-held #1 from 03-23 09:00", "Mon 2026-03-30 09:00+02:00 09:30-planned #2"}},
		{"moved after the series ends", []Exception{{Original: cph(2026, 4, 13, 9, 0), Start: cph(2026, 4, 14, 9, 0), End: cph(2026, 4, 14, 10, 0)}}, 16,
			[]string{"Tue 2026-04-14 09:00+02:00 10:00-planned #4 from 04-13 09:00"}},
		{"moved before the series starts", []Exception{{Original: cph(2026, 3, 16, 9, 0), Start: cph(2026, 3, 13, 9, 0), End: cph(2026, 3, 13, 9, 30)}}, 11,
			[]string{"Fri 2026-03-13 09:00+01:00 09:30-planned #0 from 03-16 09:00"}},
		{"an orphan is ignored", []Exception{{Original: cph(2026, 3, 30, 10, 0), Status: StatusHeld, Start: cph(2026, 3, 31, 9, 0), End: cph(2026, 3, 31, 9, 30)}}, 14,
			[]string{"Mon 2026-03-30 09:00+02:00 09:30-planned #2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := weeklyVisit()
			a.Exceptions = tc.exs
			from, to := w(tc.week)
			if got, want := occText(Occurrences(a, from, to)), strings.Join(tc.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestOccurrencesAutumnDST(t *testing.T) {
	// Every second Tuesday 14:00 from 13 October: 27 October is after the
	// change back to winter time (25 October). Move it to Friday 23rd,
	// still summer time, and cancel 10 November.
	a := &Appointment{ID: 2, Title: "Samtale", Start: cph(2026, 10, 13, 14, 0), End: cph(2026, 10, 13, 15, 0),
		Status: StatusPlanned, Recurrence: Recurrence{Freq: FreqBiweekly}}
	if err := a.MoveOccurrence(cph(2026, 10, 27, 14, 0), cph(2026, 10, 23, 14, 0), cph(2026, 10, 23, 15, 0)); err != nil {
		t.Fatal(err)
	}
	if err := a.MarkOccurrence(cph(2026, 11, 10, 14, 0), StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	got := occText(Occurrences(a, cph(2026, 10, 1, 0, 0), cph(2026, 11, 30, 0, 0)))
	want := strings.Join([]string{
		"Tue 2026-10-13 14:00+02:00 15:00-planned #0",
		"Fri 2026-10-23 14:00+02:00 15:00-planned #1 from 10-27 14:00",
		"Tue 2026-11-10 14:00+01:00 15:00-cancelled #2",
		"Tue 2026-11-24 14:00+01:00 15:00-planned #3",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// The identity of the moved occurrence is its winter-time original.
	o, ok := a.OccurrenceAt(cph(2026, 10, 27, 14, 0))
	if !ok || !o.Moved() || !o.Start.Equal(cph(2026, 10, 23, 14, 0)) || o.Index != 1 {
		t.Errorf("OccurrenceAt = %+v %v", o, ok)
	}
	// 27 October 14:00 in summer-time offset is 13:00 in winter: no occurrence.
	if _, ok := a.OccurrenceAt(time.Date(2026, 10, 27, 12, 0, 0, 0, time.UTC)); ok {
		t.Error("an instant an hour off is an occurrence")
	}
}

func TestExceptionValidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(a *Appointment)
		want string // "" = valid
	}{
		{"held", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Status: StatusHeld}}
		}, ""},
		{"not on the rule's hour", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 30), Status: StatusHeld}}
		}, "no longer fits"},
		{"not on the rule's day", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 31, 9, 0), Status: StatusHeld}}
		}, "no longer fits"},
		{"after the series' end", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 4, 20, 9, 0), Status: StatusHeld}}
		}, "no longer fits"},
		{"before its start", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 9, 9, 0), Status: StatusHeld}}
		}, "no longer fits"},
		{"twice", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Status: StatusHeld}, {Original: cph(2026, 3, 30, 9, 0), Status: StatusNoShow}}
		}, "changed twice"},
		{"moved end before start", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Start: cph(2026, 3, 31, 9, 0), End: cph(2026, 3, 31, 8, 0)}}
		}, "end after it starts"},
		{"moved without end", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Start: cph(2026, 3, 31, 9, 0)}}
		}, "both a start and an end"},
		{"moved too long", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Start: cph(2026, 3, 31, 9, 0), End: cph(2026, 4, 1, 10, 0)}}
		}, "at most 24 hours"},
		{"unknown status", func(a *Appointment) { a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Status: "maybe"}} }, "Unknown status"},
		{"single appointment", func(a *Appointment) {
			a.Recurrence = Recurrence{}
			a.Exceptions = []Exception{{Original: a.Start, Status: StatusHeld}}
		}, "Only a repeating"},
		{"series moved away from its exceptions", func(a *Appointment) {
			a.Exceptions = []Exception{{Original: cph(2026, 3, 30, 9, 0), Status: StatusHeld}}
			a.Start, a.End = cph(2026, 3, 17, 9, 0), cph(2026, 3, 17, 9, 30)
		}, "no longer fits"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := weeklyVisit()
			tc.edit(a)
			err := a.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("invalid: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrInvalid)):
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestSetOccurrence(t *testing.T) {
	a := weeklyVisit()
	mar30, apr6 := cph(2026, 3, 30, 9, 0), cph(2026, 4, 6, 9, 0)
	if err := a.MarkOccurrence(apr6, StatusHeld); err != nil {
		t.Fatal(err)
	}
	if err := a.MoveOccurrence(mar30, cph(2026, 3, 31, 9, 0), cph(2026, 3, 31, 9, 30)); err != nil {
		t.Fatal(err)
	}
	if err := a.SetOccurrence(apr6, Exception{Status: StatusHeld, Notes: "Fik sprøjten."}); err != nil {
		t.Fatal(err)
	}
	// Sorted by original; marking keeps the move.
	if err := a.MarkOccurrence(mar30, StatusNoShow); err != nil {
		t.Fatal(err)
	}
	if len(a.Exceptions) != 2 || !a.Exceptions[0].Original.Equal(mar30) || a.Exceptions[0].Status != StatusNoShow ||
		!a.Exceptions[0].Start.Equal(cph(2026, 3, 31, 9, 0)) || a.Exceptions[1].Notes != "Fik sprøjten." {
		t.Fatalf("exceptions %+v", a.Exceptions)
	}
	// Moving back to the rule's time is no move; clearing the status then
	// leaves nothing, so the exception goes.
	if err := a.MoveOccurrence(mar30, mar30, mar30.Add(30*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if a.Exceptions[0].Moved() {
		t.Fatalf("still moved: %+v", a.Exceptions[0])
	}
	if err := a.MarkOccurrence(mar30, ""); err != nil {
		t.Fatal(err)
	}
	if len(a.Exceptions) != 1 || !a.Exceptions[0].Original.Equal(apr6) {
		t.Fatalf("exceptions %+v", a.Exceptions)
	}
	for _, bad := range []time.Time{cph(2026, 3, 30, 10, 0), cph(2026, 4, 20, 9, 0), {}} {
		if err := a.MarkOccurrence(bad, StatusHeld); !errors.Is(err, ErrInvalid) {
			t.Errorf("%v: error %v", bad, err)
		}
	}
	if err := a.MoveOccurrence(apr6, cph(2026, 4, 7, 9, 0), cph(2026, 4, 7, 8, 0)); !errors.Is(err, ErrInvalid) {
		t.Errorf("backwards move: %v", err)
	}
	single := appt(9, cph(2026, 3, 30, 9, 0), time.Hour, StatusPlanned)
	if err := single.MarkOccurrence(single.Start, StatusHeld); !errors.Is(err, ErrInvalid) {
		t.Errorf("single appointment: %v", err)
	}
	o, ok := a.OccurrenceAt(apr6)
	if !ok || o.Status != StatusHeld || o.Notes != "Fik sprøjten." || o.Moved() || o.Index != 3 {
		t.Errorf("OccurrenceAt = %+v %v", o, ok)
	}
}

func TestSplitAt(t *testing.T) {
	for _, tc := range []struct {
		name       string
		a          func() *Appointment
		at         time.Time
		wantUntil  time.Time // before's; zero = no before
		wantBefore int       // exceptions
	}{
		{"weekly, split in summer time", weeklyVisit, cph(2026, 3, 30, 9, 0), cph(2026, 3, 29, 0, 0), 1},
		{"weekly, split at the first", weeklyVisit, cph(2026, 3, 16, 9, 0), time.Time{}, 0},
		{"weekly, split at the last", weeklyVisit, cph(2026, 4, 13, 9, 0), cph(2026, 4, 12, 0, 0), 1},
		{"monthly on the 31st", func() *Appointment {
			return &Appointment{ID: 3, UID: "m@tavlen", Title: "Depot", Start: cph(2026, 1, 31, 11, 0), End: cph(2026, 1, 31, 11, 15),
				Status: StatusPlanned, Recurrence: Recurrence{Freq: FreqMonthly}}
		}, cph(2026, 5, 31, 11, 0), cph(2026, 5, 30, 0, 0), 1},
		{"biweekly across autumn DST", func() *Appointment {
			return &Appointment{ID: 4, UID: "b@tavlen", Title: "Samtale", Start: cph(2026, 10, 13, 14, 0), End: cph(2026, 10, 13, 15, 0),
				Status: StatusPlanned, Recurrence: Recurrence{Freq: FreqBiweekly, Until: cph(2026, 12, 31, 0, 0)}}
		}, cph(2026, 11, 10, 14, 0), cph(2026, 11, 9, 0, 0), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.a()
			// One exception before the split (if there is room) and two from it.
			all := Occurrences(a, a.Start, a.Start.AddDate(2, 0, 0))
			for _, o := range all {
				switch {
				case o.Original.Before(tc.at) && len(a.Exceptions) == 0:
					_ = a.MarkOccurrence(o.Original, StatusHeld)
				case o.Original.Equal(tc.at):
					_ = a.MarkOccurrence(o.Original, StatusCancelled)
				case o.Original.After(tc.at) && len(a.Exceptions) < 3:
					_ = a.MoveOccurrence(o.Original, o.Start.Add(time.Hour), o.End.Add(time.Hour))
				}
			}
			orig := a.Clone()
			before, after, err := a.SplitAt(tc.at)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(a.Exceptions, orig.Exceptions, func(x, y Exception) bool { return x == y }) || a.Recurrence != orig.Recurrence {
				t.Fatal("SplitAt changed a")
			}
			if after.ID != 0 || after.Version != 0 || after.UID == "" || after.UID == a.UID || !after.Start.Equal(tc.at) ||
				after.Duration() != a.Duration() || after.Recurrence != a.Recurrence || after.Title != a.Title {
				t.Errorf("after: %+v", after)
			}
			if tc.wantUntil.IsZero() {
				if before != nil {
					t.Errorf("before = %+v, want nil", before)
				}
			} else if before == nil || before.ID != a.ID || before.UID != a.UID || !before.Recurrence.Until.Equal(tc.wantUntil) ||
				len(before.Exceptions) != tc.wantBefore {
				t.Errorf("before: %+v", before)
			}
			for _, p := range []*Appointment{before, after} {
				if p != nil {
					if err := p.Clone().Validate(); err != nil {
						t.Errorf("a part is invalid: %v", err)
					}
				}
			}
			// Together the parts have exactly the series' occurrences.
			var parts []*Appointment
			if before != nil {
				parts = append(parts, before)
			}
			parts = append(parts, after)
			from, to := a.Start.AddDate(0, -1, 0), a.Start.AddDate(2, 0, 0)
			if got, want := expandText(Expand(parts, from, to)), expandText(Expand([]*Appointment{a}, from, to)); got != want {
				t.Errorf("parts expand to\n%s\nwant\n%s", got, want)
			}
			after.Participants = append(after.Participants, 99)
			if a.HasParticipant(99) {
				t.Error("after shares participants with a")
			}
		})
	}
	if _, _, err := weeklyVisit().SplitAt(cph(2026, 3, 31, 9, 0)); !errors.Is(err, ErrInvalid) {
		t.Errorf("split off the rule: %v", err)
	}
}

// expandText is occText without the index, which restarts in a split part.
func expandText(occs []Occurrence) string {
	var s []string
	for _, o := range occs {
		s = append(s, fmt.Sprintf("%s %s %s %s", o.Start.In(Copenhagen).Format(time.RFC3339), o.End.In(Copenhagen).Format("15:04"),
			o.Status, o.Original.In(Copenhagen).Format(time.RFC3339)))
	}
	return strings.Join(s, "\n")
}

func TestRescheduleAndPrune(t *testing.T) {
	a := weeklyVisit()
	_ = a.MarkOccurrence(cph(2026, 3, 23, 9, 0), StatusHeld)
	_ = a.MoveOccurrence(cph(2026, 4, 6, 9, 0), cph(2026, 4, 8, 9, 0), cph(2026, 4, 8, 9, 30))
	// The series moves to Tuesdays 10:00: the marks follow by number.
	if dropped := a.Reschedule(cph(2026, 3, 17, 10, 0), cph(2026, 3, 17, 11, 0)); len(dropped) != 0 {
		t.Fatalf("dropped %+v", dropped)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	if !a.Exceptions[0].Original.Equal(cph(2026, 3, 24, 10, 0)) || a.Exceptions[0].Status != StatusHeld ||
		!a.Exceptions[1].Original.Equal(cph(2026, 4, 7, 10, 0)) || !a.Exceptions[1].Start.Equal(cph(2026, 4, 8, 9, 0)) {
		t.Fatalf("after reschedule: %+v", a.Exceptions)
	}
	// Ending the series earlier drops the later change.
	a.Recurrence.Until = cph(2026, 3, 31, 0, 0)
	if err := a.Validate(); err == nil {
		t.Fatal("an exception after the end passed validation")
	}
	dropped := a.PruneExceptions()
	if len(dropped) != 1 || !dropped[0].Original.Equal(cph(2026, 4, 7, 10, 0)) || len(a.Exceptions) != 1 {
		t.Fatalf("prune: dropped %+v kept %+v", dropped, a.Exceptions)
	}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestClashesUseOccurrenceStatus(t *testing.T) {
	series := weeklyVisit() // member 1, Mondays 09:00–09:30
	_ = series.MarkOccurrence(cph(2026, 3, 30, 9, 0), StatusCancelled)
	_ = series.MoveOccurrence(cph(2026, 4, 6, 9, 0), cph(2026, 4, 7, 13, 0), cph(2026, 4, 7, 13, 30))
	mon30 := appt(2, cph(2026, 3, 30, 9, 0), time.Hour, StatusPlanned, 1)  // the cancelled one's slot
	tue7 := appt(3, cph(2026, 4, 7, 13, 15), time.Hour, StatusPlanned, 1)  // where the moved one went
	mon6 := appt(4, cph(2026, 4, 6, 9, 0), time.Hour, StatusPlanned, 1)    // where the moved one was
	mon13 := appt(5, cph(2026, 4, 13, 9, 15), time.Hour, StatusPlanned, 1) // an ordinary clash
	occs := Expand([]*Appointment{series, mon30, tue7, mon6, mon13}, cph(2026, 3, 30, 0, 0), cph(2026, 4, 20, 0, 0))
	var have []string
	for _, c := range DoubleBookings(occs) {
		have = append(have, fmt.Sprintf("%d/%d", c.A.Appointment.ID, c.B.Appointment.ID))
	}
	if want := []string{"1/3", "1/5"}; !slices.Equal(have, want) {
		t.Errorf("double bookings %v, want %v", have, want)
	}

	// Booking over the cancelled occurrence is fine; over the moved one not.
	if c := ClashesWith(appt(0, cph(2026, 3, 30, 9, 0), time.Hour, StatusPlanned, 1), cph(2026, 3, 30, 9, 0), cph(2026, 3, 30, 10, 0), occs); len(c) != 1 || c[0].B.Appointment != mon30 {
		t.Errorf("ClashesWith over the cancelled slot: %+v", c)
	}
	if c := ClashesWith(appt(0, cph(2026, 4, 7, 13, 0), time.Hour, StatusPlanned, 1), cph(2026, 4, 7, 13, 0), cph(2026, 4, 7, 14, 0), occs); len(c) != 2 {
		t.Errorf("ClashesWith over the moved one: %+v", c)
	}
	// Moving the 13 April occurrence to 14 April 09:00 is free; moving it
	// onto the moved one is not (another occurrence of its own series).
	o, _ := series.OccurrenceAt(cph(2026, 4, 13, 9, 0))
	o.Start, o.End = cph(2026, 4, 14, 9, 0), cph(2026, 4, 14, 9, 30)
	if c := OccurrenceClashes(o, occs); len(c) != 0 {
		t.Errorf("free move clashes: %+v", c)
	}
	o.Start, o.End = cph(2026, 4, 7, 13, 0), cph(2026, 4, 7, 13, 30)
	if c := OccurrenceClashes(o, occs); len(c) != 2 {
		t.Errorf("move onto the moved one: %d clashes %+v", len(c), c)
	}

	// FreeSlots: the cancelled Monday 09:00 is free, the moved Tuesday
	// 13:00 busy, the Monday 6 April 09:00 it left free.
	slots := FreeSlots([]int64{1}, Expand([]*Appointment{series}, cph(2026, 3, 30, 0, 0), cph(2026, 4, 13, 0, 0)),
		cph(2026, 3, 30, 0, 0), cph(2026, 4, 13, 0, 0), 30*time.Minute, 9, 10, 30*time.Minute, 100)
	has := func(t0 time.Time) bool { return slices.ContainsFunc(slots, t0.Equal) }
	if !has(cph(2026, 3, 30, 9, 0)) || !has(cph(2026, 4, 6, 9, 0)) {
		t.Errorf("freed slots missing: %v", slots)
	}
	slots = FreeSlots([]int64{1}, Expand([]*Appointment{series}, cph(2026, 4, 7, 0, 0), cph(2026, 4, 8, 0, 0)),
		cph(2026, 4, 7, 0, 0), cph(2026, 4, 8, 0, 0), 30*time.Minute, 13, 14, 30*time.Minute, 100)
	if len(slots) != 1 || !slots[0].Equal(cph(2026, 4, 7, 13, 30)) {
		t.Errorf("Tuesday slots %v, want only 13:30", slots)
	}
}

func TestOccurrenceChanges(t *testing.T) {
	old := weeklyVisit()
	_ = old.MarkOccurrence(cph(2026, 3, 23, 9, 0), StatusCancelled)
	a := old.Clone()
	_ = a.MarkOccurrence(cph(2026, 3, 23, 9, 0), "")
	_ = a.MarkOccurrence(cph(2026, 3, 30, 9, 0), StatusHeld)
	_ = a.SetOccurrence(cph(2026, 4, 6, 9, 0), Exception{Start: cph(2026, 4, 7, 10, 0), End: cph(2026, 4, 7, 11, 0), Notes: "Flyttet."})
	before, after := OccurrenceChanges(old, a)
	var lines []string
	for i := range after {
		lines = append(lines, after[i].Label+": "+before[i].Value+" → "+after[i].Value)
	}
	want := []string{
		"occurrence 2026-03-23 09:00: cancelled → planned",
		"occurrence 2026-03-30 09:00: planned → held",
		"occurrence 2026-04-06 09:00: planned → planned, moved to 2026-04-07 10:00–11:00; notes: Flyttet.",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("changes\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if b, _ := OccurrenceChanges(nil, a); b != nil {
		t.Errorf("before of a new appointment: %+v", b)
	}
}

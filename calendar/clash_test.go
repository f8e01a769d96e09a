package calendar

import (
	"testing"
	"time"
)

func appt(id int64, start time.Time, d time.Duration, status Status, members ...int64) *Appointment {
	return &Appointment{ID: id, Title: "x", Start: start, End: start.Add(d), Status: status, Participants: members}
}

func TestDoubleBookings(t *testing.T) {
	a := appt(1, cph(2026, 3, 2, 9, 0), time.Hour, StatusPlanned, 1, 2)
	b := appt(2, cph(2026, 3, 2, 9, 30), time.Hour, StatusPlanned, 2, 3) // overlaps a for member 2
	c := appt(3, cph(2026, 3, 2, 10, 30), time.Hour, StatusPlanned, 2)   // touches b's end: overlaps b only from 10:30
	d := appt(4, cph(2026, 3, 2, 9, 0), 2*time.Hour, StatusCancelled, 1) // cancelled: never clashes
	e := appt(5, cph(2026, 3, 2, 9, 15), time.Hour, StatusPlanned, 3, 3) // member 3 twice, with b
	f := appt(6, cph(2026, 3, 2, 11, 30), time.Hour, StatusHeld, 2)      // touches c exactly: no clash
	occs := Expand([]*Appointment{f, e, d, c, b, a}, Week{2026, 10}.Start(), Week{2026, 10}.End())
	got := DoubleBookings(occs)
	type pair struct{ m, a, b int64 }
	var have []pair
	for _, c := range got {
		have = append(have, pair{c.MemberID, c.A.Appointment.ID, c.B.Appointment.ID})
	}
	want := []pair{{2, 1, 2}, {3, 5, 2}}
	if len(have) != len(want) {
		t.Fatalf("clashes %v, want %v", have, want)
	}
	for i := range want {
		if have[i] != want[i] {
			t.Errorf("clash %d = %v, want %v", i, have[i], want[i])
		}
	}
}

func TestDoubleBookingsRecurring(t *testing.T) {
	// A weekly series and a one-off in week 14, after the DST change.
	series := appt(1, cph(2026, 3, 16, 9, 0), time.Hour, StatusPlanned, 1)
	series.Recurrence = Recurrence{Freq: FreqWeekly}
	one := appt(2, cph(2026, 3, 30, 9, 30), time.Hour, StatusPlanned, 1)
	got := DoubleBookings(Expand([]*Appointment{series, one}, Week{2026, 14}.Start(), Week{2026, 14}.End()))
	if len(got) != 1 || got[0].A.Index != 2 || got[0].B.Appointment != one {
		t.Errorf("clashes %+v", got)
	}
}

func TestClashesWith(t *testing.T) {
	other := appt(2, cph(2026, 3, 2, 9, 0), time.Hour, StatusPlanned, 1, 3)
	cancelled := appt(3, cph(2026, 3, 2, 9, 0), time.Hour, StatusCancelled, 1)
	self := appt(1, cph(2026, 3, 2, 9, 0), time.Hour, StatusPlanned, 1)
	occs := Expand([]*Appointment{other, cancelled, self}, Week{2026, 10}.Start(), Week{2026, 10}.End())

	// Moving self to 09:30 clashes with other for member 1 only, once.
	edit := *self
	edit.Participants = []int64{1, 1, 2}
	got := ClashesWith(&edit, cph(2026, 3, 2, 9, 30), cph(2026, 3, 2, 10, 30), occs)
	if len(got) != 1 || got[0].MemberID != 1 || got[0].B.Appointment != other || !got[0].A.Start.Equal(cph(2026, 3, 2, 9, 30)) {
		t.Errorf("clashes %+v", got)
	}
	if got := ClashesWith(&edit, cph(2026, 3, 2, 10, 0), cph(2026, 3, 2, 11, 0), occs); len(got) != 0 {
		t.Errorf("back-to-back is no clash: %+v", got)
	}
	// A new appointment (ID 0) is compared with everything.
	fresh := appt(0, time.Time{}, 0, StatusPlanned, 3)
	if got := ClashesWith(fresh, cph(2026, 3, 2, 9, 0), cph(2026, 3, 2, 9, 15), occs); len(got) != 1 {
		t.Errorf("new appointment clashes %+v", got)
	}
	edit.Status = StatusCancelled
	if got := ClashesWith(&edit, cph(2026, 3, 2, 9, 30), cph(2026, 3, 2, 10, 30), occs); len(got) != 0 {
		t.Errorf("a cancelled appointment clashes: %+v", got)
	}
}

func TestFreeSlots(t *testing.T) {
	busy := appt(1, cph(2026, 3, 27, 9, 0), 2*time.Hour, StatusPlanned, 1)   // Friday
	other := appt(2, cph(2026, 3, 27, 8, 0), 8*time.Hour, StatusPlanned, 9)  // someone else
	gone := appt(3, cph(2026, 3, 30, 8, 0), 8*time.Hour, StatusCancelled, 1) // cancelled
	mon := appt(4, cph(2026, 3, 30, 10, 0), 4*time.Hour, StatusPlanned, 2)   // Monday after DST change
	occs := Expand([]*Appointment{busy, other, gone, mon}, cph(2026, 3, 20, 0, 0), cph(2026, 4, 10, 0, 0))
	from, to := cph(2026, 3, 27, 8, 0), cph(2026, 3, 31, 0, 0)
	got := FreeSlots([]int64{1, 2}, occs, from, to, 2*time.Hour, 8, 16, time.Hour, 100)
	want := []string{
		// Friday: busy 9–11.
		"2026-03-27 11:00 +01", "2026-03-27 12:00 +01", "2026-03-27 13:00 +01", "2026-03-27 14:00 +01",
		// Weekend skipped, Sunday's DST change too; Monday 08:00 in summer time, busy 10–14.
		"2026-03-30 08:00 +02", "2026-03-30 14:00 +02",
	}
	var have []string
	for _, s := range got {
		have = append(have, s.In(Copenhagen).Format("2006-01-02 15:04 -07"))
	}
	if !equalStrings(have, want) {
		t.Errorf("got %q\nwant %q", have, want)
	}
	if got := FreeSlots([]int64{1}, occs, from, to, 2*time.Hour, 8, 16, time.Hour, 2); len(got) != 2 {
		t.Errorf("limit 2 gave %d", len(got))
	}
	// Slots end by `to`, start at or after `from`, and a zero step does not hang.
	got = FreeSlots(nil, nil, cph(2026, 3, 30, 9, 30), cph(2026, 3, 30, 12, 0), time.Hour, 8, 16, 0, 100)
	have = have[:0]
	for _, s := range got {
		have = append(have, s.In(Copenhagen).Format("15:04"))
	}
	if !equalStrings(have, []string{"10:00", "11:00"}) {
		t.Errorf("window slots %q", have)
	}
	if got := FreeSlots(nil, nil, from, to, 0, 8, 16, time.Hour, 10); got != nil {
		t.Errorf("zero length gave %v", got)
	}
}

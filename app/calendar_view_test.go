package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/calendar"
)

func openCalendar(t *testing.T, u *UI) *calendarView {
	t.Helper()
	u.tabs.SelectIndex(1)
	return u.cal
}

func TestCalendarShowsWeekBlocks(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	if len(v.occs) == 0 {
		t.Fatal("no appointments this week in the demo")
	}
	if len(v.grid.blocks) != len(v.occs) {
		t.Errorf("%d blocks for %d occurrences", len(v.grid.blocks), len(v.occs))
	}
	for _, o := range v.occs {
		if !v.week.Contains(o.Start) && !o.End.After(v.week.Start()) {
			t.Errorf("occurrence %v outside the week", o.Start)
		}
	}
	capture(t, u, "calendar")

	// Filter by member: only that member's appointments.
	m := u.activeMembers()[1]
	v.member.SetSelected(m.Initials + " – " + m.Name)
	for _, o := range v.occs {
		if !o.Appointment.HasParticipant(m.ID) {
			t.Errorf("member filter shows %q without %s", o.Appointment.Title, m.Initials)
		}
	}
	// Colour by member gives the member's palette colour.
	v.colourBy.SetSelected("Farve efter medarbejder")
	if !v.byMember {
		t.Error("colour by member not set")
	}
}

func TestCalendarCreateWarnsAboutDoubleBooking(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	var busy *calendar.Occurrence
	for i, o := range v.occs {
		if o.Appointment.Status != calendar.StatusCancelled && len(o.Appointment.Participants) > 0 {
			busy = &v.occs[i]
			break
		}
	}
	if busy == nil {
		t.Fatal("no busy member this week")
	}
	a := &calendar.Appointment{Title: "Supervision", Kind: calendar.KindMeeting, Start: busy.Start, End: busy.Start.Add(time.Hour),
		Participants: []int64{busy.Appointment.Participants[0]}, Status: calendar.StatusPlanned}
	d := u.editAppointment(a, v.reload)
	d.Submit()
	if !d.Problem.Visible() || !strings.Contains(d.Problem.Text, "har allerede en aftale") {
		t.Fatalf("no double-booking warning: %q", d.Problem.Text)
	}
	capture(t, u, "appointment_clash")
	n := len(v.occs)
	d.Submit() // the second press books anyway
	if len(v.occs) != n+1 {
		t.Errorf("occurrences %d after booking anyway, want %d", len(v.occs), n+1)
	}
}

func TestCalendarMarkHeldAndRecurrence(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	start := v.week.Day(0).Add(7 * time.Hour) // Monday 07:00, before the demo day starts
	a := &calendar.Appointment{Title: "Medicinudlevering", Kind: calendar.KindMedication, Start: start, End: start.Add(30 * time.Minute),
		Status: calendar.StatusPlanned}
	f := u.newApptForm(a)
	f.freq.SetSelected(kit.FreqLabel(calendar.FreqWeekly))
	na, err := f.appointment()
	if err != nil {
		t.Fatal(err)
	}
	if err := u.store.CreateAppointment(u.ctx, na); err != nil {
		t.Fatal(err)
	}
	v.week = v.week.Next()
	v.reload()
	var got *calendar.Appointment
	for _, o := range v.occs {
		if o.Appointment.Title == "Medicinudlevering" {
			got = o.Appointment
		}
	}
	if got == nil {
		t.Fatal("weekly appointment does not repeat next week")
	}
	d := u.editAppointment(got, v.reload)
	test.Tap(buttonIn(topOverlay(u), "Afholdt"))
	d.Submit()
	stored, _ := u.store.FindAppointmentByID(u.ctx, got.ID)
	if stored.Status != calendar.StatusHeld {
		t.Errorf("status = %q, want held", stored.Status)
	}
}

func TestAppointmentFormValidation(t *testing.T) {
	u := newTestUI(t)
	start := testNow.Add(24 * time.Hour)
	d := u.editAppointment(&calendar.Appointment{Start: start, End: start.Add(time.Hour), Status: calendar.StatusPlanned}, nil)
	d.Submit()
	if !strings.Contains(d.Problem.Text, "Giv aftalen en titel.") {
		t.Errorf("problem = %q", d.Problem.Text)
	}
}

func TestLanesFor(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 11, 23, h, m, 0, 0, calendar.Copenhagen) }
	occ := func(h1, m1, h2, m2 int) calendar.Occurrence {
		return calendar.Occurrence{Appointment: &calendar.Appointment{}, Start: at(h1, m1), End: at(h2, m2)}
	}
	occs := []calendar.Occurrence{occ(9, 0, 10, 0), occ(9, 30, 10, 30), occ(10, 0, 11, 0), occ(12, 0, 13, 0)}
	got := lanesFor(occs)
	want := []lane{{0, 2}, {1, 2}, {0, 2}, {0, 1}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("occurrence %d: lane %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestCalendarDragMovesAppointment(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	// A planned one-off appointment on Monday at 11:00 that nobody shares.
	start := v.week.Day(0).Add(16 * time.Hour)
	a := &calendar.Appointment{Title: "Flyttes", Kind: calendar.KindPhone, Start: start, End: start.Add(30 * time.Minute), Status: calendar.StatusPlanned}
	if err := u.store.CreateAppointment(u.ctx, a); err != nil {
		t.Fatal(err)
	}
	v.reload()
	var blk *calBlock
	for _, b := range v.grid.blocks {
		if b.o.Appointment.ID == a.ID {
			blk = b
		}
	}
	if blk == nil {
		t.Fatal("no block for the new appointment")
	}
	m := v.grid.metrics(v.grid.Size())
	blk.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: m.dayW(0), DY: m.hourH}})
	blk.DragEnd()
	got, _ := u.store.FindAppointmentByID(u.ctx, a.ID)
	want := v.week.Day(1).Add(17 * time.Hour)
	if !got.Start.Equal(want) || got.End.Sub(got.Start) != 30*time.Minute {
		t.Errorf("moved to %v–%v, want %v", got.Start, got.End, want)
	}
}

func TestAppointmentDelete(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := v.occs[0]
	u.editAppointment(o.Appointment, v.reload)
	test.Tap(buttonIn(topOverlay(u), "Slet"))
	test.Tap(buttonIn(topOverlay(u), "Slet"))
	if _, err := u.store.FindAppointmentByID(u.ctx, o.Appointment.ID); err == nil {
		t.Error("appointment still there after delete")
	}
	if topOverlay(u) != nil {
		t.Error("a dialog is still open after deleting")
	}
}

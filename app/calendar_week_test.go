package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// addAppointment stores a one-off appointment and shows the week again.
func addAppointment(t *testing.T, u *UI, v *calendarView, a *calendar.Appointment) *calBlock {
	t.Helper()
	if a.Kind == "" {
		a.Kind = calendar.KindPhone
	}
	a.Status = calendar.StatusPlanned
	if err := u.store.CreateAppointment(u.ctx, a); err != nil {
		t.Fatal(err)
	}
	v.reload()
	for _, b := range v.grid.blocks {
		if b.o.Appointment.ID == a.ID {
			return b
		}
	}
	t.Fatal("no block for the new appointment")
	return nil
}

// The grid lays out again while a block is dragged (its texts change
// size on the real driver); the drop still moves the appointment.
func TestCalendarDragSurvivesRelayout(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	start := v.week.Day(0).Add(16 * time.Hour)
	blk := addAppointment(t, u, v, &calendar.Appointment{Title: "Flyttes", Start: start, End: start.Add(30 * time.Minute)})
	m := v.grid.metrics(v.grid.Size())
	blk.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: m.dayW(0) / 2, DY: m.hourH / 2}})
	test.WidgetRenderer(v.grid).Layout(v.grid.Size())
	blk.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: m.dayW(0) / 2, DY: m.hourH / 2}})
	test.WidgetRenderer(v.grid).Layout(v.grid.Size())
	blk.DragEnd()
	got, _ := u.store.FindAppointmentByID(u.ctx, blk.o.Appointment.ID)
	want := v.week.Day(1).Add(17 * time.Hour)
	if !got.Start.Equal(want) {
		t.Errorf("dropped at %v, want %v", got.Start, want)
	}
}

// A block names the citizen (the preferred name when there is one).
func TestCalendarBlocksNameTheCitizen(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	c := firstOnBoard(t, u)
	c.PreferredName = "Bitten"
	if err := u.store.UpdateCitizen(u.ctx, c); err != nil {
		t.Fatal(err)
	}
	start := v.week.Day(2).Add(8 * time.Hour)
	blk := addAppointment(t, u, v, &calendar.Appointment{Title: "Hjemmebesøg", CitizenID: c.ID, Start: start, End: start.Add(time.Hour)})
	if got := v.blockText(blk.o); !strings.Contains(got, "Bitten") {
		t.Errorf("block says %q, no citizen name", got)
	}
	if got := textsIn(blk); !strings.Contains(got, "Bitten") {
		t.Errorf("block draws %q, no citizen name", got)
	}
}

// A day with many appointments side by side gets wider, so each stays
// readable, on a laptop window too.
func TestCalendarBusyDayIsReadable(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(kit.LaptopSize)
	v := openCalendar(t, u)
	start := v.week.Day(0).Add(10 * time.Hour)
	for i := range 6 {
		addAppointment(t, u, v, &calendar.Appointment{Title: "Møde " + string(rune('A'+i)), Start: start, End: start.Add(time.Hour)})
	}
	test.WidgetRenderer(v.grid).Layout(v.grid.Size())
	for _, b := range v.grid.blocks {
		if b.Size().Width < laneWidth()-8 {
			t.Errorf("%q on %v is %.0f wide, less than %.0f", b.o.Appointment.Title, b.o.Start.Weekday(), b.Size().Width, laneWidth()-8)
		}
	}
	m := v.grid.metrics(v.grid.Size())
	if day, mins, ok := v.grid.timeAt(fyne.NewPos(m.dayX[3]+2, m.head+m.hourH*2+1)); !ok || !day.Equal(v.week.Day(3)) || mins != (calFirstHour+2)*60 {
		t.Errorf("a tap on Thursday 09:00 lands on %v %d", day, mins)
	}
}

// After saving an appointment in another week, the calendar shows it.
func TestCalendarGoesToTheSavedWeek(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	v.newAt(v.week.Day(2).Add(8 * time.Hour))
	f := u.newestApptForm
	f.title.SetText("Opfølgning")
	f.who.Set(nil)
	later := v.week.Next().Next()
	f.day.SetText(kit.FmtDate(board.DateOf(later.Day(1))))
	u.dialogs.Newest().Submit()
	if topOverlay(u) != nil {
		t.Fatalf("form still open: %q", u.dialogs.Newest().Problem.Text)
	}
	if v.week != later {
		t.Errorf("calendar shows %s, want %s", kit.WeekTitle(v.week), kit.WeekTitle(later))
	}
	found := false
	for _, o := range v.occs {
		found = found || o.Appointment.Title == "Opfølgning"
	}
	if !found {
		t.Error("the saved appointment is not shown")
	}
}

// The "already booked" problem goes away once the time no longer clashes.
func TestClashWarningClearsWhenTimeIsFixed(t *testing.T) {
	u := newTestUI(t)
	d := clashingAppointment(t, u)
	d.Submit()
	if !d.Problem.Visible() || !strings.Contains(d.Problem.Text, "har allerede en aftale") {
		t.Fatalf("no double-booking warning: %q", d.Problem.Text)
	}
	f := u.newestApptForm
	f.from.SetText("06:00")
	f.to.SetText("06:30")
	if d.Problem.Visible() {
		t.Errorf("the double-booking warning stays after the time was fixed: %q", d.Problem.Text)
	}
	if f.warning.Text != "" {
		t.Errorf("live warning stays: %q", f.warning.Text)
	}
}

// A quick mark (held, no-show, cancelled) can be taken back: "Undo" on
// the status line, and "planned again" in the block's menu.
func TestCalendarMarkCanBeUndone(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	start := v.week.Day(3).Add(8 * time.Hour)
	blk := addAppointment(t, u, v, &calendar.Appointment{Title: "Besøg", Start: start, End: start.Add(time.Hour)})
	id := blk.o.Appointment.ID
	v.mark(blk.o, calendar.StatusCancelled)
	if got, _ := u.store.FindAppointmentByID(u.ctx, id); got.Status != calendar.StatusCancelled {
		t.Fatalf("status %q after cancelling", got.Status)
	}
	if !v.undo.row.Visible() || !strings.Contains(v.undo.note.Text, "Besøg") {
		t.Fatalf("no undo offered: %q", v.undo.note.Text)
	}
	test.Tap(buttonIn(v.undo.row, "Fortryd"))
	if got, _ := u.store.FindAppointmentByID(u.ctx, id); got.Status != calendar.StatusPlanned {
		t.Errorf("status %q after undo, want planned", got.Status)
	}
	if v.undo.row.Visible() {
		t.Error("undo still offered after undoing")
	}

	var o calendar.Occurrence
	for _, x := range v.occs {
		if x.Appointment.ID == id {
			o = x
		}
	}
	v.mark(o, calendar.StatusHeld)
	for _, x := range v.occs {
		if x.Appointment.ID == id {
			o = x
		}
	}
	var back *fyne.MenuItem
	for _, it := range v.statusMenu(o).Items {
		if it.Label == "Planlagt igen" {
			back = it
		}
	}
	if back == nil || back.Disabled {
		t.Fatal("the menu of a held appointment offers no way back to planned")
	}
	back.Action()
	if got, _ := u.store.FindAppointmentByID(u.ctx, id); got.Status != calendar.StatusPlanned {
		t.Errorf("status %q after 'planned again'", got.Status)
	}
}

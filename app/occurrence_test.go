package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// recurringBlock returns the calendar's block of a weekly appointment
// this week that is not its series' first occurrence.
func recurringBlock(t *testing.T, v *calendarView) *calBlock {
	t.Helper()
	for _, b := range v.grid.blocks {
		a := b.o.Appointment
		if a.Recurrence.Freq == calendar.FreqWeekly && b.o.Index > 0 && a.Title == "Fast telefonopkald" {
			return b
		}
	}
	t.Fatal("no repeating appointment this week in the demo")
	return nil
}

// chooseScope taps an answer in the "which occurrences?" question.
func chooseScope(t *testing.T, u *UI, answer string) {
	t.Helper()
	d := topOverlay(u)
	b := buttonIn(d, answer)
	if b == nil {
		t.Fatalf("no %q in the question:\n%s", answer, textsIn(d))
	}
	for _, want := range []string{"Kun denne aftale", "Denne og følgende", "Hele serien", "gentages hver uge"} {
		if !strings.Contains(textsIn(d), want) {
			t.Fatalf("the question lacks %q:\n%s", want, textsIn(d))
		}
	}
	test.Tap(b)
}

// lastForm is the form dialog opened last.
func lastForm(t *testing.T, u *UI) *formDlg {
	t.Helper()
	if len(u.dialogs.Open()) == 0 {
		t.Fatal("no form opened")
	}
	return u.dialogs.Newest()
}

func stored(t *testing.T, u *UI, id int64) *calendar.Appointment {
	t.Helper()
	a, err := u.store.FindAppointmentByID(u.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// next returns the occurrence a week after o in a's stored version.
func occurrenceAfter(t *testing.T, a *calendar.Appointment, o calendar.Occurrence, weeks int) calendar.Occurrence {
	t.Helper()
	n, ok := a.OccurrenceAt(o.Original.AddDate(0, 0, 7*weeks))
	if !ok {
		t.Fatalf("no occurrence %d weeks after %v", weeks, o.Original)
	}
	return n
}

func TestMarkOnlyThisOccurrenceHeld(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	b := recurringBlock(t, v)
	o := b.o
	test.Tap(b)
	capture(t, u, "occurrence_question")
	chooseScope(t, u, "Kun denne aftale")
	d := lastForm(t, u)
	test.Tap(buttonIn(topOverlay(u), "Afholdt"))
	capture(t, u, "occurrence_form")
	d.Submit()
	if d.Problem.Visible() {
		t.Fatalf("not saved: %s", d.Problem.Text)
	}
	a := stored(t, u, o.Appointment.ID)
	if a.Status != calendar.StatusPlanned {
		t.Errorf("series status %q, want planned", a.Status)
	}
	if len(a.Exceptions) != 1 || !a.Exceptions[0].Original.Equal(o.Original) || a.Exceptions[0].Status != calendar.StatusHeld {
		t.Fatalf("exceptions %+v, want only %v held", a.Exceptions, o.Original)
	}
	for _, w := range []int{-1, 1, 2} {
		if s := occurrenceAfter(t, a, o, w).EffectiveStatus(); s != calendar.StatusPlanned {
			t.Errorf("occurrence %d weeks off is %q, want planned", w, s)
		}
	}
	var text string
	for _, nb := range v.grid.blocks {
		if nb.o.Appointment.ID == o.Appointment.ID {
			text = v.blockText(nb.o)
		}
	}
	if !strings.Contains(text, "Afholdt") {
		t.Errorf("block after marking = %q", text)
	}
	v.week = v.week.Next()
	v.reload()
	for _, nb := range v.grid.blocks {
		if nb.o.Appointment.ID == o.Appointment.ID && strings.Contains(v.blockText(nb.o), "Afholdt") {
			t.Errorf("next week's occurrence shows held: %q", v.blockText(nb.o))
		}
	}
}

func TestQuickMarkCancelsOnlyThisOccurrence(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	u.markOccurrence(o, calendar.StatusCancelled, v.reload)
	a := stored(t, u, o.Appointment.ID)
	if got, _ := a.OccurrenceAt(o.Original); got.EffectiveStatus() != calendar.StatusCancelled || a.Status != calendar.StatusPlanned {
		t.Fatalf("occurrence %q, series %q; want cancelled, planned", got.EffectiveStatus(), a.Status)
	}
	for _, nb := range v.grid.blocks {
		if nb.o.Appointment.ID == a.ID {
			r := test.WidgetRenderer(nb).(*calBlockRenderer)
			if !r.txt.TextStyle.Strikethrough {
				t.Error("the cancelled occurrence is not struck through")
			}
		}
	}
}

func TestMoveOnlyThisOccurrence(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	day := o.Start.In(calendar.Copenhagen)
	to := time.Date(day.Year(), day.Month(), day.Day(), 7, 0, 0, 0, calendar.Copenhagen)
	v.move(o, to)
	chooseScope(t, u, "Kun denne aftale")
	if d := topOverlay(u); d != nil {
		test.Tap(buttonIn(d, "Ja")) // a double booking: move anyway
	}
	var moved *calendar.Occurrence
	for i, x := range v.occs {
		if x.Appointment.ID == o.Appointment.ID {
			moved = &v.occs[i]
		}
	}
	if moved == nil || !moved.Start.Equal(to) || !moved.Original.Equal(o.Original) {
		t.Fatalf("block after the move: %+v, want at %v", moved, to)
	}
	a := stored(t, u, o.Appointment.ID)
	if !a.Start.Equal(o.Appointment.Start) {
		t.Errorf("the series moved: %v, was %v", a.Start, o.Appointment.Start)
	}
	if n := occurrenceAfter(t, a, o, 1); n.Moved() || !n.Start.Equal(o.Original.AddDate(0, 0, 7)) {
		t.Errorf("next week's occurrence moved too: %v", n.Start)
	}
}

func TestThisAndFollowingSplitsTheSeries(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	old := o.Appointment
	u.openOccurrence(o, v.reload)
	chooseScope(t, u, "Denne og følgende")
	d := lastForm(t, u)
	f := entriesIn(d.Content)
	if len(f) == 0 {
		t.Fatal("no entries in the form")
	}
	var from *kit.Entry
	for _, e := range f {
		if e.Text == kit.FmtTime(o.Original) {
			from = e
			break
		}
	}
	if from == nil {
		t.Fatal("no From field with the occurrence's time")
	}
	from.SetText("13:00")
	for _, e := range f {
		if e.Text == kit.FmtTime(o.Original.Add(old.Duration())) {
			e.SetText("13:15")
		}
	}
	d.Submit()
	if d.Problem.Visible() {
		d.Submit() // a double booking: book anyway
	}
	if d.Problem.Visible() {
		t.Fatalf("not saved: %s", d.Problem.Text)
	}
	apps, err := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: old.CitizenID})
	if err != nil {
		t.Fatal(err)
	}
	var parts []*calendar.Appointment
	for _, a := range apps {
		if a.Title == old.Title {
			parts = append(parts, a)
		}
	}
	if len(parts) != 2 {
		t.Fatalf("%d appointments %q after the split, want 2", len(parts), old.Title)
	}
	first, second := parts[0], parts[1]
	if first.ID != old.ID {
		first, second = second, first
	}
	o0 := o.Original.In(calendar.Copenhagen)
	if u := first.Recurrence.Until.In(calendar.Copenhagen); u.Day() != o0.AddDate(0, 0, -1).Day() {
		t.Errorf("first part ends %v, want the day before %v", u, o0)
	}
	if s := second.Start.In(calendar.Copenhagen); s.Hour() != 13 || board.DateOf(s) != board.DateOf(o0) {
		t.Errorf("second part starts %v, want %v at 13:00", s, board.DateOf(o0))
	}
	// The citizen's appointments list shows both parts.
	u.openCitizen(old.CitizenID)
	r := u.page.(*citizenRecord)
	r.Appts.Reload()
	texts := textsIn(r.Appts.List)
	earlier := kit.FmtDateTime(o.Original.AddDate(0, 0, -7))
	later := kit.FmtDate(board.DateOf(o0)) + " 13:00"
	for _, want := range []string{earlier, later} {
		if !strings.Contains(texts, want) {
			t.Errorf("the appointments list lacks %q:\n%s", want, texts)
		}
	}
}

func TestWholeSeriesMoveKeepsExceptions(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	u.markOccurrence(o, calendar.StatusHeld, v.reload)
	a := stored(t, u, o.Appointment.ID)
	no, _ := a.OccurrenceAt(o.Original)
	u.openOccurrence(no, v.reload)
	chooseScope(t, u, "Hele serien")
	d := lastForm(t, u)
	start := a.Start.In(calendar.Copenhagen)
	for _, e := range entriesIn(d.Content) {
		switch e.Text {
		case kit.FmtTime(a.Start):
			e.SetText("07:00")
		case kit.FmtTime(a.End):
			e.SetText("07:15")
		}
	}
	d.Submit()
	if d.Problem.Visible() {
		d.Submit()
	}
	if d.Problem.Visible() {
		t.Fatalf("not saved: %s", d.Problem.Text)
	}
	got := stored(t, u, a.ID)
	if s := got.Start.In(calendar.Copenhagen); s.Hour() != 7 || s.Day() != start.Day() {
		t.Fatalf("series starts %v, want 07:00 on %v", s, start)
	}
	want := time.Date(o.Original.In(calendar.Copenhagen).Year(), o.Original.In(calendar.Copenhagen).Month(), o.Original.In(calendar.Copenhagen).Day(), 7, 0, 0, 0, calendar.Copenhagen)
	if len(got.Exceptions) != 1 || !got.Exceptions[0].Original.Equal(want) || got.Exceptions[0].Status != calendar.StatusHeld {
		t.Fatalf("exceptions %+v, want held at %v", got.Exceptions, want)
	}
}

func TestBoardChipOpensItsOccurrence(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	for row, l := range v.lines {
		if l.heading() {
			continue
		}
		for _, e := range l.row.Entries {
			if e.Title != "Fast telefonopkald" {
				continue
			}
			spec := v.cellSpec(row, colMonday+v.dayIndex(e.Start))
			var chip *kit.ChipSpec
			for _, it := range spec.Items {
				for i := range it.Chips {
					if it.Chips[i].Open != nil && strings.HasPrefix(it.Chips[i].Text, kit.FmtTime(e.Start)) {
						chip = &it.Chips[i]
					}
				}
			}
			if chip == nil {
				t.Fatalf("no chip to open for %v", e.Start)
			}
			chip.Open()
			chooseScope(t, u, "Kun denne aftale")
			d := lastForm(t, u)
			texts := textsIn(topOverlay(u))
			if !strings.Contains(texts, occurrenceDay(e.Original)) {
				t.Fatalf("form is not for %s:\n%s", occurrenceDay(e.Original), texts)
			}
			var day bool
			for _, x := range entriesIn(d.Content) {
				day = day || x.Text == kit.FmtDate(board.DateOf(e.Start.In(calendar.Copenhagen)))
			}
			if !day {
				t.Error("the form shows another day than the chip's")
			}
			return
		}
	}
	t.Fatal("no chip of a repeating appointment on the board")
}

func TestExceptionsMergeAcrossPCs(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	a := o.Appointment
	next := occurrenceAfter(t, a, o, 1)

	// The other PC cancels next week's call; I mark this week's held.
	db := otherPC(t, u)
	theirs, _ := db.FindAppointmentByID(context.Background(), a.ID)
	if err := theirs.MarkOccurrence(next.Original, calendar.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateAppointment(context.Background(), theirs); err != nil {
		t.Fatal(err)
	}
	u.markOccurrence(o, calendar.StatusHeld, nil)
	if d := topOverlay(u); d != nil {
		t.Fatalf("a question after changes to different occurrences:\n%s", textsIn(d))
	}
	got := stored(t, u, a.ID)
	x, _ := got.OccurrenceAt(o.Original)
	y, _ := got.OccurrenceAt(next.Original)
	if x.EffectiveStatus() != calendar.StatusHeld || y.EffectiveStatus() != calendar.StatusCancelled {
		t.Fatalf("after the merge this week %q, next week %q; want held, cancelled", x.EffectiveStatus(), y.EffectiveStatus())
	}
}

func TestExceptionConflictShowsReadableLines(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	a := o.Appointment
	next := occurrenceAfter(t, a, o, 1)

	db := otherPC(t, u)
	theirs, _ := db.FindAppointmentByID(context.Background(), a.ID)
	_ = theirs.MarkOccurrence(o.Original, calendar.StatusCancelled)
	_ = theirs.MarkOccurrence(next.Original, calendar.StatusNoShow)
	if err := db.UpdateAppointment(context.Background(), theirs); err != nil {
		t.Fatal(err)
	}
	u.markOccurrence(o, calendar.StatusHeld, nil) // the same occurrence: a conflict
	d := topOverlay(u)
	if d == nil {
		t.Fatal("no conflict dialog")
	}
	texts := textsIn(d)
	capture(t, u, "occurrence_conflict")
	for _, want := range []string{"Ændrede enkeltaftaler", occurrenceDay(o.Original) + ": aflyst", occurrenceDay(o.Original) + ": afholdt", occurrenceDay(next.Original) + ": udeblev"} {
		if !strings.Contains(texts, want) {
			t.Errorf("conflict dialog lacks %q:\n%s", want, texts)
		}
	}
	for _, bad := range []string{"{", "Exception", "0001"} {
		if strings.Contains(texts, bad) {
			t.Errorf("conflict dialog shows raw %q:\n%s", bad, texts)
		}
	}
	test.Tap(buttonIn(d, "Gem mine ovenpå"))
	got := stored(t, u, a.ID)
	x, _ := got.OccurrenceAt(o.Original)
	y, _ := got.OccurrenceAt(next.Original)
	if x.EffectiveStatus() != calendar.StatusHeld || y.EffectiveStatus() != calendar.StatusNoShow {
		t.Fatalf("mine on top: this week %q, next week %q; want held, and their no-show kept", x.EffectiveStatus(), y.EffectiveStatus())
	}
}

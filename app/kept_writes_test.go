package app

import (
	"bytes"
	"context"
	"log"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// The writes outside the ordinary forms are kept too while the folder is
// gone: a referral, an intake booking and a series split.

func TestReferralKeptWhileFileGone(t *testing.T) {
	g := newGoneFolder(t)
	u := g.u
	g.away(t)
	u.newCitizenDialog()
	d := topOverlay(u)
	es := entriesIn(d)
	test.Type(es[0], "Vera Væk")
	test.Type(es[3], "Egen læge")
	test.Tap(buttonIn(d, "Gem"))
	if !strings.Contains(textsIn(topOverlay(u)), "gemt på denne pc") {
		t.Fatalf("the referral was not kept:\n%s", textsIn(topOverlay(u)))
	}
	file := g.kept(t, 1)
	g.back(t)
	cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{Search: "Vera"})
	if err != nil || len(cs) != 1 || cs[0].ReferredBy != "Egen læge" || cs[0].Status != board.StatusReferred {
		t.Fatalf("citizen after the replay: %+v %v", cs, err)
	}
	g.replayed(t, file)
}

func TestIntakeKeptWhileFileGone(t *testing.T) {
	g := newGoneFolder(t)
	u := g.u
	c := &board.Citizen{Name: "Ida Indtag", Status: board.StatusReferred}
	if err := u.store.CreateCitizen(u.ctx, c); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 12, 2, 10, 0, 0, 0, calendar.Copenhagen)
	g.away(t)
	kept, err := u.bookIntake(c, start)
	if err != nil || !kept {
		t.Fatalf("intake not kept: kept %v, %v", kept, err)
	}
	file := g.kept(t, 2) // the appointment and the citizen's status
	g.back(t)
	apps, _ := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: c.ID})
	if len(apps) != 1 || !apps[0].Start.Equal(start) || apps[0].End.Sub(start) != intakeLength {
		t.Fatalf("intake after the replay: %+v", apps)
	}
	if got, _ := u.store.FindCitizenByID(u.ctx, c.ID); got.Status != board.StatusIntake {
		t.Fatalf("status after the replay %q, want intake", got.Status)
	}
	g.replayed(t, file)
}

func TestSeriesSplitKeptWhileFileGone(t *testing.T) {
	g := newGoneFolder(t)
	u := g.u
	v := openCalendar(t, u)
	o := recurringBlock(t, v).o
	old := o.Appointment
	u.openOccurrence(o, v.reload)
	chooseScope(t, u, "Denne og følgende")
	d := lastForm(t, u)
	g.away(t)
	for _, e := range entriesIn(d.Content) {
		switch e.Text {
		case kit.FmtTime(o.Original):
			e.SetText("13:00")
		case kit.FmtTime(o.Original.Add(old.Duration())):
			e.SetText("13:15")
		}
	}
	d.Submit()
	if d.Problem.Visible() {
		t.Fatalf("the split was not kept: %s", d.Problem.Text)
	}
	file := g.kept(t, 2) // the series ended early, and its new part
	g.back(t)
	apps, _ := u.store.FindAppointments(u.ctx, calendar.Filter{CitizenID: old.CitizenID})
	var parts []*calendar.Appointment
	for _, a := range apps {
		if a.Title == old.Title {
			parts = append(parts, a)
		}
	}
	if len(parts) != 2 {
		t.Fatalf("%d appointments %q after the replay, want 2", len(parts), old.Title)
	}
	first, second := parts[0], parts[1]
	if first.ID != old.ID {
		first, second = second, first
	}
	o0 := o.Original.In(calendar.Copenhagen)
	if first.Recurrence.Until.IsZero() || !first.Recurrence.Until.Before(o0) {
		t.Errorf("first part ends %v, want before %v", first.Recurrence.Until, o0)
	}
	if s := second.Start.In(calendar.Copenhagen); s.Hour() != 13 || board.DateOf(s) != board.DateOf(o0) {
		t.Errorf("second part starts %v, want %v at 13:00", s, board.DateOf(o0))
	}
	g.replayed(t, file)
}

// panicStore panics in a goal's save, with the goal's text as the value:
// a bug deep in a save.
type panicStore struct{ Store }

func (panicStore) UpdateGoal(_ context.Context, g *board.Goal) error { panic("bug with " + g.Text) }

// A panic inside a save keeps the form open with its text, says so in
// Danish, and logs no personal data.
func TestPanicInSaveKeepsTypedText(t *testing.T) {
	u := newTestUI(t)
	form := mergeForms()[0] // the goal form
	typeText, save := form.open(t, u)
	typeText("Mål med et personligt ord")
	d := u.dialogs.Newest()
	var logged bytes.Buffer
	prev := log.Writer()
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(prev) })
	real := u.store
	u.store = panicStore{real}
	if save() {
		t.Fatal("the form closed after a panic")
	}
	u.store = real
	if got := entriesIn(d.Content)[0].Text; got != "Mål med et personligt ord" {
		t.Fatalf("typed text lost: %q", got)
	}
	if !d.Problem.Visible() || !strings.Contains(d.Problem.Text, "Der gik noget galt inde i Tavlen") {
		t.Fatalf("message %q", d.Problem.Text)
	}
	if s := logged.String(); !strings.Contains(s, "recovered a panic (string)") || strings.Contains(s, "personligt") {
		t.Fatalf("log:\n%s", s)
	}
	// Saved again without the bug, it goes through.
	if !save() {
		t.Fatalf("not saved after the panic: %s", d.Problem.Text)
	}
}

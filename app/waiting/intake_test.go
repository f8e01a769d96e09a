package waiting

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/sqlite"
)

// inIntake adds a citizen in intake with an intake meeting at start (zero:
// none) and, when goal, one goal on the plan.
func inIntake(t *testing.T, db *sqlite.DB, name string, start time.Time, goal bool) *board.Citizen {
	t.Helper()
	c := &board.Citizen{Name: name, Status: board.StatusIntake, ReferrerKind: board.ReferrerGP, ReferredOn: board.DateOf(today).AddDays(-7)}
	if err := db.CreateCitizen(t.Context(), c); err != nil {
		t.Fatal(err)
	}
	if !start.IsZero() {
		a := &calendar.Appointment{CitizenID: c.ID, Title: "Indskrivning: " + name, Kind: calendar.KindMeeting,
			Start: start, End: start.Add(2 * time.Hour), Status: calendar.StatusPlanned}
		if err := db.CreateAppointment(t.Context(), a); err != nil {
			t.Fatal(err)
		}
	}
	if goal {
		if err := db.CreateGoal(t.Context(), &board.Goal{CitizenID: c.ID, Text: "Egen bolig inden sommer", LifeArea: "bolig"}); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// intakeRowOf is the rendered row of the intake section showing name.
func intakeRowOf(t *testing.T, sc *Screen, name string) *intakeRow {
	t.Helper()
	for i, e := range sc.intake.entries {
		if e.Citizen.Name == name {
			o := sc.intake.list.CreateItem()
			sc.intake.list.UpdateItem(i, o)
			return sc.intake.rows[o.(*fyne.Container)]
		}
	}
	t.Fatalf("%s is not in the intake section", name)
	return nil
}

// The section lists the citizens in intake, not those referred, with the
// booked intake meeting's day and time in Danish.
func TestIntakeSectionListsBookedCitizens(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	referred(t, db, []string{"Ane Venter"}, []int{3})
	at := time.Date(2026, 12, 1, 13, 0, 0, 0, calendar.Copenhagen)
	inIntake(t, db, "Bo Booket", at, false)
	inIntake(t, db, "Carl Uden Tid", time.Time{}, false)
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	names := map[string]bool{}
	for _, c := range sc.IntakeCitizens() {
		names[c.Name] = true
	}
	if !names["Bo Booket"] || !names["Carl Uden Tid"] || names["Ane Venter"] {
		t.Fatalf("the intake section shows %v", names)
	}
	if got := intakeRowOf(t, sc, "Bo Booket").detail.Text; !strings.Contains(got, "Indskrivning 01.12.2026 kl. 13:00") {
		t.Errorf("the booked row says %q", got)
	}
	if got := intakeRowOf(t, sc, "Carl Uden Tid").detail.Text; !strings.Contains(got, "Intet indskrivningsmøde") {
		t.Errorf("the row without a meeting says %q", got)
	}
	if !strings.Contains(joined(sc.Content()), "Til indskrivning") {
		t.Error("the section has no heading")
	}
}

// "Skriv første plan…" hands the citizen's id to the shell; without a
// callback it is hidden.
func TestIntakeWritePlanOpensRecord(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	c := inIntake(t, db, "Bo Booket", today.Add(48*time.Hour), false)
	var opened []int64
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{OpenPlan: func(id int64) { opened = append(opened, id) }})
	r := intakeRowOf(t, sc, "Bo Booket")
	if r.plan.Text != "Skriv første plan…" {
		t.Errorf("the button says %q", r.plan.Text)
	}
	test.Tap(r.plan)
	if len(opened) != 1 || opened[0] != c.ID {
		t.Fatalf("OpenPlan got %v, want [%d]", opened, c.ID)
	}
	bare, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	if intakeRowOf(t, bare, "Bo Booket").plan.Visible() {
		t.Error("the button shows without a record to open")
	}
}

// "Forløbet er i gang" is offered only once the plan has a goal; it makes
// the citizen active, so the citizen leaves the section.
func TestIntakeStartNeedsGoalAndActivates(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	without := inIntake(t, db, "Uden Mål", today.Add(-48*time.Hour), false)
	with := inIntake(t, db, "Med Mål", today.Add(-48*time.Hour), true)
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	r := intakeRowOf(t, sc, "Uden Mål")
	if r.start.Visible() {
		t.Error("the course can start without a goal")
	}
	sc.startCourse(without) // even called directly, nothing happens
	if got, _ := db.FindCitizenByID(t.Context(), without.ID); got.Status != board.StatusIntake {
		t.Errorf("a citizen without a goal became %q", got.Status)
	}
	r = intakeRowOf(t, sc, "Med Mål")
	if !r.start.Visible() || r.start.Text != "Forløbet er i gang" {
		t.Fatalf("the row with a goal offers %q (visible %v)", r.start.Text, r.start.Visible())
	}
	test.Tap(r.start)
	got, err := db.FindCitizenByID(t.Context(), with.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != board.StatusActive {
		t.Errorf("after the start the citizen is %q", got.Status)
	}
	for _, c := range sc.IntakeCitizens() {
		if c.ID == with.ID {
			t.Error("the active citizen is still in the intake section")
		}
	}
	if !strings.Contains(sc.status.Text, "Med Mål") {
		t.Errorf("status after the start %q", sc.status.Text)
	}
}

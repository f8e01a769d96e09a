package app

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// goneFolder is the test UI's team file folder, renamed away and back like
// a network share that vanishes; the outbox lives in a temp cache.
type goneFolder struct {
	u     *UI
	dir   string
	cache string
}

func newGoneFolder(t *testing.T) *goneFolder {
	t.Helper()
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	u := newTestUI(t)
	if u.live == nil || u.live.box == nil {
		t.Fatal("no outbox")
	}
	// The daily backup runs in the background at open; let it finish so
	// the folder goes away at a moment the test chooses.
	u.bg.Wait()
	return &goneFolder{u: u, dir: filepath.Dir(u.store.Path()), cache: cache}
}

func (g *goneFolder) away(t *testing.T) {
	t.Helper()
	// Opening a record logs the access in the background; under load that
	// write could still be running when the folder goes, and then meet
	// the replay (the goal case failed that way now and then).
	g.u.bg.Wait()
	if err := os.Rename(g.dir, g.dir+"-away"); err != nil {
		t.Fatal(err)
	}
}

// back brings the folder back and replays, as the retry loop does.
func (g *goneFolder) back(t *testing.T) {
	t.Helper()
	if err := os.Rename(g.dir+"-away", g.dir); err != nil {
		t.Fatal(err)
	}
	g.u.live.retryNow()
}

// kept checks that n saves wait on this PC: the outbox file (user only),
// the banner and the count in the status line.
func (g *goneFolder) kept(t *testing.T, n int) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(g.cache, "Tavlen", "outbox", "*.json"))
	if len(files) != 1 {
		t.Fatalf("outbox files %v", files)
	}
	if info, _ := os.Stat(files[0]); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("outbox mode %v, want 0600", info.Mode().Perm())
	}
	if got := g.u.live.box.Waiting(); got != n {
		t.Fatalf("%d saves wait, want %d", got, n)
	}
	if !strings.Contains(strings.Join(g.u.live.bannerTexts(), "\n"), "kan ikke nås") {
		t.Fatalf("banners %q", g.u.live.bannerTexts())
	}
	if s := g.u.live.statusText(); !strings.Contains(s, "venter på denne pc") {
		t.Fatalf("status line %q", s)
	}
	return files[0]
}

// replayed checks that the outbox is empty and its file deleted.
func (g *goneFolder) replayed(t *testing.T, file string) {
	t.Helper()
	if n := g.u.live.box.Len(); n != 0 {
		t.Fatalf("%d saves still kept", n)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatal("the outbox file stays after the replay")
	}
}

// Every form's save survives a vanished folder: it is kept on this PC and
// saved when the folder is back.
func TestFormsKeptWhileFileGone(t *testing.T) {
	for _, f := range mergeForms() {
		t.Run(f.name, func(t *testing.T) {
			g := newGoneFolder(t)
			typeA, save := f.open(t, g.u)
			g.away(t)
			typeA("skrevet mens filen var væk")
			if !save() {
				t.Fatalf("not kept: %s", textsIn(g.u.win.Canvas().Overlays().Top()))
			}
			file := g.kept(t, 1)
			g.back(t)
			if a, _ := f.stored(t, g.u); a != "skrevet mens filen var væk" {
				t.Fatalf("replayed %q", a)
			}
			g.replayed(t, file)
		})
	}
}

// A kept save meets another PC's change of the same field when it is
// replayed: the conflict dialog asks, and the choice is stored.
func TestFormsKeptConflictAsksOnReplay(t *testing.T) {
	for _, f := range mergeForms() {
		t.Run(f.name, func(t *testing.T) {
			g := newGoneFolder(t)
			typeA, save := f.open(t, g.u)
			g.away(t)
			typeA("mit A")
			if !save() {
				t.Fatal("not kept")
			}
			file := g.kept(t, 1)
			if err := os.Rename(g.dir+"-away", g.dir); err != nil {
				t.Fatal(err)
			}
			f.otherA(t, otherPC(t, g.u), "deres A")
			g.u.live.retryNow()
			d := topOverlay(g.u)
			texts := textsIn(d)
			for _, want := range []string{"mit A", "deres A", "Gem mine ovenpå"} {
				if !strings.Contains(texts, want) {
					t.Fatalf("conflict dialog lacks %q:\n%s", want, texts)
				}
			}
			if a, _ := f.stored(t, g.u); a != "deres A" {
				t.Fatalf("theirs overwritten before the choice: %q", a)
			}
			test.Tap(buttonIn(d, "Gem mine ovenpå"))
			if a, _ := f.stored(t, g.u); a != "mit A" {
				t.Fatalf("stored %q after applying mine", a)
			}
			g.replayed(t, file)
		})
	}
}

// The quick "done" of an action, a new goal and a progress note are kept
// too.
func TestQuickSavesKeptWhileFileGone(t *testing.T) {
	g := newGoneFolder(t)
	u := g.u
	as, err := u.store.FindActions(u.ctx, board.ActionFilter{OpenOnly: true})
	if err != nil || len(as) == 0 {
		t.Fatal("no open action", err)
	}
	action := as[0]
	u.openCitizen(action.CitizenID)
	r := u.page.(*citizenRecord)
	g.away(t)

	tap(t, r.Actions.List, "Udført")
	r.Goals.Edit(&board.Goal{CitizenID: r.C.ID})
	d := u.dialogs.Newest()
	entriesIn(d.Content)[0].SetText("Et nyt mål")
	if !dialogSave(u, d)() {
		t.Fatalf("new goal not kept: %s", textsIn(d.Content))
	}
	r.Notes.Entry.SetText("Notat skrevet mens filen var væk")
	if !r.Notes.Add() {
		t.Fatalf("note not kept: %q", r.Notes.Problem.Text)
	}
	file := g.kept(t, 3)

	g.back(t)
	stored, _ := u.store.FindActions(u.ctx, board.ActionFilter{CitizenID: action.CitizenID})
	for _, a := range stored {
		if a.ID == action.ID && a.Status != board.ActionDone {
			t.Fatalf("action %+v not done", a)
		}
	}
	plan, _ := u.store.FindPlan(u.ctx, action.CitizenID)
	if plan.Goals[len(plan.Goals)-1].Text != "Et nyt mål" {
		t.Fatalf("goals %+v", plan.Goals)
	}
	notes, _ := u.store.FindNotes(u.ctx, action.CitizenID)
	found := false
	for _, n := range notes {
		found = found || n.Text == "Notat skrevet mens filen var væk"
	}
	if !found {
		t.Fatal("note not replayed")
	}
	g.replayed(t, file)
}

// A single occurrence marked from the calendar and deletions of a goal and
// an appointment are kept while the folder is gone. When it is back, a
// deletion of a record another PC changed meanwhile asks first.
func TestOccurrenceAndDeletesKeptWhileFileGone(t *testing.T) {
	g := newGoneFolder(t)
	u := g.u
	ctx := context.Background()
	as, err := u.store.FindAppointments(u.ctx, calendar.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var series, single *calendar.Appointment
	for _, a := range as {
		switch {
		case a.Recurrence.Freq != calendar.FreqNone && series == nil:
			series = a
		case a.Recurrence.Freq == calendar.FreqNone && single == nil:
			single = a
		}
	}
	if series == nil || single == nil {
		t.Fatal("the demo team lacks a series or a single appointment")
	}
	second := series.Start.AddDate(0, 0, 7)
	if series.Recurrence.Freq == calendar.FreqBiweekly {
		second = series.Start.AddDate(0, 0, 14)
	}
	occ, ok := series.OccurrenceAt(second)
	if !ok {
		t.Fatal("no second occurrence")
	}
	c := citizenWith(t, u, func(c *board.Citizen) bool {
		p, _ := u.store.FindPlan(u.ctx, c.ID)
		return p != nil && len(p.Goals) >= 2
	})
	u.openCitizen(c.ID)
	r := u.page.(*citizenRecord)
	goals := r.Goals.Goals

	g.away(t)
	u.markOccurrence(occ, calendar.StatusHeld, nil)
	for _, del := range []func() error{
		func() error { return deleteOrKeep(u, outbox.KindGoal, goals[0], u.store.DeleteGoal) },
		func() error { return deleteOrKeep(u, outbox.KindGoal, goals[1], u.store.DeleteGoal) },
		func() error { return deleteOrKeep(u, outbox.KindAppointment, single, u.store.DeleteAppointment) },
	} {
		if err := del(); err != nil {
			t.Fatalf("deletion not kept: %v", err)
		}
	}
	file := g.kept(t, 4)

	if err := os.Rename(g.dir+"-away", g.dir); err != nil {
		t.Fatal(err)
	}
	other := otherPC(t, u)
	changed := *goals[1]
	changed.Text = "ændret på en anden pc"
	if err := other.UpdateGoal(ctx, &changed); err != nil {
		t.Fatal(err)
	}
	u.live.retryNow()

	got, err := u.store.FindAppointmentByID(u.ctx, series.ID)
	if err != nil {
		t.Fatal(err)
	}
	if o, _ := got.OccurrenceAt(second); o.EffectiveStatus() != calendar.StatusHeld {
		t.Fatalf("occurrence status %q, want held", o.EffectiveStatus())
	}
	if _, err := u.store.FindAppointmentByID(u.ctx, single.ID); board.ErrorCode(err) != board.ENotFound {
		t.Fatalf("appointment not deleted: %v", err)
	}
	plan, _ := u.store.FindPlan(u.ctx, c.ID)
	for _, pg := range plan.Goals {
		if pg.ID == goals[0].ID {
			t.Fatal("goal 0 not deleted")
		}
	}
	// Goal 1 was changed on the other PC: the person is asked.
	d := topOverlay(u)
	if texts := textsIn(d); !strings.Contains(texts, "SØ") || !strings.Contains(texts, "slettede") {
		t.Fatalf("no question about the changed goal:\n%s", texts)
	}
	if u.live.box.Len() != 1 {
		t.Fatalf("%d kept, want the held deletion", u.live.box.Len())
	}
	yes := buttonIn(d, "Ja")
	if yes == nil {
		yes = buttonIn(d, "Yes")
	}
	if yes == nil {
		t.Fatalf("no yes button:\n%s", textsIn(d))
	}
	test.Tap(yes)
	plan, _ = u.store.FindPlan(u.ctx, c.ID)
	for _, pg := range plan.Goals {
		if pg.ID == goals[1].ID {
			t.Fatal("goal 1 not deleted after yes")
		}
	}
	g.replayed(t, file)
}

// An edit kept for a record another PC deleted meanwhile cannot be saved:
// the person is told, and the edit is dropped.
func TestKeptEditOfDeletedRecord(t *testing.T) {
	g := newGoneFolder(t)
	f := mergeForms()[3] // contact
	typeA, save := f.open(t, g.u)
	g.away(t)
	typeA("999")
	if !save() {
		t.Fatal("not kept")
	}
	file := g.kept(t, 1)
	if err := os.Rename(g.dir+"-away", g.dir); err != nil {
		t.Fatal(err)
	}
	cs, _ := g.u.store.FindContacts(g.u.ctx, board.ContactFilter{})
	if err := otherPC(t, g.u).DeleteContact(context.Background(), cs[0].ID, cs[0].Version); err != nil {
		t.Fatal(err)
	}
	g.u.live.retryNow()
	if texts := textsIn(topOverlay(g.u)); !strings.Contains(texts, "slettet på en anden pc") {
		t.Fatalf("not told:\n%s", texts)
	}
	g.replayed(t, file)
}

// A held edit the person has not decided on yet stays kept, and is asked
// about again when the file is next opened.
func TestHeldEditAskedAgain(t *testing.T) {
	g := newGoneFolder(t)
	f := mergeForms()[0] // goal
	typeA, save := f.open(t, g.u)
	g.away(t)
	typeA("mit A")
	if !save() {
		t.Fatal("not kept")
	}
	if err := os.Rename(g.dir+"-away", g.dir); err != nil {
		t.Fatal(err)
	}
	f.otherA(t, otherPC(t, g.u), "deres A")
	g.u.live.retryNow()
	tap(t, topOverlay(g.u), "Tilbage til min tekst")
	if p := g.u.live.box.Pending(); len(p) != 1 || p[0].Held != board.EConflict {
		t.Fatalf("kept %d, want the held edit", len(p))
	}
	g.u.live.askHeld()
	d := topOverlay(g.u)
	if texts := textsIn(d); !strings.Contains(texts, "mit A") || !strings.Contains(texts, "deres A") {
		t.Fatalf("not asked again:\n%s", texts)
	}
	test.Tap(buttonIn(d, "Behold deres"))
	if a, _ := f.stored(t, g.u); a != "deres A" {
		t.Fatalf("stored %q", a)
	}
	if g.u.live.box.Len() != 0 {
		t.Fatal("the held edit stays after the choice")
	}
}

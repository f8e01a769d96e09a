package waiting

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

// referred adds referred citizens, waiting days[i] days (-1: no date).
func referred(t *testing.T, db *sqlite.DB, names []string, days []int) map[string]*board.Citizen {
	t.Helper()
	out := map[string]*board.Citizen{}
	td := board.DateOf(today)
	for i, n := range names {
		c := &board.Citizen{Name: n, Status: board.StatusReferred, ReferrerKind: board.ReferrerGP, ReferredBy: "Lægehuset Vest"}
		if days[i] >= 0 {
			c.ReferredOn = td.AddDays(-days[i])
		}
		if err := db.CreateCitizen(t.Context(), c); err != nil {
			t.Fatal(err)
		}
		out[n] = c
	}
	return out
}

// rowOf is the rendered row of the list showing name, with its day label.
func rowOf(t *testing.T, sc *Screen, name string) *row {
	t.Helper()
	for i, e := range sc.entries {
		if e.Citizen.Name == name {
			o := sc.list.CreateItem()
			sc.list.UpdateItem(i, o)
			return sc.rows[o.(*fyne.Container)]
		}
	}
	t.Fatalf("%s is not on the waiting list", name)
	return nil
}

// The list is ordered by days waiting, longest first; those past the goal
// say so in words and in the danger colour; a new goal moves the line.
func TestWaitingListOrderAndGoal(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	referred(t, db, []string{"Ane Fem", "Bo Tyve", "Carl Femten", "Dorte Udendato"}, []int{5, 20, 14, -1})
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	var order []string
	for _, e := range sc.entries {
		if strings.Contains("Ane Fem|Bo Tyve|Carl Femten|Dorte Udendato", e.Citizen.Name) {
			order = append(order, e.Citizen.Name)
		}
	}
	if got := strings.Join(order, ", "); got != "Bo Tyve, Carl Femten, Ane Fem, Dorte Udendato" {
		t.Errorf("order %s", got)
	}
	for i := 1; i < len(sc.entries); i++ {
		a, b := sc.entries[i-1], sc.entries[i]
		if !b.Citizen.ReferredOn.IsZero() && (a.Citizen.ReferredOn.IsZero() || a.Days < b.Days) {
			t.Errorf("%s (%d days) before %s (%d days)", a.Citizen.Name, a.Days, b.Citizen.Name, b.Days)
		}
	}
	past := rowOf(t, sc, "Bo Tyve")
	if !strings.Contains(past.days.Text, "OVER MÅLET") || !strings.Contains(past.days.Text, "20 dage") || past.days.Importance != widget.DangerImportance {
		t.Errorf("20 days past a 14-day goal shows %q (importance %v)", past.days.Text, past.days.Importance)
	}
	for _, n := range []string{"Carl Femten", "Ane Fem"} {
		if r := rowOf(t, sc, n); strings.Contains(r.days.Text, "OVER MÅLET") || r.days.Importance == widget.DangerImportance {
			t.Errorf("%s within the goal shows %q", n, r.days.Text)
		}
	}
	if !strings.Contains(sc.summary.Text, "over målet") {
		t.Errorf("summary %q", sc.summary.Text)
	}

	// The team's goal becomes 21 days: nobody of ours is past it.
	tapButton(t, sc.Content(), "Ret mål…")
	sc.lastGoal.SetText("21")
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	if team, _ := db.FindTeam(t.Context()); team.IntakeGoal() != 21 {
		t.Fatalf("goal not saved: %+v", team)
	}
	if r := rowOf(t, sc, "Bo Tyve"); strings.Contains(r.days.Text, "OVER MÅLET") {
		t.Errorf("20 days with a 21-day goal shows %q", r.days.Text)
	}
	if !strings.Contains(sc.goal.Text, "21") {
		t.Errorf("goal line %q", sc.goal.Text)
	}
}

// The referral form saves who referred, the reason and the consent.
func TestReferralFormSaves(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	cs := referred(t, db, []string{"Ane Fem"}, []int{5})
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	sc.editReferral(cs["Ane Fem"])
	f := sc.lastForm
	f.kind.SetSelectedIndex(1) // outpatient clinic
	f.by.SetText("Psykiatrisk ambulatorium")
	f.reason.SetText("Har brug for en samlet indsats omkring bolig og misbrug")
	f.consentOn.SetText("20.11.2026")
	f.consentScope.SetText("Egen læge og kommunen")
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	got, err := db.FindCitizenByID(t.Context(), cs["Ane Fem"].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ReferrerKind != board.ReferrerClinic || got.ReferredBy != "Psykiatrisk ambulatorium" || !strings.Contains(got.ReferralReason, "bolig og misbrug") ||
		got.Consent.GivenOn != board.MustDate("2026-11-20") || got.Consent.Scope != "Egen læge og kommunen" {
		t.Errorf("saved referral %+v", got)
	}
	if r := rowOf(t, sc, "Ane Fem"); !strings.Contains(r.detail.Text, "Ambulatorium") && !strings.Contains(r.detail.Text, "mbulat") {
		t.Errorf("row detail %q", r.detail.Text)
	}
}

// A decline needs its reason; then the citizen leaves the list and the
// reason is kept.
func TestDeclineKeepsReason(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	cs := referred(t, db, []string{"Ane Fem"}, []int{5})
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	sc.declineReferral(cs["Ane Fem"])
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	top := w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(joined(top), "Skriv") {
		t.Fatalf("a decline without reason was not refused:\n%s", joined(top))
	}
	sc.lastDecline.SetText("Hører til i det regionale ambulatorium; lægen er orienteret")
	tapButton(t, top, "Gem")
	got, _ := db.FindCitizenByID(t.Context(), cs["Ane Fem"].ID)
	if !got.Declined() || !strings.Contains(got.DeclinedReason, "regionale ambulatorium") {
		t.Errorf("declined citizen %+v", got)
	}
	for _, e := range sc.entries {
		if e.Citizen.ID == got.ID {
			t.Error("a declined referral is still waiting")
		}
	}
}

// "Book intake" hands the citizen to the app's slot finder and reads the
// list again after the booking.
func TestBookIntakeCallsSlotFinder(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	cs := referred(t, db, []string{"Ane Fem"}, []int{5})
	var asked *board.Citizen
	cfg := Config{BookIntake: func(c *board.Citizen, booked func()) {
		asked = c
		mine := *c
		mine.Status = board.StatusIntake // what the app's booking does
		if err := db.UpdateCitizen(t.Context(), &mine); err != nil {
			t.Fatal(err)
		}
		booked()
	}}
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), cfg)
	r := rowOf(t, sc, "Ane Fem")
	test.Tap(r.book)
	if asked == nil || asked.ID != cs["Ane Fem"].ID {
		t.Fatalf("the slot finder got %+v", asked)
	}
	for _, e := range sc.entries {
		if e.Citizen.ID == asked.ID {
			t.Error("the citizen booked for intake is still waiting")
		}
	}
}

// The screen fits a 1366×768 laptop at 100 % text and a 1920×1080 screen
// at 150 %, with its forms.
func TestWaitingFits(t *testing.T) {
	for _, c := range []struct {
		scale int
		size  fyne.Size
	}{{100, fyne.NewSize(1366, 768)}, {150, fyne.NewSize(1920, 1080)}} {
		t.Run(fmt.Sprint(c.scale), func(t *testing.T) {
			a := testApp(t, c.scale)
			db := demoFile(t)
			cs := referred(t, db, []string{"Anne-Margrethe Skovbølle-Kristensen"}, []int{30})
			c0 := cs["Anne-Margrethe Skovbølle-Kristensen"]
			c0.ReferralReason = strings.Repeat("Lang begrundelse med mange ord ", 10)
			if err := db.UpdateCitizen(t.Context(), c0); err != nil {
				t.Fatal(err)
			}
			sc, w := openScreen(t, a, db, c.size, Config{BookIntake: func(*board.Citizen, func()) {}})
			room := fyne.NewSize(c.size.Width, c.size.Height-120)
			if s := sc.Content().MinSize(); !fits(s, room) {
				t.Errorf("the waiting list needs %v, has %v", s, room)
			}
			sc.editReferral(c0)
			if s := w.Canvas().Overlays().Top().MinSize(); !fits(s, c.size) {
				t.Errorf("the referral form needs %v on %v", s, c.size)
			}
		})
	}
}

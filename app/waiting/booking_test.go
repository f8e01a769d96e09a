package waiting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// After a booking the row leaves the list and the status line names the
// citizen; a booking that did not happen (not now, or it failed) says
// nothing of the kind.
func TestBookIntakeConfirms(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	referred(t, db, []string{"Ane Fem", "Bo Tyve"}, []int{5, 20})
	book := true
	cfg := Config{BookIntake: func(c *board.Citizen, booked func()) {
		if book {
			mine := *c
			mine.Status = board.StatusIntake // what the app's booking does
			if err := db.UpdateCitizen(t.Context(), &mine); err != nil {
				t.Fatal(err)
			}
		}
		booked()
	}}
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), cfg)
	test.Tap(rowOf(t, sc, "Ane Fem").book)
	if got := sc.status.Text; got != "Indskrivning booket for Ane Fem." {
		t.Errorf("status after booking %q", got)
	}
	book = false
	test.Tap(rowOf(t, sc, "Bo Tyve").book)
	if got := sc.status.Text; strings.Contains(got, "booket") {
		t.Errorf("status without a booking %q", got)
	}
}

// "Ny henvisning…" opens the app's referral form; without one it is hidden.
func TestNewReferralButton(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	opened := 0
	sc, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{NewReferral: func() { opened++ }})
	tapButton(t, sc.Content(), "Ny henvisning…")
	if opened != 1 {
		t.Fatalf("the referral form opened %d times", opened)
	}
	bare, _ := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	if bare.newBtn.Visible() {
		t.Error("the button shows without a referral form to open")
	}
}

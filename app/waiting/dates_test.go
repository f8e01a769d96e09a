package waiting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// A referral date after today, or none, is refused with a Danish message;
// the form stays open with what was typed and nothing is saved.
func TestReferralDateRefusedInFutureOrEmpty(t *testing.T) {
	for _, tt := range []struct{ typed, want string }{
		{"27.11.2026", "Henvisningsdatoen kan ikke ligge efter i dag (26.11.2026)"},
		{"", "Angiv henvisningsdatoen"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			a := testApp(t, 100)
			db := demoFile(t)
			cs := referred(t, db, []string{"Peter Mølgaard"}, []int{7})
			sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
			sc.editReferral(cs["Peter Mølgaard"])
			f := sc.lastForm
			f.on.SetText(tt.typed)
			f.by.SetText("Lægehuset Øst")
			tapButton(t, w.Canvas().Overlays().Top(), "Gem")
			if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(f.problem.Text, tt.want) || !f.problem.Visible() {
				t.Fatalf("date %q: problem %q, want %q", tt.typed, f.problem.Text, tt.want)
			}
			if f.on.Text != tt.typed || f.by.Text != "Lægehuset Øst" {
				t.Errorf("what was typed is lost: %q %q", f.on.Text, f.by.Text)
			}
			got, _ := db.FindCitizenByID(t.Context(), cs["Peter Mølgaard"].ID)
			if got.ReferredOn != cs["Peter Mølgaard"].ReferredOn || got.ReferredBy != "Lægehuset Vest" {
				t.Errorf("the refused referral was saved: %+v", got)
			}
		})
	}
}

// A decline before the referral came, or after today, is refused.
func TestDeclineDateBetweenReferralAndToday(t *testing.T) {
	for _, tt := range []struct{ typed, want string }{
		{"01.01.2020", "kan ikke afvises før den kom (19.11.2026)"},
		{"27.11.2026", "kan ikke dateres efter i dag (26.11.2026)"},
	} {
		t.Run(tt.typed, func(t *testing.T) {
			a := testApp(t, 100)
			db := demoFile(t)
			cs := referred(t, db, []string{"Lise Ravnsbæk"}, []int{7})
			sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
			sc.declineReferral(cs["Lise Ravnsbæk"])
			sc.lastDecline.SetText("Hører til i ambulatoriet")
			sc.lastDeclineDay.SetText(tt.typed)
			tapButton(t, w.Canvas().Overlays().Top(), "Gem")
			if text := joined(w.Canvas().Overlays().Top()); !strings.Contains(text, tt.want) {
				t.Fatalf("decline on %s not refused as %q:\n%s", tt.typed, tt.want, text)
			}
			if got, _ := db.FindCitizenByID(t.Context(), cs["Lise Ravnsbæk"].ID); got.Declined() {
				t.Errorf("declined on %s: %+v", tt.typed, got.DeclinedOn)
			}
		})
	}
}

// A CPR number in the referral form is refused naming its field.
func TestReferralCPRNamesTheField(t *testing.T) {
	a := testApp(t, 100)
	db := demoFile(t)
	cs := referred(t, db, []string{"Peter Mølgaard"}, []int{7})
	sc, w := openScreen(t, a, db, fyne.NewSize(1366, 768), Config{})
	sc.editReferral(cs["Peter Mølgaard"])
	f := sc.lastForm
	f.reason.SetText("Borger 010190-1234 ringede")
	tapButton(t, w.Canvas().Overlays().Top(), "Gem")
	if !strings.HasPrefix(f.problem.Text, "Årsag (med henviserens ord): ") || !strings.Contains(f.problem.Text, "CPR") {
		t.Errorf("problem %q", f.problem.Text)
	}
}

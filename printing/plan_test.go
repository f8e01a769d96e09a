package printing

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func TestPlanContent(t *testing.T) {
	path := writePDF(t, renderPlan(t, testPlanInput()))
	checkPDF(t, path)
	text := pdfText(t, path)

	t.Run("header", func(t *testing.T) {
		assertContains(t, text, "Min plan", "Kirsten Ærø", "Team Østbyen",
			"Udskrevet 7. december 2026", "Planen er sidst ændret 3. december 2026")
		// The plan speaks to the citizen by the preferred name only.
		assertAbsent(t, text, "Kirsten Ærø Sørensen")
	})
	t.Run("headings", func(t *testing.T) {
		assertContains(t, text, "Mine ønsker og mål", "Det gør vi", "Mine aftaler",
			"Mine kontaktpersoner", "Hvis det bliver svært")
	})
	t.Run("goals in order with life area", func(t *testing.T) {
		assertContains(t, text, "Bolig", "Helbred", "Netværk", "min hund Æble", "min søster Åse")
		if i, j := strings.Index(text, "Bolig"), strings.Index(text, "Helbred"); i < 0 || j < i {
			t.Errorf("goals not in position order (Bolig at %d, Helbred at %d)", i, j)
		}
	})
	t.Run("actions", func(t *testing.T) {
		assertContains(t, text, "Søge boligstøtte", "Søren Kjær", "kontaktperson, Kommune",
			"Birgitte Ølgaard", "praktiserende læge, Almen", "Anna Holm", "behandler, Region",
			"Dig eller dit netværk", "15. december", "10. januar", "2027", "Åben", "Udført")
	})
	t.Run("appointments inside four weeks", func(t *testing.T) {
		assertContains(t, text, "Tirsdag", "8. december", "10.00–11.00", "Hjemmebesøg", "Hjemme hos dig",
			"Psykiatrisk", "Ærøgade 5", "Blodprøve og", "blodtryk", "Lægehuset", "Mette Frølich",
			"I telefonen", "AFLYST")
		// The weekly consultation on every Wednesday of the window.
		for _, day := range []string{"9. december", "16. december", "23. december", "30. december"} {
			assertContains(t, text, day)
		}
	})
	t.Run("appointments outside left out", func(t *testing.T) {
		assertAbsent(t, text, markPast, markBeyond, markOtherCitizen, "6. januar")
	})
	t.Run("contacts", func(t *testing.T) {
		assertContains(t, text, "Fra teamet", "87 65 43 21", "22 11 33 44", "86 12 34 56",
			"Mit netværk og andre", "Åse Sørensen", "søster", "51 52 53 54", "Lægevagten", "70 11 31 31")
	})
	t.Run("crisis plan", func(t *testing.T) {
		assertContains(t, text, "Tegn på at det bliver svært", "Jeg sover dårligt",
			"Det hjælper mig", "Varm te", "Dem kan jeg ringe til", "78 47 04 50", "ring 112")
	})
	t.Run("no internal notes", func(t *testing.T) {
		assertAbsent(t, text, markCitizenNote, markSafetyNote, markApptNote, markContactNote)
	})
	t.Run("page numbers", func(t *testing.T) {
		n := pdfPages(t, path)
		assertContains(t, text, "side 1 af "+fmt.Sprint(n), fmt.Sprintf("side %d af %d", n, n))
	})
}

func TestPlanEnglish(t *testing.T) {
	in := testPlanInput()
	in.Lang = English
	path := writePDF(t, renderPlan(t, in))
	text := pdfText(t, path)
	assertContains(t, text, "My plan", "My wishes and goals", "What we do", "My appointments",
		"My contact persons", "If things get hard", "page 1 of", "Tuesday", "8 December",
		"10:00–11:00", "CANCELLED", "Municipality", "Printed 7 December 2026", "call 112")
	assertAbsent(t, text, "side 1 af", "Mine aftaler", markCitizenNote, markApptNote)
}

// An empty plan prints every heading with a sentence saying it is empty.
func TestPlanEmptySections(t *testing.T) {
	c := testCitizen()
	c.Responsible = nil
	c.PreferredName = ""
	in := PlanInput{Team: "Team Østbyen", Printed: printedAt, Citizen: c}
	path := writePDF(t, renderPlan(t, in))
	checkPDF(t, path)
	text := pdfText(t, path)
	assertContains(t, text, "Kirsten Ærø Sørensen", "Planen er ikke skrevet endnu",
		"Mine ønsker og mål", "Der er ikke skrevet ønsker og mål endnu.",
		"Det gør vi", "Der er ikke aftalt noget endnu.",
		"Mine aftaler", "Ingen aftaler de næste 4 uger.",
		"Mine kontaktpersoner", "Der er ikke skrevet kontaktpersoner på endnu.",
		"Hvis det bliver svært", "Der er ikke lavet en kriseplan endnu.", "ring 112", "side 1 af 1")
}

// A long plan runs over several pages: nothing is lost, headers repeat,
// and no table row is cut between two pages.
func TestPlanLong(t *testing.T) {
	in := longPlanInput()
	path := writePDF(t, renderPlan(t, in))
	checkPDF(t, path)
	n := pdfPages(t, path)
	if n < 3 {
		t.Fatalf("long plan has %d pages, want at least 3", n)
	}
	pages := make([]string, n)
	for i := range pages {
		pages[i] = normal(run(t, "pdftotext", "-layout", "-enc", "UTF-8", "-f", fmt.Sprint(i+1), "-l", fmt.Sprint(i+1), path, "-"))
		if want := fmt.Sprintf("side %d af %d", i+1, n); !strings.Contains(pages[i], want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	all := strings.Join(pages, "\n")
	assertContains(t, all, "Linje 1 i et", "Linje 70 i et", "SLUTPÅLANGTMÅL")
	for i := 1; i <= 40; i++ {
		start, end := fmt.Sprintf("Handling nummer %d:", i), fmt.Sprintf("RÆKKESLUT%02d", i)
		found := false
		for p, text := range pages {
			if strings.Contains(text, start) {
				found = true
				if !strings.Contains(text, end) {
					t.Errorf("action %d starts on page %d but ends on another: row cut", i, p+1)
				}
			}
		}
		if !found {
			t.Errorf("action %d is missing", i)
		}
	}
	// The table header repeats on every page the actions table continues on.
	heads := 0
	for _, text := range pages {
		if strings.Contains(text, "Hvad Hvem Hvornår Status") {
			heads++
		}
	}
	if heads < 2 {
		t.Errorf("actions header printed on %d pages, want it repeated", heads)
	}
}

func TestPlanWindow(t *testing.T) {
	from, to := PlanWindow(printedAt)
	if !from.Equal(printedAt) {
		t.Errorf("from = %v, want %v", from, printedAt)
	}
	if want := at("2027-01-04 00:00"); !to.Equal(want) {
		t.Errorf("to = %v, want %v", to, want)
	}
	// Over the change to summer time the window still ends at midnight.
	_, to = PlanWindow(at("2026-03-20 15:00"))
	if want := at("2026-04-17 00:00"); !to.Equal(want) {
		t.Errorf("to = %v, want %v", to, want)
	}
}

func TestUpcomingFilters(t *testing.T) {
	p := &planPrinter{in: testPlanInput()}
	var got []string
	for _, o := range p.upcoming() {
		got = append(got, fmt.Sprintf("%d@%s", o.Appointment.ID, local(o.Start).Format("01-02")))
	}
	want := "1@12-08 2@12-09 3@12-11 2@12-16 4@12-17 5@12-22 2@12-23 2@12-30"
	if strings.Join(got, " ") != want {
		t.Errorf("upcoming = %v\nwant      %v", got, want)
	}
}

func TestActionOrder(t *testing.T) {
	d := board.MustDate
	actions := []*board.Action{
		{ID: 1, Status: board.ActionDone, Due: d("2026-01-01")},
		{ID: 2, Status: board.ActionOpen},
		{ID: 3, Status: board.ActionCancelled},
		{ID: 4, Status: board.ActionOpen, Due: d("2026-12-20")},
		{ID: 5, Status: board.ActionOpen, Due: d("2026-12-10")},
	}
	var ids []int64
	for _, a := range actionOrder(actions) {
		ids = append(ids, a.ID)
	}
	if fmt.Sprint(ids) != "[5 4 2 1 3]" {
		t.Errorf("order = %v, want [5 4 2 1 3]", ids)
	}
}

func TestWritePlanWithoutCitizen(t *testing.T) {
	err := WritePlan(io.Discard, PlanInput{Printed: time.Now()})
	if board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("err = %v, want an EInvalid error", err)
	}
}

// The plan must not depend on the PC's time zone.
func TestPlanTimesInCopenhagen(t *testing.T) {
	in := testPlanInput()
	for i := range in.Appointments {
		o := &in.Appointments[i]
		o.Start, o.End = o.Start.UTC(), o.End.UTC()
	}
	in.Printed = in.Printed.In(time.FixedZone("PST", -8*3600))
	text := pdfText(t, writePDF(t, renderPlan(t, in)))
	assertContains(t, text, "10.00–11.00", "Udskrevet 7. december 2026")
}

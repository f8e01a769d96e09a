package printing

import (
	"strings"
	"testing"

	"tavlen/calendar"
)

// One cancelled occurrence of a weekly series is marked on its own line;
// the other weeks stay planned.
func TestPlanShowsOneCancelledOccurrence(t *testing.T) {
	in := testPlanInput()
	var series *calendar.Appointment
	for _, o := range in.Appointments {
		if o.Appointment.Recurrence.Freq == calendar.FreqWeekly {
			series = o.Appointment
		}
	}
	if series == nil {
		t.Fatal("fixture has no weekly series")
	}
	if err := series.MarkOccurrence(at("2026-12-16 13:00"), calendar.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	from, to := PlanWindow(in.Printed)
	in.Appointments = calendar.Expand([]*calendar.Appointment{series}, from, to)
	text := pdfText(t, writePDF(t, renderPlan(t, in)))
	if n := strings.Count(text, "AFLYST"); n != 1 {
		t.Errorf("AFLYST %d times, want once (only 16 December):\n%s", n, text)
	}
	assertContains(t, text, "9. december", "16. december", "23. december", "30. december")
}

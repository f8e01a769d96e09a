package calendar

import (
	"slices"
	"testing"
	"time"
)

func TestPlanImport(t *testing.T) {
	stored := func() map[string]*Appointment {
		m := map[string]*Appointment{}
		for _, a := range sampleAppointments() {
			a.Version = 4
			m[a.UID] = a
		}
		return m
	}
	// Re-importing our own export changes nothing.
	imp := decodeString(t, encodeSample(t, sampleAppointments(), sampleExportOptions()), sampleImportOptions())
	create, update := PlanImport(stored(), imp.Appointments)
	if len(create) != 0 || len(update) != 0 {
		t.Fatalf("unchanged re-import: create %d update %d", len(create), len(update))
	}

	// A citizen's file (no notes, no held/no-show) erases nothing either.
	opt := sampleExportOptions()
	opt.CitizenView = true
	imp = decodeString(t, encodeSample(t, sampleAppointments(), opt), sampleImportOptions())
	if create, update = PlanImport(stored(), imp.Appointments); len(create)+len(update) != 0 {
		t.Fatalf("citizen file re-import: create %d update %d", len(create), len(update))
	}

	// Moved in Outlook, one new event, one stale copy, one un-cancelled.
	in := decodeString(t, encodeSample(t, sampleAppointments(), sampleExportOptions()), sampleImportOptions()).Appointments
	in[0].Start, in[0].End = in[0].Start.Add(time.Hour), in[0].End.Add(time.Hour)
	in[0].Participants = nil // Google drops attendees: keep ours
	in[1].Sequence = -1      // older than stored (0)
	in[1].Title = "stale"
	in[3].Status = "" // STATUS:CONFIRMED without our property
	in = append(in, &Appointment{UID: "new@outlook", Title: "Ny", Start: cph(2026, 5, 1, 9, 0), End: cph(2026, 5, 1, 10, 0)})
	st := stored()
	create, update = PlanImport(st, in)
	if len(create) != 1 || create[0].UID != "new@outlook" {
		t.Errorf("create %v, want the new one", create)
	}
	if len(update) != 2 {
		t.Fatalf("%d updates, want 2", len(update))
	}
	moved, uncancelled := update[0], update[1]
	if moved.UID != "a1@tavlen" || moved.ID != 1 || moved.Version != 4 || moved.CitizenID != 7 ||
		!moved.Start.Equal(cph(2026, 3, 16, 10, 0)) || !slices.Equal(moved.Participants, []int64{1, 2}) ||
		moved.Notes != st["a1@tavlen"].Notes || moved.Sequence != 2 {
		t.Errorf("moved: %+v", moved)
	}
	if uncancelled.UID != "a4@tavlen" || uncancelled.Status != StatusPlanned {
		t.Errorf("uncancelled: %+v", uncancelled)
	}
	// The stored appointments are not changed by planning.
	if !st["a1@tavlen"].Start.Equal(cph(2026, 3, 16, 9, 0)) {
		t.Error("PlanImport changed a stored appointment")
	}
}

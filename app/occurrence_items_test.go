package app

import (
	"slices"
	"testing"
)

// TestOccurrenceFormShowsOnlyItsOwnRows: one occurrence's form has the
// appointment form's rows but those only the series changes, and its notes
// are this occurrence's own.
func TestOccurrenceFormShowsOnlyItsOwnRows(t *testing.T) {
	u := newTestUI(t)
	v := openCalendar(t, u)
	f := u.newApptForm(recurringBlock(t, v).o.Appointment)
	var labels []string
	for _, it := range f.occurrenceItems() {
		labels = append(labels, it.Text)
	}
	want := []string{T("appt.title", "Title"), T("appt.citizen", "Citizen"), T("appt.day", "Day"),
		T("appt.from", "From"), T("appt.to", "To"), T("appt.participants", "Members"),
		T("appt.status", "Status"), T("appt.occ_notes", "Notes on this one"), ""}
	if !slices.Equal(labels, want) {
		t.Fatalf("rows %q, want %q", labels, want)
	}
	if got := f.items()[11].Text; got != T("appt.notes", "Internal notes") {
		t.Fatalf("the series form's notes row became %q", got)
	}
}

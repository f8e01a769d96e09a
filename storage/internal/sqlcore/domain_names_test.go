package sqlcore

import (
	"reflect"
	"testing"

	"tavlen/board"
	"tavlen/calendar"
)

// TestHistoryLabelsAreMapped: every label a table's history lines use has
// a domain field key, so no label reaches the app as it is written.
func TestHistoryLabelsAreMapped(t *testing.T) {
	written := map[string][]field{
		"team":                teamFields(&board.Team{}),
		"members":             memberFields(&board.Member{}),
		"citizens":            citizenFields(&board.Citizen{}, nil),
		"notes":               {{"at", ""}, {"text", ""}, {"corrects", ""}}, // note.go writes them inline
		"goals":               goalFields(&board.Goal{}),
		"actions":             actionFields(&board.Action{}, nil),
		"crisis_plans":        crisisFields(&board.CrisisPlan{}),
		"contacts":            contactFields(&board.Contact{}),
		"appointments":        appointmentFields(&calendar.Appointment{}, nil),
		"meetings":            meetingFields(&board.Meeting{}, nil),
		"meeting_items":       itemFields(&board.MeetingItem{}),
		"meeting_corrections": correctionFields(&board.MinutesCorrection{}, nil),
		"year_themes":         themeFields(&board.Theme{}, nil),
	}
	for table, fields := range written {
		r := kindByTable[table]
		if r == nil {
			t.Errorf("%s has no record kind", table)
			continue
		}
		if tableOf(kindOf(table)) != table {
			t.Errorf("%s does not map back", table)
		}
		for _, f := range fields {
			if _, _, ok := labelOf(r, f.name+": x"); !ok {
				t.Errorf("%s: the label %q has no domain key", table, f.name)
			}
		}
	}
	if len(written) != len(recordTables) {
		t.Errorf("%d tables written, %d mapped", len(written), len(recordTables))
	}
}

func TestFieldChangesReadDomainKeys(t *testing.T) {
	for _, tc := range []struct {
		table, action, text string
		want                []board.FieldChange
	}{
		{"crisis_plans", board.AuditUpdate, "whom to call: Mor → Søster\nwhat helps:  → Te",
			[]board.FieldChange{{Field: "crisis.whom_to_call", Before: "Mor", After: "Søster"}, {Field: "crisis.what_helps", After: "Te"}}},
		{"notes", board.AuditInsert, "at: 2026-11-27 10:42\ntext: first line\nsecond line",
			[]board.FieldChange{{Field: "note.at", After: "2026-11-27 10:42"}, {Field: "note.text", After: "first line\nsecond line"}}},
		{"citizens", board.AuditDelete, "consent withdrawn on: 2026-12-04",
			[]board.FieldChange{{Field: "citizen.consent_withdrawn_on", Before: "2026-12-04"}}},
		{"appointments", board.AuditUpdate, "place: A → B\noccurrence 2026-12-01 10:00: planned → held; notes: ok",
			[]board.FieldChange{{Field: "appointment.place", Before: "A", After: "B"},
				{Field: board.FieldOccurrence, Of: "2026-12-01 10:00", Before: "planned", After: "held; notes: ok"}}},
		{"citizens", board.AuditPrint, "plan printed", nil},
	} {
		if got := fieldChanges(tc.table, tc.action, tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("fieldChanges(%s, %q) = %+v, want %+v", tc.table, tc.text, got, tc.want)
		}
	}
}

package calendar

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func TestEncodeDueDates(t *testing.T) {
	citizen := &board.Citizen{ID: 4, Name: "Åse Ørum"}
	tasks := board.MyTasks{
		Actions: []board.MyAction{
			{Action: &board.Action{ID: 10, CitizenID: 4, Text: "Ring til egen læge", Due: board.MustDate("2026-04-02")}, Citizen: citizen},
			{Action: &board.Action{ID: 11, CitizenID: 4, Text: "Uden dato"}, Citizen: citizen},
		},
		Reviews: []board.MyReview{{Citizen: citizen, Date: board.MustDate("2026-04-07")}},
	}
	dues := DueDatesOf(tasks, "Revision")
	if len(dues) != 2 {
		t.Fatalf("due dates: %+v", dues)
	}
	var buf bytes.Buffer
	err := EncodeDueDates(&buf, dues, ExportOptions{Now: time.Date(2026, 3, 30, 8, 0, 0, 0, time.UTC),
		CitizenName: func(int64) string { return citizen.Name }})
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"UID:tavlen-action-10", "DTSTART;VALUE=DATE:20260402", "DTEND;VALUE=DATE:20260403",
		"SUMMARY:Ring til egen læge (ÅØ)", "SUMMARY:Revision (ÅØ)", "UID:tavlen-review-4-2026-04-07", "TRANSP:TRANSPARENT", "CLASS:PRIVATE"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "Åse") || strings.Contains(out, "Uden dato") {
		t.Errorf("name or undated action in the file:\n%s", out)
	}
	// Without CitizenName, no initials.
	buf.Reset()
	if err := EncodeDueDates(&buf, dues, ExportOptions{}); err != nil || strings.Contains(buf.String(), "(ÅØ)") {
		t.Errorf("initials without asking: %v\n%s", err, buf.String())
	}
	// Read back by our own decoder: two whole days.
	imp, err := Decode(bytes.NewReader(buf.Bytes()), ImportOptions{})
	if err != nil || len(imp.Appointments) != 2 {
		t.Fatalf("decode: %v %+v", err, imp)
	}
}

func TestEncodeNoDueDates(t *testing.T) {
	var buf bytes.Buffer
	err := EncodeDueDates(&buf, nil, ExportOptions{})
	if e := board.AsError(err); e == nil || e.Key != "invalid.no_due_dates" || buf.Len() != 0 {
		t.Fatalf("empty: %v\n%s", err, buf.String())
	}
}

package board

import (
	"fmt"
	"testing"
	"time"
)

func TestMyList(t *testing.T) {
	today := MustDate("2026-03-30")
	me := &Member{ID: 7, Initials: "AB"}
	mine := &Citizen{ID: 1, Name: "Åse", Status: StatusActive, ReviewDate: today.AddDays(3),
		Responsible: []Responsibility{{MemberID: 7}}}
	notMine := &Citizen{ID: 2, Name: "Bo", Status: StatusActive, ReviewDate: today.AddDays(-1),
		Responsible: []Responsibility{{MemberID: 8}}}
	passed := &Citizen{ID: 3, Name: "Carl", Status: StatusActive, ReviewDate: today.AddDays(-10),
		Responsible: []Responsibility{{MemberID: 7}}}
	later := &Citizen{ID: 4, Name: "Dorte", Status: StatusActive, ReviewDate: today.AddDays(30),
		Responsible: []Responsibility{{MemberID: 7}}}
	at := func(d int, h int) time.Time { return today.AddDays(d).In(cph).Add(time.Duration(h) * time.Hour) }
	wb := &WeekBoard{Rows: []*BoardRow{
		{Citizen: mine, Facts: Facts{OpenActions: []*Action{
			{ID: 10, CitizenID: 1, ResponsibleID: 7, Status: ActionOpen, Due: today.AddDays(5), Text: "ring til egen læge"},
			{ID: 11, CitizenID: 1, ResponsibleID: 7, Status: ActionOpen, Text: "udateret"},
			{ID: 12, CitizenID: 1, ResponsibleID: 8, Status: ActionOpen, Due: today.AddDays(-5), Text: "ikke min"},
		}}, Entries: []DayEntry{{AppointmentID: 20, Start: at(2, 10), Initials: []string{"AB", "CD"}}, {AppointmentID: 21, Start: at(1, 9), Initials: []string{"CD"}}}},
		{Citizen: notMine, Facts: Facts{OpenActions: []*Action{
			{ID: 13, CitizenID: 2, ResponsibleID: 7, Status: ActionOpen, Due: today.AddDays(-2), Text: "over frist"},
		}}, Entries: []DayEntry{{AppointmentID: 22, Start: at(0, 13), Initials: []string{"ab"}}}},
		{Citizen: passed},
		{Citizen: later},
	}}
	got := MyList(me, wb, today)
	var actions []string
	for _, a := range got.Actions {
		actions = append(actions, fmt.Sprintf("%d:%v", a.Action.ID, a.Overdue))
	}
	if fmt.Sprint(actions) != "[13:true 10:false 11:false]" {
		t.Errorf("actions (overdue first, undated last): %v", actions)
	}
	if len(got.Appointments) != 2 || got.Appointments[0].Entry.AppointmentID != 22 || got.Appointments[1].Citizen != mine {
		t.Errorf("appointments: %+v", got.Appointments)
	}
	if len(got.Reviews) != 2 || got.Reviews[0].Citizen != passed || !got.Reviews[0].Overdue || got.Reviews[1].Citizen != mine {
		t.Errorf("reviews: %+v", got.Reviews)
	}
	if got.Empty() || !MyList(&Member{ID: 99, Initials: "ZZ"}, wb, today).Empty() || !MyList(nil, wb, today).Empty() {
		t.Error("Empty")
	}
}

// BenchmarkMyList5000: my list over a caseload of 5,000 (target ≤ 10 ms).
func BenchmarkMyList5000(b *testing.B) {
	wb := &WeekBoard{Rows: caseload(5000)}
	me := &Member{ID: 3, Initials: "M2"}
	b.ResetTimer()
	for b.Loop() {
		if MyList(me, wb, rankToday).Empty() {
			b.Fatal("empty")
		}
	}
}

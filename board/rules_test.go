package board

import (
	"reflect"
	"testing"
	"time"
)

var cph, _ = time.LoadLocation("Europe/Copenhagen")

func TestNeedsAttention(t *testing.T) {
	today := MustDate("2026-03-30") // the Monday after the spring DST change
	recent := time.Date(2026, 3, 27, 10, 0, 0, 0, cph)
	old := time.Date(2026, 3, 10, 10, 0, 0, 0, cph)
	consent := Consent{GivenOn: MustDate("2026-01-05"), Scope: "behandling"}
	crossSectors := []Sector{SectorRegion, SectorKommune}
	tests := []struct {
		name string
		c    Citizen
		f    Facts
		want []Attention
	}{
		{"all fine", Citizen{Status: StatusActive, Consent: consent}, Facts{LastContact: recent, Sectors: crossSectors}, nil},
		{"review passed", Citizen{Status: StatusActive, ReviewDate: MustDate("2026-03-29")}, Facts{LastContact: recent}, []Attention{AttentionReviewPassed}},
		{"review today is not passed", Citizen{Status: StatusActive, ReviewDate: today}, Facts{LastContact: recent}, nil},
		{"overdue action", Citizen{Status: StatusActive}, Facts{LastContact: recent, OpenActions: []*Action{{Status: ActionOpen, Due: MustDate("2026-03-29")}}}, []Attention{AttentionActionOverdue}},
		{"action due today is fine", Citizen{Status: StatusActive}, Facts{LastContact: recent, OpenActions: []*Action{{Status: ActionOpen, Due: today}}}, nil},
		{"no contact in 14 days", Citizen{Status: StatusActive}, Facts{LastContact: old}, []Attention{AttentionNoContact}},
		{"never any contact", Citizen{Status: StatusActive}, Facts{}, []Attention{AttentionNoContact}},
		{"referred citizens are not expected to have contact", Citizen{Status: StatusReferred}, Facts{}, nil},
		{"no-show without contact since", Citizen{Status: StatusActive}, Facts{LastContact: recent, LastNoShow: recent.Add(time.Hour)}, []Attention{AttentionNoShow}},
		{"no-show followed by contact", Citizen{Status: StatusActive}, Facts{LastContact: recent, LastNoShow: recent.Add(-time.Hour)}, nil},
		{"consent missing across sectors", Citizen{Status: StatusActive}, Facts{LastContact: recent, Sectors: crossSectors}, []Attention{AttentionConsentMissing}},
		{"consent withdrawn", Citizen{Status: StatusActive, Consent: Consent{GivenOn: MustDate("2026-01-05"), Withdrawn: true}}, Facts{LastContact: recent, Sectors: crossSectors}, []Attention{AttentionConsentMissing}},
		{"one sector needs no consent", Citizen{Status: StatusActive}, Facts{LastContact: recent, Sectors: []Sector{SectorKommune, SectorKommune, SectorOther}}, nil},
		{"closed needs nothing", Citizen{Status: StatusClosed, ReviewDate: MustDate("2026-01-01")}, Facts{}, nil},
		{"everything", Citizen{Status: StatusActive, OnBoard: true, ReviewDate: MustDate("2026-03-01")},
			Facts{LastContact: old, LastNoShow: old.Add(time.Hour), Sectors: crossSectors, OpenActions: []*Action{{Status: ActionOpen, Due: MustDate("2026-03-01")}}},
			[]Attention{AttentionReviewPassed, AttentionActionOverdue, AttentionNoContact, AttentionNoShow, AttentionConsentMissing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NeedsAttention(&tt.c, tt.f, today, cph)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNoContactLimitAcrossDST(t *testing.T) {
	// 14 days before Monday 2026-03-30 is Monday 2026-03-16, 00:00 CET. A
	// contact at 00:30 that day is within the limit although fewer than
	// 14×24 hours have passed on the wall clock... and more in real time.
	today := MustDate("2026-03-30")
	c := &Citizen{Status: StatusActive}
	in := time.Date(2026, 3, 16, 0, 30, 0, 0, cph)
	out := time.Date(2026, 3, 15, 23, 30, 0, 0, cph)
	if got := NeedsAttention(c, Facts{LastContact: in}, today, cph); len(got) != 0 {
		t.Errorf("contact on the 16th: got %v, want none", got)
	}
	if got := NeedsAttention(c, Facts{LastContact: out}, today, cph); !reflect.DeepEqual(got, []Attention{AttentionNoContact}) {
		t.Errorf("contact on the 15th: got %v, want no_contact", got)
	}
}

func TestDaysOnBoard(t *testing.T) {
	tests := []struct {
		c     Citizen
		today string
		want  int
	}{
		{Citizen{OnBoard: true, BoardSince: MustDate("2026-10-20")}, "2026-10-20", 1},
		{Citizen{OnBoard: true, BoardSince: MustDate("2026-10-20")}, "2026-10-26", 7},
		// Across the October DST change: still whole days.
		{Citizen{OnBoard: true, BoardSince: MustDate("2026-10-24")}, "2026-10-26", 3},
		{Citizen{OnBoard: true, BoardSince: MustDate("2026-12-30")}, "2027-01-02", 4},
		{Citizen{OnBoard: false, BoardSince: MustDate("2026-10-20")}, "2026-10-26", 0},
		{Citizen{OnBoard: true, BoardSince: MustDate("2026-11-01")}, "2026-10-26", 0},
	}
	for _, tt := range tests {
		if got := DaysOnBoard(&tt.c, MustDate(tt.today)); got != tt.want {
			t.Errorf("since %s, today %s: got %d, want %d", tt.c.BoardSince, tt.today, got, tt.want)
		}
	}
}

func TestNextOpenAction(t *testing.T) {
	a := &Action{ID: 1, Status: ActionOpen}
	b := &Action{ID: 2, Status: ActionOpen, Due: MustDate("2026-05-02")}
	c := &Action{ID: 3, Status: ActionOpen, Due: MustDate("2026-05-01")}
	d := &Action{ID: 4, Status: ActionDone, Due: MustDate("2026-04-01")}
	if got := NextOpenAction([]*Action{a, b, c, d}); got != c {
		t.Errorf("got %+v, want the one due first", got)
	}
	if got := NextOpenAction([]*Action{a, d}); got != a {
		t.Errorf("got %+v, want the undated open one", got)
	}
	if got := NextOpenAction([]*Action{d}); got != nil {
		t.Errorf("got %+v, want nil", got)
	}
}

func TestAgendaOrder(t *testing.T) {
	today := MustDate("2026-11-24")
	recent := time.Date(2026, 11, 20, 10, 0, 0, 0, cph)
	mk := func(name string, st Status, onBoard bool) *Citizen {
		c := &Citizen{Name: name, Status: st, OnBoard: onBoard}
		if onBoard {
			c.BoardReason, c.BoardSince = "x", MustDate("2026-11-01")
		}
		return c
	}
	boardOld := mk("Åse", StatusActive, true)
	boardOld.BoardSince = MustDate("2026-09-01")
	boardNew := mk("Bent", StatusActive, true)
	review := mk("Carl", StatusActive, false)
	review.ReviewDate = today.AddDays(3)
	overdue := mk("Dorte", StatusActive, false)
	referredLate := mk("Erik", StatusReferred, false)
	referredLate.ReferredOn = MustDate("2026-11-20")
	intakeEarly := mk("Frida", StatusIntake, false)
	intakeEarly.ReferredOn = MustDate("2026-11-10")
	rest := mk("Gorm", StatusActive, false)
	closed := mk("Hans", StatusClosed, false)
	cands := []AgendaCandidate{
		{rest, Facts{LastContact: recent}},
		{closed, Facts{}},
		{referredLate, Facts{}},
		{overdue, Facts{LastContact: recent, OpenActions: []*Action{{Status: ActionOpen, Due: today.AddDays(-1)}}}},
		{boardNew, Facts{LastContact: recent}},
		{intakeEarly, Facts{}},
		{review, Facts{LastContact: recent}},
		{boardOld, Facts{LastContact: recent}},
	}
	var got []string
	for _, e := range Agenda(cands, today, cph) {
		got = append(got, e.Citizen.Name)
	}
	want := []string{"Åse", "Bent", "Dorte", "Carl", "Frida", "Erik", "Gorm"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agenda %v, want %v", got, want)
	}
}

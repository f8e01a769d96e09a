package charts

import (
	"fmt"
	"strings"
	"testing"

	"tavlen/board"
)

func testTeam() ([]*board.Citizen, []*board.Member, map[int64]int, board.Date) {
	today := board.MustDate("2026-12-07")
	members := []*board.Member{
		{ID: 1, Name: "Anna Holm", Initials: "AH", Sector: board.SectorRegion, Active: true},
		{ID: 2, Name: "Søren Kjær", Initials: "SK", Sector: board.SectorKommune, Active: true},
		{ID: 3, Name: "Birgitte Ølgaard", Initials: "BØ", Sector: board.SectorGP, Active: true},
		{ID: 4, Name: "Gone Member", Initials: "GM", Sector: board.SectorRegion, Active: false},
	}
	var citizens []*board.Citizen
	for i := 1; i <= 9; i++ {
		c := &board.Citizen{ID: int64(i), Name: fmt.Sprintf("Borger %d", i), Status: board.StatusActive,
			Responsible: []board.Responsibility{{MemberID: 1}}}
		if i%2 == 0 {
			c.Responsible = append(c.Responsible, board.Responsibility{MemberID: 2})
		}
		if i <= 4 {
			c.OnBoard, c.BoardSince = true, today.AddDays(-10*i)
		}
		citizens = append(citizens, c)
	}
	citizens = append(citizens,
		&board.Citizen{ID: 20, Name: "Henvist Ærø", Status: board.StatusReferred, ReferredOn: today.AddDays(-35),
			Responsible: []board.Responsibility{{MemberID: 3}}},
		&board.Citizen{ID: 21, Name: "Ny Henvist", Status: board.StatusReferred, ReferredOn: today.AddDays(-3)},
		&board.Citizen{ID: 22, Name: "Afsluttet", Status: board.StatusClosed, Responsible: []board.Responsibility{{MemberID: 2}}},
	)
	latest := map[int64]int{1: 24, 2: 44, 3: 48, 4: 60, 5: 80, 22: 12}
	return citizens, members, latest, today
}

func TestCaseloadCounts(t *testing.T) {
	cl := CaseloadOf(testTeam())
	if cl.Open != 11 {
		t.Errorf("open: %d, want 11 (closed left out)", cl.Open)
	}
	want := []MemberLoad{{"Anna Holm", "AH", board.SectorRegion, 9}, {"Søren Kjær", "SK", board.SectorKommune, 4},
		{"Birgitte Ølgaard", "BØ", board.SectorGP, 1}}
	if fmt.Sprint(cl.Members) != fmt.Sprint(want) {
		t.Errorf("members:\n got %v\nwant %v", cl.Members, want)
	}
	if fmt.Sprint(cl.Sectors) != "[{region 9} {kommune 4} {almen_praksis 1}]" {
		t.Errorf("sectors: %v", cl.Sectors)
	}
	if fmt.Sprint(cl.Stays) != "[{Borger 4 41} {Borger 3 31} {Borger 2 21} {Borger 1 11}]" { // day 1 is the day it came on, as on the board
		t.Errorf("stays: %v", cl.Stays)
	}
	if fmt.Sprint(cl.Waiting) != "[{Henvist Ærø 35} {Ny Henvist 3}]" {
		t.Errorf("waiting: %v", cl.Waiting)
	}
	if len(cl.Latest) != 5 {
		t.Errorf("latest: %v (the closed citizen's score left out)", cl.Latest)
	}
}

func TestCaseloadChartsSayTheirNumbers(t *testing.T) {
	cl := CaseloadOf(testTeam())
	o := Options{Style: Paper()}
	for _, tc := range []struct {
		name string
		c    *Chart
		want []string
	}{
		{"workload", Workload(cl, o), []string{"Anna Holm (Region): 9 borgere", "Birgitte Ølgaard (Almen praksis): 1 borgere", "Kommune er på 4 af 11 borgere"}},
		{"stays", DaysOnBoard(cl, o), []string{"Borger 4: 41 dage på tavlen"}},
		{"waiting", ReferralsWaiting(cl, o), []string{"Henvist Ærø: har ventet 35 dage"}},
		{"spread", WHO5Spread(cl, o), []string{"0–28 (mulig depression): 1 borgere", "29–50 (lav trivsel): 2 borgere", "51–75: 1 borgere", "76–100: 1 borgere"}},
	} {
		if tc.c.Empty {
			t.Errorf("%s is empty", tc.name)
		}
		for _, w := range tc.want {
			if !strings.Contains(tc.c.Text(), w) {
				t.Errorf("%s lacks %q:\n%s", tc.name, w, tc.c.Text())
			}
		}
		save(t, tc.name, tc.c, 520, 300)
	}
	if got := ReferralsWaiting(cl, o).Title; got != "Henvisninger der venter: 2" {
		t.Errorf("title %q", got)
	}
	save(t, "workload-dark", Workload(cl, Options{Style: Dark(), Lang: "en"}), 520, 300)
}

func TestCaseloadChartsEmpty(t *testing.T) {
	var cl Caseload
	o := Options{Style: Paper()}
	for _, c := range []*Chart{Workload(cl, o), DaysOnBoard(cl, o), ReferralsWaiting(cl, o), WHO5Spread(cl, o)} {
		if !c.Empty || len(c.Lines) != 1 {
			t.Errorf("%s: empty %v, %q", c.Title, c.Empty, c.Lines)
		}
		save(t, "empty", c, 100, 60)
	}
}

func TestManyBarsDrawFourteenAndSayTheRest(t *testing.T) {
	var cl Caseload
	for i := range 30 {
		cl.Stays = append(cl.Stays, Stay{Citizen: fmt.Sprintf("B%d", i), Days: 100 - i})
	}
	c := DaysOnBoard(cl, Options{Style: Paper()})
	if len(c.Lines) != 31 || !strings.Contains(c.Text(), "de 14 længste af 30") {
		t.Errorf("%d lines:\n%s", len(c.Lines), c.Text())
	}
	save(t, "stays-many", c, 520, 420)
}

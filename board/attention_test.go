package board

import (
	"fmt"
	"testing"
	"time"
)

var (
	rankToday = MustDate("2026-03-30")
	region    = &Member{ID: 1, Initials: "AB", Sector: SectorRegion}
	kommune   = &Member{ID: 2, Initials: "CD", Sector: SectorKommune}
)

// row builds a board row with responsible members and their sectors.
func row(c *Citizen, f Facts, members ...*Member) *BoardRow {
	r := &BoardRow{Citizen: c, Facts: f}
	for _, m := range members {
		c.Responsible = append(c.Responsible, Responsibility{MemberID: m.ID})
		r.Responsible = append(r.Responsible, m)
		r.Facts.Sectors = append(r.Facts.Sectors, m.Sector)
	}
	return r
}

func reasonKeys(rs []AttentionReason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Key)
	}
	return out
}

func TestAttentionReasonsAndPoints(t *testing.T) {
	recent := rankToday.AddDays(-2).In(cph)
	consent := Consent{GivenOn: MustDate("2025-06-01")}
	for _, tc := range []struct {
		name   string
		r      *BoardRow
		points int
		keys   []string
	}{
		{"nothing", row(&Citizen{Status: StatusActive, Consent: consent}, Facts{LastContact: recent}, region, kommune), 0, nil},
		{"review passed three weeks ago", row(&Citizen{Status: StatusActive, ReviewDate: rankToday.AddDays(-21)}, Facts{LastContact: recent}),
			23, []string{"attention.reason.review_passed"}},
		{"three actions overdue", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent, OpenActions: []*Action{
			{Status: ActionOpen, Due: rankToday.AddDays(-1)}, {Status: ActionOpen, Due: rankToday.AddDays(-5)},
			{Status: ActionOpen, Due: rankToday.AddDays(-9)}, {Status: ActionOpen, Due: rankToday}}}),
			20, []string{"attention.reason.action_overdue"}},
		{"no contact in 30 days", row(&Citizen{Status: StatusActive}, Facts{LastContact: rankToday.AddDays(-30).In(cph)}),
			17, []string{"attention.reason.no_contact"}},
		{"never any contact", row(&Citizen{Status: StatusActive}, Facts{}), 25, []string{"attention.reason.no_contact_ever"}},
		{"two no-shows, one too old", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent, NoShows: []time.Time{
			rankToday.AddDays(-3).In(cph), rankToday.AddDays(-20).In(cph), rankToday.AddDays(-40).In(cph)}}),
			18, []string{"attention.reason.no_show"}},
		{"WHO-5 likely depression and falling by 16", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent,
			Wellbeing: []WellbeingScore{{rankToday.AddDays(-60), 40}, {rankToday.AddDays(-5), 24}}}),
			30 + 21, []string{"attention.reason.wellbeing_low", "attention.reason.wellbeing_falling"}},
		{"WHO-5 poor", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent, Wellbeing: []WellbeingScore{{rankToday, 48}}}),
			20, []string{"attention.reason.wellbeing_low"}},
		{"consent missing across sectors", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent}, region, kommune),
			15, []string{"attention.reason.consent_missing"}},
		{"consent withdrawn across sectors", row(&Citizen{Status: StatusActive, Consent: Consent{GivenOn: MustDate("2025-01-01"), Withdrawn: true}},
			Facts{LastContact: recent}, region, kommune), 20, []string{"attention.reason.consent_withdrawn"}},
		{"consent missing in one sector is no reason", row(&Citizen{Status: StatusActive}, Facts{LastContact: recent}, region), 0, nil},
		{"sixty days on the board", row(&Citizen{Status: StatusActive, OnBoard: true, BoardSince: rankToday.AddDays(-59)}, Facts{LastContact: recent}),
			4, []string{"attention.reason.days_on_board"}},
		{"a week on the board is no reason", row(&Citizen{Status: StatusActive, OnBoard: true, BoardSince: rankToday.AddDays(-6)}, Facts{LastContact: recent}),
			0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reasons := AttentionReasons(tc.r, AttentionSettings{}, rankToday, cph)
			sum := 0
			for _, re := range reasons {
				sum += re.Points
			}
			if sum != tc.points || fmt.Sprint(reasonKeys(reasons)) != fmt.Sprint(tc.keys) {
				t.Errorf("points %d %v, want %d %v", sum, reasonKeys(reasons), tc.points, tc.keys)
			}
		})
	}
}

func TestAttentionReasonArgs(t *testing.T) {
	r := row(&Citizen{Status: StatusActive, ReviewDate: rankToday.AddDays(-10)}, Facts{LastContact: rankToday.AddDays(-20).In(cph),
		Wellbeing: []WellbeingScore{{rankToday.AddDays(-40), 64}, {rankToday, 52}}})
	reasons := AttentionReasons(r, AttentionSettings{}, rankToday, cph)
	byKey := map[string]AttentionArgs{}
	for _, re := range reasons {
		byKey[re.Key] = re.Args
	}
	if byKey["attention.reason.review_passed"].Days != 10 || byKey["attention.reason.no_contact"].Days != 20 ||
		byKey["attention.reason.wellbeing_falling"].Drop != 12 || byKey["attention.reason.wellbeing_falling"].Prior != 64 {
		t.Fatalf("args: %v", byKey)
	}
	if reasons[0].Key != "attention.reason.review_passed" {
		t.Errorf("heaviest first: %v", reasonKeys(reasons))
	}
}

func TestNoContactDaysSetting(t *testing.T) {
	r := row(&Citizen{Status: StatusActive}, Facts{LastContact: rankToday.AddDays(-10).In(cph)})
	if got := AttentionReasons(r, AttentionSettings{}, rankToday, cph); len(got) != 0 {
		t.Errorf("default 14 days: %v", reasonKeys(got))
	}
	if got := AttentionReasons(r, AttentionSettings{NoContactDays: 7}, rankToday, cph); len(got) != 1 || got[0].Args.Days != 10 {
		t.Errorf("7 days: %+v", got)
	}
}

func TestWeightsStayWithinTheirCeilings(t *testing.T) {
	for a, w := range attentionWeights {
		if w.points(0) > w.max || w.points(1000) != w.max || w.points(-5) != w.points(0) {
			t.Errorf("%s: %+v", a, w)
		}
	}
}

func TestRankAttentionOrderAndFilters(t *testing.T) {
	recent := rankToday.AddDays(-1).In(cph)
	calm := row(&Citizen{ID: 1, Name: "Åse", Status: StatusActive}, Facts{LastContact: recent}, kommune)
	longOnBoard := row(&Citizen{ID: 2, Name: "Bo", Status: StatusActive, OnBoard: true, BoardSince: rankToday.AddDays(-100)},
		Facts{LastContact: recent}, region)
	depressed := row(&Citizen{ID: 3, Name: "Carl", Status: StatusActive}, Facts{LastContact: recent,
		Wellbeing: []WellbeingScore{{rankToday, 20}}}, kommune)
	overdue := row(&Citizen{ID: 4, Name: "Dorte", Status: StatusReferred, ReviewDate: rankToday.AddDays(-3)}, Facts{}, region)
	closed := row(&Citizen{ID: 5, Name: "Erik", Status: StatusClosed, ReviewDate: rankToday.AddDays(-300)}, Facts{}, region)
	calmer := row(&Citizen{ID: 6, Name: "alma", Status: StatusActive}, Facts{LastContact: recent}, kommune)
	rows := []*BoardRow{calm, longOnBoard, depressed, overdue, closed, calmer}

	names := func(ranks []AttentionRank) string {
		var out []string
		for _, r := range ranks {
			out = append(out, fmt.Sprintf("%s:%d", r.Row.Citizen.Name, r.Score))
		}
		return fmt.Sprint(out)
	}
	all := RankAttention(rows, AttentionFilter{}, AttentionSettings{}, rankToday, cph)
	if got := names(all); got != "[Carl:30 Dorte:20 Bo:7 alma:0 Åse:0]" {
		t.Errorf("ranking: %s", got)
	}
	if got := names(RankAttention(rows, AttentionFilter{Sector: SectorRegion}, AttentionSettings{}, rankToday, cph)); got != "[Dorte:20 Bo:7]" {
		t.Errorf("region: %s", got)
	}
	if got := names(RankAttention(rows, AttentionFilter{MemberID: kommune.ID}, AttentionSettings{}, rankToday, cph)); got != "[Carl:30 alma:0 Åse:0]" {
		t.Errorf("member CD: %s", got)
	}
}

// caseload makes n citizens with a year of monthly WHO-5s, actions,
// no-shows and two members each, as a big region's caseload.
func caseload(n int) []*BoardRow {
	rows := make([]*BoardRow, n)
	for i := range rows {
		c := &Citizen{ID: int64(i + 1), Name: fmt.Sprintf("Borger %05d", i), Status: StatusActive,
			OnBoard: i%5 == 0, BoardSince: rankToday.AddDays(-(i % 90)), ReviewDate: rankToday.AddDays(i%60 - 30)}
		f := Facts{LastContact: rankToday.AddDays(-(i % 30)).In(cph)}
		for m := range 12 {
			f.Wellbeing = append(f.Wellbeing, WellbeingScore{On: rankToday.AddDays(-30 * (12 - m)), Score: (i*7 + m*13) % 101})
		}
		for a := range 4 {
			f.OpenActions = append(f.OpenActions, &Action{ID: int64(i*4 + a), CitizenID: c.ID, Status: ActionOpen,
				ResponsibleID: int64(1 + (i+a)%40), Due: rankToday.AddDays(a*5 - 8)})
		}
		if i%7 == 0 {
			f.NoShows = []time.Time{rankToday.AddDays(-3).In(cph)}
		}
		m1 := &Member{ID: int64(1 + i%40), Initials: fmt.Sprintf("M%d", i%40), Sector: SectorRegion}
		m2 := &Member{ID: int64(1 + (i+1)%40), Initials: fmt.Sprintf("M%d", (i+1)%40), Sector: SectorKommune}
		r := row(c, f, m1, m2)
		r.Entries = []DayEntry{{AppointmentID: int64(i), Start: rankToday.In(cph).Add(time.Duration(i%50) * time.Hour),
			Initials: []string{m1.Initials}}}
		rows[i] = r
	}
	return rows
}

// BenchmarkRankAttention5000: the overview of 5,000 citizens (target ≤ 50 ms).
func BenchmarkRankAttention5000(b *testing.B) {
	rows := caseload(5000)
	b.ResetTimer()
	for b.Loop() {
		if len(RankAttention(rows, AttentionFilter{}, AttentionSettings{}, rankToday, cph)) != 5000 {
			b.Fatal("lost citizens")
		}
	}
}

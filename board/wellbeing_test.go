package board

import (
	"reflect"
	"slices"
	"testing"
)

func who5(on string, answers ...int) *Wellbeing {
	w := &Wellbeing{CitizenID: 1, On: MustDate(on), AskedBy: 1}
	copy(w.Answers[:], answers)
	return w
}

func TestWHO5ScoreIsRawSumTimesFour(t *testing.T) {
	for _, tc := range []struct {
		answers  []int
		raw, sum int
	}{
		{[]int{0, 0, 0, 0, 0}, 0, 0},
		{[]int{5, 5, 5, 5, 5}, 25, 100},
		{[]int{3, 2, 3, 2, 3}, 13, 52},
		{[]int{1, 2, 3, 4, 2}, 12, 48},
	} {
		w := who5("2026-03-01", tc.answers...)
		if w.RawScore() != tc.raw || w.Score() != tc.sum {
			t.Errorf("%v: raw %d score %d, want %d and %d", tc.answers, w.RawScore(), w.Score(), tc.raw, tc.sum)
		}
	}
}

func TestWellbeingLevels(t *testing.T) {
	for score, want := range map[int]WellbeingLevel{
		100: WellbeingGood, 52: WellbeingGood, 50: WellbeingPoor, 32: WellbeingPoor,
		28: WellbeingDepression, 0: WellbeingDepression,
	} {
		if got := LevelOf(score); got != want {
			t.Errorf("LevelOf(%d) = %v, want %v", score, got, want)
		}
	}
}

func TestWellbeingValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    *Wellbeing
		key  string
	}{
		{"no citizen", &Wellbeing{On: MustDate("2026-03-01"), AskedBy: 1}, "invalid.wellbeing_citizen"},
		{"no day", &Wellbeing{CitizenID: 1, AskedBy: 1}, "invalid.wellbeing_date"},
		{"answer above 5", who5("2026-03-01", 1, 2, 6), "invalid.wellbeing_answer"},
		{"negative answer", who5("2026-03-01", -1), "invalid.wellbeing_answer"},
		{"nobody asked", &Wellbeing{CitizenID: 1, On: MustDate("2026-03-01")}, "invalid.wellbeing_asked_by"},
		{"fine", who5("2026-03-01", 5, 4, 3, 2, 1), ""},
	} {
		err := tc.w.Validate()
		if tc.key == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if e := AsError(err); e == nil || e.Code != EInvalid || e.Key != tc.key {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.key)
		}
	}
	if e := AsError(who5("2026-03-01", 0, 0, 9).Validate()); e == nil || e.Args["Item"] != 3 {
		t.Errorf("the bad item is named: %+v", e)
	}
}

// TestWellbeingStoredTextsCoverEveryStringField: the CPR check sees every
// string a WHO-5 stores (a new text field must be listed).
func TestWellbeingStoredTextsCoverEveryStringField(t *testing.T) {
	paths := stringFieldPaths(&Wellbeing{})
	if len(paths) == 0 {
		t.Fatal("no string fields found")
	}
	for _, path := range paths {
		w := who5("2026-03-01")
		setStringField(w, path, "010190-1234")
		if err := RefuseCPR(w); ErrorCode(err) != EInvalid {
			t.Errorf("Wellbeing%s holds a CPR number the check does not see", path)
		}
	}
}

func TestTrendOf(t *testing.T) {
	list := []*Wellbeing{who5("2026-03-01", 2, 2, 2, 2, 2), who5("2026-01-01", 4, 4, 4, 4, 4), who5("2026-02-01", 3, 3, 3, 3, 3)}
	scores := ScoresOf(list)
	want := []WellbeingScore{{MustDate("2026-01-01"), 80}, {MustDate("2026-02-01"), 60}, {MustDate("2026-03-01"), 40}}
	if !reflect.DeepEqual(scores, want) {
		t.Fatalf("ScoresOf = %v", scores)
	}
	if list[0].On != MustDate("2026-03-01") {
		t.Error("ScoresOf sorted its argument")
	}
	tr := TrendOf(scores)
	if !tr.Has || tr.Latest.Score != 40 || tr.Prior.Score != 60 || tr.Drop() != 20 || !tr.Low || !tr.Falling {
		t.Fatalf("trend: %+v", tr)
	}
	for _, tc := range []struct {
		scores        []int
		low, falling  bool
		wantAttention []Attention
	}{
		{nil, false, false, nil},
		{[]int{72}, false, false, nil},
		{[]int{50}, true, false, []Attention{AttentionWellbeingLow}},
		{[]int{80, 70}, false, true, []Attention{AttentionWellbeingFalling}},
		{[]int{80, 71}, false, false, nil},
		{[]int{60, 40}, true, true, []Attention{AttentionWellbeingLow, AttentionWellbeingFalling}},
		{[]int{20, 44}, true, false, []Attention{AttentionWellbeingLow}},
	} {
		var s []WellbeingScore
		for i, v := range tc.scores {
			s = append(s, WellbeingScore{On: MustDate("2026-01-01").AddDays(30 * i), Score: v})
		}
		tr := TrendOf(s)
		if tr.Low != tc.low || tr.Falling != tc.falling {
			t.Errorf("%v: low %v falling %v", tc.scores, tr.Low, tr.Falling)
		}
		got := NeedsAttention(&Citizen{Status: StatusActive}, Facts{LastContact: MustDate("2026-03-29").In(cph), Wellbeing: s},
			MustDate("2026-03-30"), cph)
		if !slices.Equal(got, tc.wantAttention) {
			t.Errorf("%v: attention %v, want %v", tc.scores, got, tc.wantAttention)
		}
	}
}

// TestAgendaTakesWellbeingIntoAccount: a citizen off the board with a low
// WHO-5 is on the agenda's "review due or attention" part.
func TestAgendaTakesWellbeingIntoAccount(t *testing.T) {
	today := MustDate("2026-03-30")
	contact := today.AddDays(-1).In(cph)
	low := &Citizen{ID: 1, Name: "Lav", Status: StatusActive}
	fine := &Citizen{ID: 2, Name: "Fin", Status: StatusActive}
	agenda := Agenda([]AgendaCandidate{
		{Citizen: fine, Facts: Facts{LastContact: contact, Wellbeing: []WellbeingScore{{today, 72}}}},
		{Citizen: low, Facts: Facts{LastContact: contact, Wellbeing: []WellbeingScore{{today, 36}}}},
	}, today, cph)
	if agenda[0].Citizen != low || agenda[0].Section != AgendaReviewDue || !slices.Equal(agenda[0].Attention, []Attention{AttentionWellbeingLow}) {
		t.Fatalf("agenda: %+v", agenda[0])
	}
	if agenda[1].Section != AgendaRest {
		t.Fatalf("fine citizen: %+v", agenda[1])
	}
}

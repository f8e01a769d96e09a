package board

import (
	"context"
	"fmt"
	"sort"
)

// WHO-5 Trivselsindeks (WHO-5 Well-Being Index): five statements about the
// last two weeks, each answered 0–5. The Danish wording is the one
// published by Psykiatrisk Forskningsenhed, Region Hovedstadens Psykiatri
// (WHO Collaborating Centre in Mental Health, Hillerød); the words live in
// the catalogue (text/translations/*/wellbeing.json) under WHO5ItemKeys.
const (
	WHO5Items     = 5 // statements in the questionnaire
	WHO5MaxAnswer = 5 // "hele tiden"; 0 is "på intet tidspunkt"
	// WHO5Factor turns the raw sum (0–25) into the 0–100 score.
	WHO5Factor = 4
)

// Thresholds of the WHO-5 score (0–100) the team acts on.
const (
	// WellbeingPoorAt: a score at or below it is poor wellbeing, and a
	// reason to screen for depression.
	WellbeingPoorAt = 50
	// WellbeingDepressionAt: a score at or below it suggests likely
	// depression.
	WellbeingDepressionAt = 28
	// WellbeingDropAt: a fall of this many points or more from the
	// previous score is a marked worsening.
	WellbeingDropAt = 10
)

// WHO5ItemKeys are the catalogue keys of the five statements, in the
// questionnaire's order.
var WHO5ItemKeys = [WHO5Items]string{
	"wellbeing.item.1", // I de sidste 2 uger har jeg været glad og i godt humør
	"wellbeing.item.2", // … har jeg følt mig rolig og afslappet
	"wellbeing.item.3", // … har jeg følt mig aktiv og energisk
	"wellbeing.item.4", // … er jeg vågnet frisk og udhvilet
	"wellbeing.item.5", // … har min dagligdag været fyldt med ting der interesserer mig
}

// WHO5AnswerKey is the catalogue key of an answer 0–5 ("hele tiden" is 5).
func WHO5AnswerKey(answer int) string { return fmt.Sprintf("wellbeing.answer.%d", answer) }

// Wellbeing is one WHO-5 answered by a citizen: the five answers, the day,
// the member who asked, and whether the citizen filled it in alone.
type Wellbeing struct {
	ID        int64
	CitizenID int64
	On        Date // the day it was answered
	Answers   [WHO5Items]int
	AskedBy   int64 // the member who asked or received it
	// SelfReported: the citizen filled it in alone, not in an interview.
	SelfReported bool
	Stamp
}

// RawScore is the sum of the answers, 0–25.
func (w *Wellbeing) RawScore() int {
	sum := 0
	for _, a := range w.Answers {
		sum += a
	}
	return sum
}

// Score is the WHO-5 score, 0–100: the raw sum times four.
func (w *Wellbeing) Score() int { return w.RawScore() * WHO5Factor }

// RecordID is the WHO-5's ID.
func (w *Wellbeing) RecordID() int64 { return w.ID }

// StoredTexts lists every string a WHO-5 stores.
func (w *Wellbeing) StoredTexts() []string { return w.Stamp.texts() }

// Validate checks the WHO-5.
func (w *Wellbeing) Validate() error {
	if w.CitizenID == 0 {
		return Invalid("invalid.wellbeing_citizen", "A WHO-5 belongs to a citizen.")
	}
	if w.On.IsZero() {
		return Invalid("invalid.wellbeing_date", "Give the day the WHO-5 was answered.")
	}
	for i, a := range w.Answers {
		if a < 0 || a > WHO5MaxAnswer {
			return Invalid("invalid.wellbeing_answer",
				fmt.Sprintf("Answer %d must be from 0 to %d.", i+1, WHO5MaxAnswer)).With("Item", i+1).With("Max", WHO5MaxAnswer)
		}
	}
	if w.AskedBy == 0 {
		return Invalid("invalid.wellbeing_asked_by", "Choose the member who asked.")
	}
	return refuseCPR(w.StoredTexts()...)
}

// WellbeingLevel is what a score means.
type WellbeingLevel int

const (
	WellbeingGood       WellbeingLevel = iota // above WellbeingPoorAt
	WellbeingPoor                             // at or below WellbeingPoorAt
	WellbeingDepression                       // at or below WellbeingDepressionAt
)

// LevelOf returns the level of a score.
func LevelOf(score int) WellbeingLevel {
	switch {
	case score <= WellbeingDepressionAt:
		return WellbeingDepression
	case score <= WellbeingPoorAt:
		return WellbeingPoor
	}
	return WellbeingGood
}

// WellbeingScore is one score on a day: what a sparkline or a chart needs.
type WellbeingScore struct {
	On    Date
	Score int
}

// WellbeingTrend is the latest score and how it moved from the one before.
type WellbeingTrend struct {
	Has      bool // there is at least one score
	Latest   WellbeingScore
	HasPrior bool
	Prior    WellbeingScore
	// Low: the latest score is at or below WellbeingPoorAt.
	Low bool
	// Falling: the latest score is WellbeingDropAt or more below the prior.
	Falling bool
}

// Drop is how many points the latest score fell from the prior (negative
// when it rose); 0 without a prior score.
func (t WellbeingTrend) Drop() int {
	if !t.HasPrior {
		return 0
	}
	return t.Prior.Score - t.Latest.Score
}

// TrendOf returns the trend of scores given oldest first.
func TrendOf(scores []WellbeingScore) WellbeingTrend {
	var t WellbeingTrend
	if len(scores) == 0 {
		return t
	}
	t.Has, t.Latest = true, scores[len(scores)-1]
	t.Low = t.Latest.Score <= WellbeingPoorAt
	if len(scores) > 1 {
		t.HasPrior, t.Prior = true, scores[len(scores)-2]
		t.Falling = t.Drop() >= WellbeingDropAt
	}
	return t
}

// ScoresOf returns the scores of a citizen's WHO-5s, oldest first.
func ScoresOf(list []*Wellbeing) []WellbeingScore {
	sorted := append([]*Wellbeing(nil), list...)
	SortWellbeing(sorted)
	out := make([]WellbeingScore, len(sorted))
	for i, w := range sorted {
		out[i] = WellbeingScore{On: w.On, Score: w.Score()}
	}
	return out
}

// SortWellbeing orders WHO-5s oldest first (by day, then ID).
func SortWellbeing(list []*Wellbeing) {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].On != list[j].On {
			return list[i].On.Before(list[j].On)
		}
		return list[i].ID < list[j].ID
	})
}

// WellbeingFilter selects WHO-5s. Zero fields do not filter.
type WellbeingFilter struct {
	CitizenID int64
	Since     Date // only those answered on or after this day
}

// WellbeingService reads and writes WHO-5s.
type WellbeingService interface {
	// FindWellbeing returns WHO-5s, oldest first; with no CitizenID the
	// whole team's.
	FindWellbeing(ctx context.Context, filter WellbeingFilter) ([]*Wellbeing, error)
	CreateWellbeing(ctx context.Context, w *Wellbeing) error
	// UpdateWellbeing saves w if w.Version is still the stored version.
	UpdateWellbeing(ctx context.Context, w *Wellbeing) error
	DeleteWellbeing(ctx context.Context, id, version int64) error
}

// The board's and the agenda's attention markers from WHO-5.
const (
	AttentionWellbeingLow     Attention = "wellbeing_low"     // latest score ≤ WellbeingPoorAt
	AttentionWellbeingFalling Attention = "wellbeing_falling" // fell WellbeingDropAt or more
)

// WellbeingFactsDays is how far back the board's facts hold WHO-5 scores:
// a year, for the row's sparkline and the trend.
const WellbeingFactsDays = 365

// wellbeingAttention returns the WHO-5 markers of scores given oldest
// first.
func wellbeingAttention(scores []WellbeingScore) []Attention {
	t := TrendOf(scores)
	var out []Attention
	if t.Low {
		out = append(out, AttentionWellbeingLow)
	}
	if t.Falling {
		out = append(out, AttentionWellbeingFalling)
	}
	return out
}

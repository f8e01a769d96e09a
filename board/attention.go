package board

import (
	"sort"
	"strings"
	"time"
)

// The attention overview ("Hvem har brug for os nu") ranks the whole
// caseload, not only the board, by need, from facts the file holds. The
// weights are in attentionWeights, the one place to change them; README.md
// explains them.

// AttentionLongOnBoard is a ranking reason only: a long time on the board.
const AttentionLongOnBoard Attention = "days_on_board"

// NoShowWindowDays is how far back no-shows count in the ranking.
const NoShowWindowDays = 28

// attentionWeight scores one reason: base points when it applies, plus
// perUnit for each unit beyond (a week past the review date, a further
// overdue action…), never more than max, so no single fact drowns the rest.
type attentionWeight struct {
	base, perUnit, max int
}

func (w attentionWeight) points(units int) int {
	return min(w.base+w.perUnit*max(units, 0), w.max)
}

// attentionWeights are the ranking's weights, in one place.
var attentionWeights = map[Attention]attentionWeight{
	// Review date passed: 20, +1 per whole week past it, at most 30.
	AttentionReviewPassed: {base: 20, perUnit: 1, max: 30},
	// Actions overdue: 10 for the first, +5 for each further one, at most 25.
	AttentionActionOverdue: {base: 10, perUnit: 5, max: 25},
	// No contact for the set number of days: 15, +1 per further week, at
	// most 25; never any contact counts as the most.
	AttentionNoContact: {base: 15, perUnit: 1, max: 25},
	// No-shows in the last four weeks: 10 for the first, +8 for each
	// further one, at most 26.
	AttentionNoShow: {base: 10, perUnit: 8, max: 26},
	// WHO-5 at or below 50: 20; at or below 28 (likely depression): 30.
	AttentionWellbeingLow: {base: 20, perUnit: 10, max: 30},
	// WHO-5 fell 10 points or more: 15, +1 per further point, at most 25.
	AttentionWellbeingFalling: {base: 15, perUnit: 1, max: 25},
	// Consent missing with members of several sectors responsible: 15;
	// withdrawn: 20 (someone said no, and the team still shares).
	AttentionConsentMissing: {base: 15, perUnit: 5, max: 20},
	// Days on the board: 1 per whole two weeks, at most 10: a long stay
	// asks whether the board still helps.
	AttentionLongOnBoard: {base: 0, perUnit: 1, max: 10},
}

// AttentionReason is one reason a citizen ranks where they do: its code,
// its points, and the message key and arguments of its sentence in the
// catalogue of words.
type AttentionReason struct {
	Attention Attention
	Points    int
	Key       string         // "attention.reason.<code>" or a variant
	Args      map[string]any // the sentence's numbers: Days, Count, Score, Drop
}

// AttentionRank is one citizen in the overview.
type AttentionRank struct {
	Row     *BoardRow
	Score   int
	Reasons []AttentionReason // heaviest first
}

// AttentionFilter narrows the overview. Zero fields do not filter.
type AttentionFilter struct {
	MemberID int64  // only citizens this member is responsible for
	Sector   Sector // only citizens with a responsible member of this sector
}

// AttentionSettings are the team's choices for the ranking.
type AttentionSettings struct {
	// NoContactDays: how long without contact counts; 0 means NoContactDays.
	NoContactDays int
}

// RankAttention ranks the citizens of rows (the whole caseload the week
// board holds: every citizen not closed) by need as of today, highest
// score first; citizens without any reason follow with score 0, longest on
// the board first, then by name.
func RankAttention(rows []*BoardRow, filter AttentionFilter, settings AttentionSettings, today Date, loc *time.Location) []AttentionRank {
	out := make([]AttentionRank, 0, len(rows))
	for _, r := range rows {
		if r.Citizen == nil || r.Citizen.Status == StatusClosed || !filter.matches(r) {
			continue
		}
		reasons := AttentionReasons(r, settings, today, loc)
		score := 0
		for _, re := range reasons {
			score += re.Points
		}
		out = append(out, AttentionRank{Row: r, Score: score, Reasons: reasons})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if da, db := DaysOnBoard(a.Row.Citizen, today), DaysOnBoard(b.Row.Citizen, today); da != db {
			return da > db
		}
		if na, nb := strings.ToLower(a.Row.Citizen.Name), strings.ToLower(b.Row.Citizen.Name); na != nb {
			return na < nb
		}
		return a.Row.Citizen.ID < b.Row.Citizen.ID
	})
	return out
}

func (f AttentionFilter) matches(r *BoardRow) bool {
	if f.MemberID != 0 && !r.Citizen.IsResponsible(f.MemberID) {
		return false
	}
	if f.Sector != "" {
		for _, m := range r.Responsible {
			if m.Sector == f.Sector {
				return true
			}
		}
		return false
	}
	return true
}

// AttentionReasons returns one citizen's reasons as of today, heaviest
// first.
func AttentionReasons(r *BoardRow, settings AttentionSettings, today Date, loc *time.Location) []AttentionReason {
	c, f := r.Citizen, r.Facts
	var out []AttentionReason
	add := func(a Attention, units int, key string, args map[string]any) {
		if p := attentionWeights[a].points(units); p > 0 {
			if key == "" {
				key = "attention.reason." + string(a)
			}
			out = append(out, AttentionReason{Attention: a, Points: p, Key: key, Args: args})
		}
	}
	if !c.ReviewDate.IsZero() && c.ReviewDate.Before(today) {
		days := today.DaysSince(c.ReviewDate)
		add(AttentionReviewPassed, days/7, "", map[string]any{"Days": days})
	}
	if n := overdueCount(f.OpenActions, today); n > 0 {
		add(AttentionActionOverdue, n-1, "", map[string]any{"Count": n})
	}
	limit := settings.NoContactDays
	if limit <= 0 {
		limit = NoContactDays
	}
	if c.Status == StatusActive || c.OnBoard {
		if f.LastContact.IsZero() {
			add(AttentionNoContact, attentionWeights[AttentionNoContact].max, "attention.reason.no_contact_ever", nil)
		} else if days := today.DaysSince(DateOf(f.LastContact.In(loc))); days > limit {
			add(AttentionNoContact, (days-limit)/7, "", map[string]any{"Days": days})
		}
	}
	if n := noShowsSince(f.NoShows, today.AddDays(-NoShowWindowDays).In(loc)); n > 0 {
		add(AttentionNoShow, n-1, "", map[string]any{"Count": n})
	}
	if t := TrendOf(f.Wellbeing); t.Has {
		if t.Low {
			units := 0
			if LevelOf(t.Latest.Score) == WellbeingDepression {
				units = 1
			}
			add(AttentionWellbeingLow, units, "", map[string]any{"Score": t.Latest.Score})
		}
		if t.Falling {
			add(AttentionWellbeingFalling, t.Drop()-WellbeingDropAt, "",
				map[string]any{"Drop": t.Drop(), "Score": t.Latest.Score, "Prior": t.Prior.Score})
		}
	}
	if crossSector(f.Sectors) && !c.Consent.Valid() {
		if c.Consent.Withdrawn {
			add(AttentionConsentMissing, 1, "attention.reason.consent_withdrawn", nil)
		} else {
			add(AttentionConsentMissing, 0, "", nil)
		}
	}
	if days := DaysOnBoard(c, today); days > 0 {
		add(AttentionLongOnBoard, days/14, "", map[string]any{"Days": days})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Points > out[j].Points })
	return out
}

func overdueCount(actions []*Action, today Date) int {
	n := 0
	for _, a := range actions {
		if a.Overdue(today) {
			n++
		}
	}
	return n
}

func noShowsSince(noShows []time.Time, since time.Time) int {
	n := 0
	for _, t := range noShows {
		if !t.Before(since) {
			n++
		}
	}
	return n
}

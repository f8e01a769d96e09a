package board

import (
	"sort"
	"strings"
	"time"
)

// NoContactDays is how long a citizen may go without contact before the
// board marks it.
const NoContactDays = 14

// Attention is a reason the board marks a citizen.
type Attention string

const (
	AttentionReviewPassed   Attention = "review_passed"
	AttentionActionOverdue  Attention = "action_overdue"
	AttentionNoContact      Attention = "no_contact"
	AttentionNoShow         Attention = "no_show"
	AttentionConsentMissing Attention = "consent_missing"
)

// Facts are what the rules need to know about a citizen beyond the record:
// derived by storage from appointments, notes and actions.
type Facts struct {
	// LastContact is the latest held appointment or progress note; zero
	// when there was none.
	LastContact time.Time
	// LastNoShow is the latest appointment marked no-show; zero if none.
	LastNoShow  time.Time
	OpenActions []*Action
	// Sectors of the responsible members.
	Sectors []Sector
}

// NeedsAttention returns the reasons the citizen needs attention today, in
// a fixed order. Closed citizens need none.
func NeedsAttention(c *Citizen, f Facts, today Date, loc *time.Location) []Attention {
	if c.Status == StatusClosed {
		return nil
	}
	var out []Attention
	if !c.ReviewDate.IsZero() && c.ReviewDate.Before(today) {
		out = append(out, AttentionReviewPassed)
	}
	for _, a := range f.OpenActions {
		if a.Overdue(today) {
			out = append(out, AttentionActionOverdue)
			break
		}
	}
	if c.Status == StatusActive || c.OnBoard {
		limit := today.AddDays(-NoContactDays).In(loc)
		if f.LastContact.Before(limit) {
			out = append(out, AttentionNoContact)
		}
	}
	// A no-show counts until there has been contact after it.
	if !f.LastNoShow.IsZero() && !f.LastContact.After(f.LastNoShow) &&
		!f.LastNoShow.Before(today.AddDays(-30).In(loc)) {
		out = append(out, AttentionNoShow)
	}
	if crossSector(f.Sectors) && !c.Consent.Valid() {
		out = append(out, AttentionConsentMissing)
	}
	return out
}

func crossSector(sectors []Sector) bool {
	seen := map[Sector]bool{}
	for _, s := range sectors {
		if s != SectorOther && s != "" {
			seen[s] = true
		}
	}
	return len(seen) > 1
}

// DaysOnBoard returns how many days the citizen has been on the board as of
// today, counting the first day as day 1; 0 when not on the board.
func DaysOnBoard(c *Citizen, today Date) int {
	if !c.OnBoard || c.BoardSince.IsZero() || c.BoardSince.After(today) {
		return 0
	}
	return today.DaysSince(c.BoardSince) + 1
}

// NextOpenAction returns the open action due first (undated ones last),
// or nil.
func NextOpenAction(actions []*Action) *Action {
	var next *Action
	for _, a := range actions {
		if a.Status != ActionOpen {
			continue
		}
		if next == nil || dueBefore(a, next) {
			next = a
		}
	}
	return next
}

func dueBefore(a, b *Action) bool {
	switch {
	case a.Due.IsZero() && b.Due.IsZero():
		return a.ID < b.ID
	case a.Due.IsZero():
		return false
	case b.Due.IsZero():
		return true
	case a.Due == b.Due:
		return a.ID < b.ID
	}
	return a.Due.Before(b.Due)
}

// AgendaSection is the part of a meeting's agenda a citizen falls in.
type AgendaSection int

const (
	AgendaOnBoard   AgendaSection = iota // citizens on the board
	AgendaReviewDue                      // review date due or attention marker
	AgendaNew                            // new referrals and intakes
	AgendaRest                           // the rest, if time allows
)

// AgendaEntry is a citizen's place on the agenda.
type AgendaEntry struct {
	Citizen   *Citizen
	Section   AgendaSection
	Attention []Attention
}

// AgendaCandidate is a citizen with the facts the agenda order needs.
type AgendaCandidate struct {
	Citizen *Citizen
	Facts   Facts
}

// ReviewSoonDays is how far ahead a review date puts a citizen on the
// agenda.
const ReviewSoonDays = 7

// Agenda orders a meeting's agenda: citizens on the board first (longest on
// the board first), then those with a review date due within a week or an
// attention marker, then new referrals and intakes, then the rest by name.
// Closed citizens are left out.
func Agenda(candidates []AgendaCandidate, today Date, loc *time.Location) []AgendaEntry {
	var out []AgendaEntry
	for _, cand := range candidates {
		c := cand.Citizen
		if c.Status == StatusClosed {
			continue
		}
		att := NeedsAttention(c, cand.Facts, today, loc)
		e := AgendaEntry{Citizen: c, Attention: att}
		switch {
		case c.OnBoard:
			e.Section = AgendaOnBoard
		case len(att) > 0 || (!c.ReviewDate.IsZero() && !c.ReviewDate.After(today.AddDays(ReviewSoonDays))):
			e.Section = AgendaReviewDue
		case c.Status == StatusReferred || c.Status == StatusIntake:
			e.Section = AgendaNew
		default:
			e.Section = AgendaRest
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Section != b.Section {
			return a.Section < b.Section
		}
		switch a.Section {
		case AgendaOnBoard:
			if a.Citizen.BoardSince != b.Citizen.BoardSince {
				return a.Citizen.BoardSince.Before(b.Citizen.BoardSince)
			}
		case AgendaReviewDue:
			if len(a.Attention) != len(b.Attention) {
				return len(a.Attention) > len(b.Attention)
			}
		case AgendaNew:
			return referralBefore(a.Citizen, b.Citizen) // the waiting list's order
		}
		return strings.ToLower(a.Citizen.Name) < strings.ToLower(b.Citizen.Name)
	})
	return out
}

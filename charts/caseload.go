package charts

import (
	"sort"
	"strings"

	"tavlen/board"
)

// Caseload is the team's caseload in numbers: what the caseload pictures
// draw and what the steering group's status page prints.
type Caseload struct {
	Today board.Date
	// Members are the active members with the citizens each is
	// responsible for (closed courses left out), most first.
	Members []MemberLoad
	// Sectors count the open citizens with at least one responsible member
	// from each sector, in board.Sectors order.
	Sectors []SectorLoad
	// Open is the number of citizens whose course is not closed.
	Open int
	// Stays are the citizens on the board and their days there, longest
	// first.
	Stays []Stay
	// Waiting are the referred citizens not yet taken in, and their days
	// since the referral, longest first.
	Waiting []Stay
	// Latest are the citizens' latest WHO-5 scores, one per citizen.
	Latest []int
}

// MemberLoad is one member's number of citizens.
type MemberLoad struct {
	Name, Initials string
	Sector         board.Sector
	Citizens       int
}

// SectorLoad is one sector's number of citizens.
type SectorLoad struct {
	Sector   board.Sector
	Citizens int
}

// Stay is a citizen and a number of days.
type Stay struct {
	Citizen string
	Days    int
}

// CaseloadOf counts the caseload from the team's citizens and members on
// today. latest maps a citizen's ID to the latest WHO-5 score; citizens
// without one are left out of the spread.
func CaseloadOf(citizens []*board.Citizen, members []*board.Member, latest map[int64]int, today board.Date) Caseload {
	cl := Caseload{Today: today}
	index := board.IndexMembers(members)
	count := map[int64]int{}
	sectors := map[board.Sector]int{}
	for _, c := range citizens {
		if c == nil || c.Status == board.StatusClosed {
			continue
		}
		cl.Open++
		seen := map[board.Sector]bool{}
		for _, r := range c.Responsible {
			count[r.MemberID]++
			if m := index[r.MemberID]; m != nil && m.Sector != "" && !seen[m.Sector] {
				seen[m.Sector] = true
				sectors[m.Sector]++
			}
		}
		if c.OnBoard && !c.BoardSince.IsZero() {
			cl.Stays = append(cl.Stays, Stay{Citizen: c.Name, Days: board.DaysOnBoard(c, today)})
		}
		if c.Status == board.StatusReferred {
			since := c.ReferredOn
			if since.IsZero() {
				since = today
			}
			cl.Waiting = append(cl.Waiting, Stay{Citizen: c.Name, Days: max(0, today.DaysSince(since))})
		}
		if s, ok := latest[c.ID]; ok && s >= 0 && s <= 100 {
			cl.Latest = append(cl.Latest, s)
		}
	}
	for _, m := range members {
		if m == nil || !m.Active {
			continue
		}
		cl.Members = append(cl.Members, MemberLoad{Name: m.Name, Initials: m.Initials, Sector: m.Sector, Citizens: count[m.ID]})
	}
	sort.SliceStable(cl.Members, func(i, j int) bool {
		a, b := cl.Members[i], cl.Members[j]
		if a.Citizens != b.Citizens {
			return a.Citizens > b.Citizens
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	for _, s := range board.Sectors {
		if sectors[s] > 0 {
			cl.Sectors = append(cl.Sectors, SectorLoad{Sector: s, Citizens: sectors[s]})
		}
	}
	longestFirst(cl.Stays)
	longestFirst(cl.Waiting)
	return cl
}

func longestFirst(s []Stay) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Days != s[j].Days {
			return s[i].Days > s[j].Days
		}
		return strings.ToLower(s[i].Citizen) < strings.ToLower(s[j].Citizen)
	})
}

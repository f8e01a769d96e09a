package meeting

import (
	"context"
	"fmt"
	"sort"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// planning is what a meeting is planned from: the team, the week board and
// the agenda the board rules give for today.
type planning struct {
	Today   board.Date
	Members []*board.Member // active members, for attendees and pickers
	ByID    board.MemberIndex
	// Rows are the week board's rows by citizen: attention markers and facts.
	Rows map[int64]*board.BoardRow
	// Citizens are all citizens not closed, in board order: the ones the
	// facilitator may add to the agenda.
	Citizens []*board.Citizen
	Agenda   []board.AgendaEntry
	Theme    *board.Theme             // the day's theme from the year wheel, or nil
	extra    map[int64]*board.Citizen // citizens on the agenda not on the board
}

// loadPlanning reads the members and this week's board and orders today's
// agenda with board.Agenda.
func loadPlanning(ctx context.Context, s Store, now time.Time) (*planning, error) {
	now = now.In(calendar.Copenhagen)
	p := &planning{Today: board.DateOf(now), Rows: map[int64]*board.BoardRow{}}
	all, err := s.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return nil, fmt.Errorf("meeting: members: %w", err)
	}
	p.ByID = board.IndexMembers(all)
	for _, m := range all {
		if m.Active {
			p.Members = append(p.Members, m)
		}
	}
	sort.SliceStable(p.Members, func(i, j int) bool { return p.Members[i].Initials < p.Members[j].Initials })
	week := calendar.WeekOf(now)
	wb, err := s.WeekBoard(ctx, week.Start(), week.End(), p.Today)
	if err != nil {
		return nil, fmt.Errorf("meeting: week board: %w", err)
	}
	var cands []board.AgendaCandidate
	for _, r := range wb.Rows {
		if r.Citizen == nil || r.Citizen.Status == board.StatusClosed {
			continue
		}
		p.Rows[r.Citizen.ID] = r
		p.Citizens = append(p.Citizens, r.Citizen)
		cands = append(cands, board.AgendaCandidate{Citizen: r.Citizen, Facts: r.Facts})
	}
	p.Agenda = board.Agenda(cands, p.Today, calendar.Copenhagen)
	if p.Theme, err = dayTheme(ctx, s, p.Today); err != nil {
		return nil, err
	}
	return p, nil
}

// citizen returns the citizen with id from the board, or nil.
func (p *planning) citizen(id int64) *board.Citizen {
	if r := p.Rows[id]; r != nil {
		return r.Citizen
	}
	return nil
}

// initials returns a member's initials, or "?" for an unknown member.
func (p *planning) initials(id int64) string {
	if m := p.ByID[id]; m != nil {
		return m.Initials
	}
	return "?"
}

// name returns the citizen's display name, the name the wall shows.
func (p *planning) name(id int64) string {
	if c := p.agendaCitizen(id); c != nil {
		return c.DisplayName()
	}
	return "?"
}

// fullName returns the citizen's name for the facilitator (fullName of
// a citizen).
func (p *planning) fullName(id int64) string {
	if c := p.agendaCitizen(id); c != nil {
		return fullName(c)
	}
	return "?"
}

// agendaCitizen returns an agenda citizen, on the board or not, or nil.
func (p *planning) agendaCitizen(id int64) *board.Citizen {
	if c := p.citizen(id); c != nil {
		return c
	}
	return p.extra[id]
}

// fullName is the citizen's name for the facilitator: the full name, with
// the name they like to be called in brackets when it differs, so two
// citizens called "Lone" can be told apart. The shared wall shows only
// DisplayName.
func fullName(c *board.Citizen) string {
	if c.PreferredName == "" || c.PreferredName == c.Name {
		return c.Name
	}
	return c.Name + " (" + c.PreferredName + ")"
}

// addNames reads the names of agenda citizens no longer on the board (a
// resumed meeting may hold a citizen closed since).
func (p *planning) addNames(ctx context.Context, s Store, items []board.MeetingItem) {
	for _, it := range items {
		if p.citizen(it.CitizenID) != nil {
			continue
		}
		if c, err := s.FindCitizenByID(ctx, it.CitizenID); err == nil {
			if p.extra == nil {
				p.extra = map[int64]*board.Citizen{}
			}
			p.extra[it.CitizenID] = c
		}
	}
}

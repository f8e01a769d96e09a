package meeting

import (
	"context"
	"fmt"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// card is everything the presentation shows about one citizen.
type card struct {
	Citizen     *board.Citizen
	Section     board.AgendaSection
	DaysOnBoard int
	Attention   []board.Attention
	Goals       []*board.Goal
	Actions     []*board.Action // open, due first
	// Appointments are the occurrences from Monday of this week until the
	// end of the week after next, cancelled ones left out.
	Appointments []calendar.Occurrence
	// Last is the latest ended meeting that had the citizen on its agenda,
	// and LastItem what was said there.
	Last     *board.Meeting
	LastItem *board.MeetingItem
}

// loadCard reads one citizen's card in four queries. thisMeeting is left
// out of "last meeting".
func loadCard(ctx context.Context, s Store, p *planning, citizenID, thisMeeting int64, now time.Time) (*card, error) {
	now = now.In(calendar.Copenhagen)
	c, err := s.FindCitizenByID(ctx, citizenID)
	if err != nil {
		return nil, fmt.Errorf("meeting: citizen: %w", err)
	}
	cd := &card{Citizen: c, DaysOnBoard: board.DaysOnBoard(c, p.Today)}
	plan, err := s.FindPlan(ctx, citizenID)
	if err != nil {
		return nil, fmt.Errorf("meeting: plan: %w", err)
	}
	cd.Goals = plan.Goals
	for _, a := range plan.Actions {
		if a.Status == board.ActionOpen {
			cd.Actions = append(cd.Actions, a)
		}
	}
	sortActions(cd.Actions)

	week := calendar.WeekOf(now)
	from, to := week.Start(), week.Next().Next().End()
	apps, err := s.FindAppointments(ctx, calendar.Filter{CitizenID: citizenID, From: from, To: to})
	if err != nil {
		return nil, fmt.Errorf("meeting: appointments: %w", err)
	}
	for _, o := range calendar.Expand(apps, from, to) {
		if o.EffectiveStatus() != calendar.StatusCancelled { // per occurrence: one cancelled visit of a series
			cd.Appointments = append(cd.Appointments, o)
		}
	}

	ms, err := s.FindMeetings(ctx, board.MeetingFilter{CitizenID: citizenID, Limit: 3})
	if err != nil {
		return nil, fmt.Errorf("meeting: last meeting: %w", err)
	}
	for _, m := range ms {
		if m.ID == thisMeeting || m.EndedAt.IsZero() {
			continue
		}
		cd.Last, cd.LastItem = m, m.Item(citizenID)
		break
	}

	// Attention as of today, with the actions just read (one may have
	// been added in this meeting) and the board's other facts.
	var facts board.Facts
	if r := p.Rows[citizenID]; r != nil {
		facts = r.Facts
	}
	facts.OpenActions = cd.Actions
	cd.Attention = board.NeedsAttention(c, facts, p.Today, calendar.Copenhagen)
	cd.Section = board.AgendaRest
	if agenda := board.Agenda([]board.AgendaCandidate{{Citizen: c, Facts: facts}}, p.Today, calendar.Copenhagen); len(agenda) == 1 {
		cd.Section = agenda[0].Section
	}
	return cd, nil
}

// sortActions orders actions due first, undated last.
func sortActions(list []*board.Action) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && board.NextOpenAction([]*board.Action{list[j-1], list[j]}) == list[j]; j-- {
			list[j-1], list[j] = list[j], list[j-1]
		}
	}
}

package printing

import (
	"context"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// The Gather functions fill a document's input from the team file's
// services, so the app, meeting mode and the command line print the same
// thing. They only read; logging the print in the history is the caller's.

// PlanSource is what GatherPlan reads.
type PlanSource interface {
	board.TeamService
	board.CitizenService
	board.PlanService
	board.MemberService
	board.ContactService
	board.WellbeingService
	calendar.Service
}

// GatherPlan reads a citizen's plan as printed at printed.
func GatherPlan(ctx context.Context, s PlanSource, citizenID int64, printed time.Time, lang string) (PlanInput, error) {
	in := PlanInput{Printed: printed, Lang: lang}
	team, err := s.FindTeam(ctx)
	if err != nil {
		return in, err
	}
	in.Team = team.Name
	if in.Citizen, err = s.FindCitizenByID(ctx, citizenID); err != nil {
		return in, err
	}
	if in.Plan, err = s.FindPlan(ctx, citizenID); err != nil {
		return in, err
	}
	members, err := s.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return in, err
	}
	in.Members = board.IndexMembers(members)
	if in.Contacts, err = s.FindContacts(ctx, board.ContactFilter{CitizenID: citizenID}); err != nil {
		return in, err
	}
	from, to := PlanWindow(printed)
	apps, err := s.FindAppointments(ctx, calendar.Filter{CitizenID: citizenID, From: from, To: to})
	if err != nil {
		return in, err
	}
	in.Appointments = calendar.Expand(apps, from, to)
	// "Sådan har du haft det" shows the last year's scores, as the record's
	// chart and the board's sparkline do; two columns of text hold a year.
	since := board.DateOf(local(printed)).AddDays(-board.WellbeingFactsDays)
	scores, err := s.FindWellbeing(ctx, board.WellbeingFilter{CitizenID: citizenID, Since: since})
	if err != nil {
		return in, err
	}
	in.Wellbeing = board.ScoresOf(scores)
	return in, nil
}

// BoardSource is what GatherBoard reads.
type BoardSource interface {
	board.TeamService
	board.BoardService
}

// GatherBoard reads the board of week as printed at printed.
func GatherBoard(ctx context.Context, s BoardSource, week calendar.Week, printed time.Time, lang string) (BoardInput, error) {
	in := BoardInput{Week: week, Printed: printed, Lang: lang}
	team, err := s.FindTeam(ctx)
	if err != nil {
		return in, err
	}
	in.Team = team.Name
	in.Board, err = s.WeekBoard(ctx, week.Start(), week.End(), board.DateOf(printed.In(calendar.Copenhagen)))
	return in, err
}

// MinutesSource is what GatherMinutes reads.
type MinutesSource interface {
	board.TeamService
	board.MeetingService
	board.MemberService
	board.CitizenService
	board.PlanService
}

// GatherMinutes reads a meeting's minutes. New actions are those made for
// the agenda's citizens while the meeting ran.
func GatherMinutes(ctx context.Context, s MinutesSource, meetingID int64, lang string) (MinutesInput, error) {
	in := MinutesInput{Lang: lang, Citizens: map[int64]*board.Citizen{}}
	team, err := s.FindTeam(ctx)
	if err != nil {
		return in, err
	}
	in.Team = team.Name
	if in.Meeting, err = s.FindMeetingByID(ctx, meetingID); err != nil {
		return in, err
	}
	members, err := s.FindMembers(ctx, board.MemberFilter{})
	if err != nil {
		return in, err
	}
	in.Members = board.IndexMembers(members)
	end := in.Meeting.EndedAt
	if end.IsZero() {
		end = time.Now()
	}
	for _, it := range in.Meeting.Items {
		c, err := s.FindCitizenByID(ctx, it.CitizenID)
		if board.ErrorCode(err) == board.ENotFound {
			continue
		} else if err != nil {
			return in, err
		}
		in.Citizens[c.ID] = c
		actions, err := s.FindActions(ctx, board.ActionFilter{CitizenID: c.ID})
		if err != nil {
			return in, err
		}
		for _, a := range actions {
			if a.Version == 1 && !a.UpdatedAt.Before(in.Meeting.StartedAt) && !a.UpdatedAt.After(end) {
				in.NewActions = append(in.NewActions, a)
			}
		}
	}
	return in, nil
}

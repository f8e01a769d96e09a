package board

import (
	"sort"
	"strings"
)

// "Mine opgaver": what one member has to do, across all citizens.

// MyAction is one of my open actions, with its citizen.
type MyAction struct {
	Action  *Action
	Citizen *Citizen
	Overdue bool
}

// MyAppointment is one of my appointments in the week.
type MyAppointment struct {
	Entry   DayEntry
	Citizen *Citizen
}

// MyReview is the review of a citizen I am responsible for, due by the
// end of ReviewSoonDays from today, or passed.
type MyReview struct {
	Citizen *Citizen
	Date    Date
	Overdue bool
}

// MyTasks is my own list.
type MyTasks struct {
	Actions      []MyAction      // overdue first, then by due date (undated last)
	Appointments []MyAppointment // by start
	Reviews      []MyReview      // by date
}

// Empty reports whether there is nothing on the list.
func (t MyTasks) Empty() bool {
	return len(t.Actions) == 0 && len(t.Appointments) == 0 && len(t.Reviews) == 0
}

// MyList returns member me's list from the week board wb (the week the
// appointments are wanted for; its Facts.OpenActions hold every open
// action of the citizens not closed) as of today.
func MyList(me *Member, wb *WeekBoard, today Date) MyTasks {
	var t MyTasks
	if me == nil || wb == nil {
		return t
	}
	reviewBy := today.AddDays(ReviewSoonDays)
	for _, r := range wb.Rows {
		c := r.Citizen
		if c == nil || c.Status == StatusClosed {
			continue
		}
		for _, a := range r.Facts.OpenActions {
			if a.Status == ActionOpen && a.ResponsibleID == me.ID {
				t.Actions = append(t.Actions, MyAction{Action: a, Citizen: c, Overdue: a.Overdue(today)})
			}
		}
		for _, e := range r.Entries {
			if hasInitials(e.Initials, me.Initials) {
				t.Appointments = append(t.Appointments, MyAppointment{Entry: e, Citizen: c})
			}
		}
		if c.IsResponsible(me.ID) && !c.ReviewDate.IsZero() && !c.ReviewDate.After(reviewBy) {
			t.Reviews = append(t.Reviews, MyReview{Citizen: c, Date: c.ReviewDate, Overdue: c.ReviewDate.Before(today)})
		}
	}
	sort.SliceStable(t.Actions, func(i, j int) bool {
		a, b := t.Actions[i], t.Actions[j]
		if a.Overdue != b.Overdue {
			return a.Overdue
		}
		return dueBefore(a.Action, b.Action)
	})
	sort.SliceStable(t.Appointments, func(i, j int) bool {
		a, b := t.Appointments[i].Entry, t.Appointments[j].Entry
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.AppointmentID < b.AppointmentID
	})
	sort.SliceStable(t.Reviews, func(i, j int) bool {
		a, b := t.Reviews[i], t.Reviews[j]
		if a.Date != b.Date {
			return a.Date.Before(b.Date)
		}
		return strings.ToLower(a.Citizen.Name) < strings.ToLower(b.Citizen.Name)
	})
	return t
}

func hasInitials(list []string, initials string) bool {
	for _, s := range list {
		if initials != "" && strings.EqualFold(s, initials) {
			return true
		}
	}
	return false
}

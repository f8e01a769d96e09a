package calendar

import (
	"time"
	_ "time/tzdata" // Windows PCs may lack a zoneinfo database
)

// Copenhagen is the team's time zone: every week, day and recurrence is
// computed in it, so daylight saving changes land right.
var Copenhagen = mustLoad("Europe/Copenhagen")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// midnight returns 00:00 in Copenhagen of the Copenhagen day t falls on.
func midnight(t time.Time) time.Time {
	y, m, d := t.In(Copenhagen).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, Copenhagen)
}

// dayAfter returns 00:00 in Copenhagen of the day after t's Copenhagen day.
func dayAfter(t time.Time) time.Time {
	y, m, d := t.In(Copenhagen).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, Copenhagen)
}

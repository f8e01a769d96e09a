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

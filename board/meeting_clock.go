package board

import "time"

// MeetingLength is the weekly meeting's length: one hour.
const MeetingLength = time.Hour

// TimeState is how a time budget is doing: the presentation colours the
// clock by it, visible but never noisy.
type TimeState int

const (
	TimeOK    TimeState = iota
	TimeAmber           // budget used up
	TimeRed             // budget exceeded by half
)

// BudgetState returns the state of spent against budget.
func BudgetState(spent, budget time.Duration) TimeState {
	switch {
	case budget <= 0:
		return TimeOK
	case spent*2 >= budget*3:
		return TimeRed
	case spent >= budget:
		return TimeAmber
	}
	return TimeOK
}

// PerCitizenBudget divides what is left of the hour among the citizens not
// yet discussed, rounded down to whole 30 seconds and at least one minute.
func PerCitizenBudget(left time.Duration, remaining int) time.Duration {
	if remaining <= 0 || left <= 0 {
		return time.Minute
	}
	b := (left / time.Duration(remaining)).Truncate(30 * time.Second)
	if b < time.Minute {
		return time.Minute
	}
	return b
}

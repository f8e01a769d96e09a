package waiting

import (
	"testing"

	"tavlen/board"
)

// TestDaysTextSingular: a referral from yesterday waits "1 dag", not "1 dage".
func TestDaysTextSingular(t *testing.T) {
	on := board.DateOf(today)
	for days, want := range map[int]string{0: "venter 0 dage", 1: "venter 1 dag", 2: "venter 2 dage"} {
		e := board.WaitingEntry{Citizen: &board.Citizen{ReferredOn: on}, Days: days}
		if got := daysText(e, 30); got != want {
			t.Errorf("%d days: %q, want %q", days, got, want)
		}
	}
}

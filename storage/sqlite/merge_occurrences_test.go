package sqlite

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

func TestMergeByOccurrence(t *testing.T) {
	mon := func(day int) time.Time { return at(2026, 3, day, 9, 0) }
	series := func(marks ...any) *calendar.Appointment {
		a := &calendar.Appointment{Title: "Depot", Start: mon(2), End: mon(2).Add(30 * time.Minute),
			Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly}, Version: 1}
		for i := 0; i < len(marks); i += 2 {
			mustOK(t, a.MarkOccurrence(mon(marks[i].(int)), marks[i+1].(calendar.Status)))
		}
		return a
	}
	text := func(a *calendar.Appointment) string {
		var s []string
		for _, ex := range a.Exceptions {
			s = append(s, ex.Original.Format("02")+" "+string(ex.Status))
		}
		return strings.Join(s, ", ")
	}
	held, cancelled, noShow := calendar.StatusHeld, calendar.StatusCancelled, calendar.StatusNoShow
	tests := []struct {
		name               string
		base, mine, theirs *calendar.Appointment
		wantMerged         string // "" with wantConflict
		wantConflict       bool
		wantMineOnTop      string
	}{
		{"different occurrences", series(2, held), series(2, held, 9, held), series(2, held, 16, cancelled),
			"02 held, 09 held, 16 cancelled", false, "02 held, 09 held, 16 cancelled"},
		{"one removed here, one added there", series(2, held), series(), series(2, held, 9, cancelled),
			"09 cancelled", false, "09 cancelled"},
		{"same occurrence, same change", series(), series(9, held), series(9, held), "09 held", false, "09 held"},
		{"same occurrence, different change", series(), series(9, held, 16, held), series(9, noShow, 23, cancelled),
			"", true, "09 held, 16 held, 23 cancelled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mineBefore := text(tt.mine)
			b, m := byOccurrence(tt.base, tt.mine, tt.theirs, false)
			merged, conflicts := board.Merge3(b, m, tt.theirs)
			if tt.wantConflict != (len(conflicts) > 0) || (!tt.wantConflict && text(merged) != tt.wantMerged) {
				t.Fatalf("merged %q, conflicts %v", text(merged), conflicts)
			}
			if got := text(MineOnTop(tt.base, tt.mine, tt.theirs)); got != tt.wantMineOnTop {
				t.Fatalf("MineOnTop = %q, want %q", got, tt.wantMineOnTop)
			}
			if text(tt.mine) != mineBefore {
				t.Fatal("mine was modified")
			}
		})
	}

	// A moved series renames its occurrences: no merge by occurrence.
	base, mine, theirs := series(), series(9, held), series(16, held)
	theirs.Start, theirs.End = theirs.Start.Add(time.Hour), theirs.End.Add(time.Hour)
	if b, m := byOccurrence(base, mine, theirs, false); b != base || m != mine {
		t.Fatal("merged by occurrence across a changed rule")
	}
}

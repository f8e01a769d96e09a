package calendar

import (
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

func TestMergeByOccurrence(t *testing.T) {
	mon := func(day int) time.Time { return time.Date(2026, 3, day, 9, 0, 0, 0, Copenhagen) }
	series := func(marks ...any) *Appointment {
		a := &Appointment{Title: "Depot", Start: mon(2), End: mon(2).Add(30 * time.Minute),
			Recurrence: Recurrence{Freq: FreqWeekly}, Stamp: board.Stamp{Version: 1}}
		for i := 0; i < len(marks); i += 2 {
			if err := a.MarkOccurrence(mon(marks[i].(int)), marks[i+1].(Status)); err != nil {
				t.Fatal(err)
			}
		}
		return a
	}
	text := func(a *Appointment) string {
		var s []string
		for _, ex := range a.Exceptions {
			s = append(s, ex.Original.Format("02 15")+" "+string(ex.Status))
		}
		return strings.Join(s, ", ")
	}
	moved := func(a *Appointment) *Appointment {
		a.Reschedule(a.Start.Add(time.Hour), a.End.Add(time.Hour))
		return a
	}
	held, cancelled, noShow := StatusHeld, StatusCancelled, StatusNoShow
	tests := []struct {
		name               string
		base, mine, theirs *Appointment
		wantMerged         string // "" with wantConflict
		wantConflict       bool
		wantMineOnTop      string
	}{
		{"different occurrences", series(2, held), series(2, held, 9, held), series(2, held, 16, cancelled),
			"02 09 held, 09 09 held, 16 09 cancelled", false, "02 09 held, 09 09 held, 16 09 cancelled"},
		{"one removed here, one added there", series(2, held), series(), series(2, held, 9, cancelled),
			"09 09 cancelled", false, "09 09 cancelled"},
		{"same occurrence, same change", series(), series(9, held), series(9, held), "09 09 held", false, "09 09 held"},
		{"same occurrence, different change", series(), series(9, held, 16, held), series(9, noShow, 23, cancelled),
			"", true, "09 09 held, 16 09 held, 23 09 cancelled"},
		// A series moved on another PC takes my marks along, on the
		// occurrence with the same number.
		{"moved there", series(), series(9, held), moved(series(16, held)),
			"09 10 held, 16 10 held", false, "09 10 held, 16 10 held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mineBefore, baseBefore := text(tt.mine), text(tt.base)
			merged, conflicts := board.Merge3(tt.base, tt.mine, tt.theirs)
			if tt.wantConflict != (len(conflicts) > 0) || (!tt.wantConflict && text(merged) != tt.wantMerged) {
				t.Fatalf("merged %q, conflicts %v", text(merged), conflicts)
			}
			if tt.wantConflict && strings.Join(conflicts, ",") != "Exceptions" {
				t.Fatalf("conflicts %v, want Exceptions", conflicts)
			}
			if got := text(board.MineOnTop(tt.base, tt.mine, tt.theirs)); got != tt.wantMineOnTop {
				t.Fatalf("MineOnTop = %q, want %q", got, tt.wantMineOnTop)
			}
			if text(tt.mine) != mineBefore || text(tt.base) != baseBefore {
				t.Fatal("base or mine was modified")
			}
		})
	}
}

// TestAppointmentIsVersioned: the stamp is board's, read without
// reflection.
func TestAppointmentIsVersioned(t *testing.T) {
	var v board.Versioned = &Appointment{ID: 7, Stamp: board.Stamp{Version: 3, UpdatedBy: "AK"}}
	if v.RecordID() != 7 || v.Stamped().Version != 3 || v.Stamped().UpdatedBy != "AK" {
		t.Fatalf("%d %+v", v.RecordID(), v.Stamped())
	}
}

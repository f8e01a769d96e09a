package app

import (
	"testing"

	"tavlen/app/kit"
	"tavlen/board"
)

func TestBoardLines(t *testing.T) {
	region := &board.Member{ID: 1, Initials: "RA", Sector: board.SectorRegion}
	gp := &board.Member{ID: 2, Initials: "GB", Sector: board.SectorGP}
	row := func(name string, st board.Status, onBoard bool, ms ...*board.Member) *board.BoardRow {
		c := &board.Citizen{Name: name, Status: st, OnBoard: onBoard}
		for _, m := range ms {
			c.Responsible = append(c.Responsible, board.Responsibility{MemberID: m.ID})
		}
		return &board.BoardRow{Citizen: c, Responsible: ms}
	}
	wb := &board.WeekBoard{Rows: []*board.BoardRow{
		row("Anna", board.StatusActive, true, region),
		row("Bent", board.StatusActive, false, gp),
		row("Carl", board.StatusReferred, false, region, gp),
		row("Dora", board.StatusPaused, false),
		row("Erik", board.StatusClosed, false, region),
	}}
	names := func(lines []boardLine) (out []string) {
		for _, l := range lines {
			if l.heading() {
				out = append(out, "#"+kit.GroupLabel(l.group))
			} else {
				out = append(out, l.row.Citizen.Name)
			}
		}
		return out
	}
	tests := []struct {
		name   string
		filter boardFilter
		want   []string
	}{
		{"all", boardFilter{}, []string{"#På tavlen", "Anna", "#Aktive", "Bent", "#Visitation", "Carl", "#Pause", "Dora"}},
		{"search ignores case", boardFilter{search: "CAR"}, []string{"#Visitation", "Carl"}},
		{"member", boardFilter{memberID: 2}, []string{"#Aktive", "Bent", "#Visitation", "Carl"}},
		{"sector", boardFilter{sector: board.SectorRegion}, []string{"#På tavlen", "Anna", "#Visitation", "Carl"}},
		{"nothing", boardFilter{search: "zzz"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(boardLines(wb, tt.filter))
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

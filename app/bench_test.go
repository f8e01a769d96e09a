package app

import (
	"fmt"
	"testing"

	"tavlen/board"
)

// The responsiveness targets: switching week, opening a citizen and saving
// each well under 100 ms on the demo team, and a board of 60 citizens.

func BenchmarkSwitchWeek(b *testing.B) {
	u := newTestUI(b)
	v := u.board
	w := v.week
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			v.setWeek(w.Next())
		} else {
			v.setWeek(w)
		}
		u.win.Canvas().Content().Refresh()
	}
}

func BenchmarkOpenCitizen(b *testing.B) {
	u := newTestUI(b)
	c := firstOnBoard(b, u)
	b.ResetTimer()
	for b.Loop() {
		u.openCitizen(c.ID)
		u.popNow()
	}
	b.StopTimer()
	u.bg.Wait()
}

func BenchmarkSave(b *testing.B) {
	u := newTestUI(b)
	c := firstOnBoard(b, u)
	u.openCitizen(c.ID)
	r := u.page.(*citizenRecord)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r.Overview.Phone.SetText(fmt.Sprintf("%08d", i))
		if !r.Save() {
			b.Fatal(r.Overview.Problem.Text)
		}
	}
}

// BenchmarkBoard60 reloads and draws a board of 60 citizens.
func BenchmarkBoard60(b *testing.B) {
	u := newTestUI(b)
	rows := 0
	for _, l := range u.board.lines {
		if !l.heading() {
			rows++
		}
	}
	ms := u.activeMembers()
	for i := rows; i < 60; i++ {
		c := &board.Citizen{Name: fmt.Sprintf("Ekstra Borger %02d", i), Status: board.StatusActive,
			Responsible: []board.Responsibility{{MemberID: ms[i%len(ms)].ID}, {MemberID: ms[(i+3)%len(ms)].ID}}}
		if err := u.store.CreateCitizen(u.ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	u.board.reload()
	if n := len(u.board.lines); n < 60 {
		b.Fatalf("%d lines", n)
	}
	b.ResetTimer()
	for b.Loop() {
		u.board.reload()
		u.win.Canvas().Content().Refresh()
	}
}

package calendar

import (
	"testing"
	"time"
)

func TestWeekOfISO(t *testing.T) {
	for _, c := range []struct {
		t    time.Time
		want Week
	}{
		{cph(2026, 1, 1, 12, 0), Week{2026, 1}},                          // Thursday: week 1
		{cph(2025, 12, 29, 0, 0), Week{2026, 1}},                         // Monday of 2026-W01, still December
		{cph(2021, 1, 3, 23, 59), Week{2020, 53}},                        // 2020 has 53 weeks
		{cph(2027, 1, 1, 9, 0), Week{2026, 53}},                          // 2026 has 53 weeks too
		{cph(2026, 12, 31, 9, 0), Week{2026, 53}},                        //
		{cph(2027, 1, 4, 0, 0), Week{2027, 1}},                           //
		{cph(2024, 12, 30, 0, 0), Week{2025, 1}},                         //
		{cph(2023, 1, 1, 12, 0), Week{2022, 52}},                         // Sunday: last week of 2022
		{time.Date(2026, 3, 29, 22, 30, 0, 0, time.UTC), Week{2026, 14}}, // Monday 00:30 in Copenhagen
	} {
		if got := WeekOf(c.t); got != c.want {
			t.Errorf("WeekOf(%v) = %v, want %v", c.t, got, c.want)
		}
	}
	for y, n := range map[int]int{2015: 53, 2020: 53, 2026: 53, 2032: 53, 2021: 52, 2025: 52, 2027: 52} {
		if got := weeksIn(y); got != n {
			t.Errorf("weeksIn(%d) = %d, want %d", y, got, n)
		}
	}
}

func TestParseWeek(t *testing.T) {
	for in, want := range map[string]Week{
		"2026-W48": {2026, 48}, "2026W48": {2026, 48}, "2026-48": {2026, 48}, "2026-w05": {2026, 5},
		"2026-W5": {2026, 5}, " 2020-W53 ": {2020, 53}, "2026-W53": {2026, 53},
	} {
		got, err := ParseWeek(in)
		if err != nil || got != want {
			t.Errorf("ParseWeek(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "2026", "2026-W", "2026-W00", "2025-W53", "2026-W54", "2026-W48x", "26-W48", "2026/W48", "2026-W+4", "abcd-W10", "1899-W10", "2026-W048"} {
		if w, err := ParseWeek(in); err == nil {
			t.Errorf("ParseWeek(%q) = %v, want an error", in, w)
		}
	}
	if w, _ := ParseWeek("2026-W07"); w.String() != "2026-W07" {
		t.Errorf("String = %q", w.String())
	}
}

func TestWeekBoundsAcrossDST(t *testing.T) {
	for _, c := range []struct {
		week  Week
		hours float64
		start time.Time
	}{
		{Week{2026, 13}, 167, cph(2026, 3, 23, 0, 0)},  // summer time begins Sunday 29 March
		{Week{2026, 43}, 169, cph(2026, 10, 19, 0, 0)}, // summer time ends Sunday 25 October
		{Week{2025, 13}, 167, cph(2025, 3, 24, 0, 0)},
		{Week{2025, 43}, 169, cph(2025, 10, 20, 0, 0)},
		{Week{2026, 20}, 168, cph(2026, 5, 11, 0, 0)},
		{Week{2026, 1}, 168, cph(2025, 12, 29, 0, 0)},
		{Week{2026, 53}, 168, cph(2026, 12, 28, 0, 0)},
	} {
		w := c.week
		if !w.Start().Equal(c.start) {
			t.Errorf("%v starts %v, want %v", w, w.Start(), c.start)
		}
		if h := w.End().Sub(w.Start()).Hours(); h != c.hours {
			t.Errorf("%v lasts %v h, want %v", w, h, c.hours)
		}
		for i, d := range w.Days() {
			l := d.In(Copenhagen)
			if l.Hour() != 0 || l.Minute() != 0 || l.Weekday() != time.Weekday((i+1)%7) {
				t.Errorf("%v day %d = %v, want midnight on %v", w, i, l, time.Weekday((i+1)%7))
			}
		}
		if !w.Contains(w.Start()) || w.Contains(w.End()) || !w.Contains(w.End().Add(-time.Nanosecond)) {
			t.Errorf("%v: Contains is not [Start, End)", w)
		}
		if w.Next().Start() != w.End() && !w.Next().Start().Equal(w.End()) {
			t.Errorf("%v: Next starts %v, want %v", w, w.Next().Start(), w.End())
		}
		if !w.Next().Prev().Start().Equal(w.Start()) || w.Next().Prev() != w {
			t.Errorf("%v: Next().Prev() = %v", w, w.Next().Prev())
		}
	}
	// The Sunday of the March change is 23 hours, of October 25 hours.
	d := Week{2026, 13}
	if h := d.Day(7).Sub(d.Day(6)).Hours(); h != 23 {
		t.Errorf("29 March lasts %v h", h)
	}
	d = Week{2026, 43}
	if h := d.Day(7).Sub(d.Day(6)).Hours(); h != 25 {
		t.Errorf("25 October lasts %v h", h)
	}
}

func TestWeekNextPrevAcrossYears(t *testing.T) {
	for _, c := range [][2]Week{
		{{2026, 53}, {2027, 1}}, {{2025, 52}, {2026, 1}}, {{2020, 53}, {2021, 1}}, {{2026, 13}, {2026, 14}}, {{2026, 43}, {2026, 44}},
	} {
		if got := c[0].Next(); got != c[1] {
			t.Errorf("%v.Next() = %v, want %v", c[0], got, c[1])
		}
		if got := c[1].Prev(); got != c[0] {
			t.Errorf("%v.Prev() = %v, want %v", c[1], got, c[0])
		}
	}
	// Walking 20 years week by week never skips or repeats a week.
	w := Week{2020, 1}
	for i := 0; i < 52*20; i++ {
		n := w.Next()
		if !n.Start().Equal(w.End()) || WeekOf(n.Start()) != n {
			t.Fatalf("%v → %v breaks the chain", w, n)
		}
		w = n
	}
}

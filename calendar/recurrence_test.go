package calendar

import (
	"testing"
	"time"
)

func starts(occs []Occurrence) []string {
	var out []string
	for _, o := range occs {
		out = append(out, o.Start.In(Copenhagen).Format("2006-01-02 15:04 -07"))
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOccurrences(t *testing.T) {
	visit := func(start time.Time, f Freq, until time.Time) *Appointment {
		return &Appointment{Title: "x", Start: start, End: start.Add(time.Hour), Recurrence: Recurrence{Freq: f, Until: until}}
	}
	for _, c := range []struct {
		name     string
		a        *Appointment
		from, to time.Time
		want     []string
	}{
		{"weekly across March DST keeps 09:00", visit(cph(2026, 3, 16, 9, 0), FreqWeekly, cph(2026, 4, 6, 0, 0)), cph(2026, 3, 1, 0, 0), cph(2026, 5, 1, 0, 0),
			[]string{"2026-03-16 09:00 +01", "2026-03-23 09:00 +01", "2026-03-30 09:00 +02", "2026-04-06 09:00 +02"}},
		{"biweekly across October DST", visit(cph(2026, 10, 13, 14, 0), FreqBiweekly, time.Time{}), cph(2026, 10, 1, 0, 0), cph(2026, 11, 15, 0, 0),
			[]string{"2026-10-13 14:00 +02", "2026-10-27 14:00 +01", "2026-11-10 14:00 +01"}},
		{"monthly on the 31st skips short months", visit(cph(2026, 1, 31, 11, 0), FreqMonthly, cph(2026, 8, 31, 0, 0)), cph(2026, 1, 1, 0, 0), cph(2027, 1, 1, 0, 0),
			[]string{"2026-01-31 11:00 +01", "2026-03-31 11:00 +02", "2026-05-31 11:00 +02", "2026-07-31 11:00 +02", "2026-08-31 11:00 +02"}},
		{"until is inclusive of its day", visit(cph(2026, 3, 2, 9, 0), FreqWeekly, cph(2026, 3, 16, 23, 0)), cph(2026, 3, 1, 0, 0), cph(2026, 4, 1, 0, 0),
			[]string{"2026-03-02 09:00 +01", "2026-03-09 09:00 +01", "2026-03-16 09:00 +01"}},
		{"until given in UTC late evening is the Copenhagen day", visit(cph(2026, 3, 2, 9, 0), FreqWeekly, time.Date(2026, 3, 15, 23, 30, 0, 0, time.UTC)), cph(2026, 3, 1, 0, 0), cph(2026, 4, 1, 0, 0),
			[]string{"2026-03-02 09:00 +01", "2026-03-09 09:00 +01", "2026-03-16 09:00 +01"}},
		{"window in the middle", visit(cph(2026, 1, 5, 9, 0), FreqWeekly, time.Time{}), Week{2026, 20}.Start(), Week{2026, 20}.End(),
			[]string{"2026-05-11 09:00 +02"}},
		{"occurrence overlapping from", visit(cph(2026, 1, 5, 9, 0), FreqWeekly, time.Time{}), cph(2026, 1, 12, 9, 30), cph(2026, 1, 12, 12, 0),
			[]string{"2026-01-12 09:00 +01"}},
		{"nothing before the start", visit(cph(2026, 6, 1, 9, 0), FreqWeekly, time.Time{}), cph(2026, 1, 1, 0, 0), cph(2026, 6, 1, 9, 0), nil},
		{"single inside", visit(cph(2026, 6, 1, 9, 0), FreqNone, time.Time{}), cph(2026, 6, 1, 0, 0), cph(2026, 6, 2, 0, 0), []string{"2026-06-01 09:00 +02"}},
		{"single touching the end is out", visit(cph(2026, 6, 1, 9, 0), FreqNone, time.Time{}), cph(2026, 6, 1, 10, 0), cph(2026, 6, 2, 0, 0), nil},
		{"single touching the start is out", visit(cph(2026, 6, 1, 9, 0), FreqNone, time.Time{}), cph(2026, 6, 1, 0, 0), cph(2026, 6, 1, 9, 0), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := starts(Occurrences(c.a, c.from, c.to))
			if !equalStrings(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
			for _, o := range Occurrences(c.a, c.from, c.to) {
				if o.End.Sub(o.Start) != time.Hour {
					t.Errorf("occurrence lasts %v", o.End.Sub(o.Start))
				}
			}
		})
	}
}

// Expanding a series into a week centuries later jumps there: a walk from
// the first occurrence would stop at maxOccurrences long before.
func TestOccurrencesFarLater(t *testing.T) {
	for _, f := range []Freq{FreqWeekly, FreqBiweekly, FreqMonthly} {
		a := &Appointment{Title: "x", Start: cph(2026, 1, 5, 9, 0), End: cph(2026, 1, 5, 10, 0), Recurrence: Recurrence{Freq: f}}
		w := Week{2250, 27}
		from, to := w.Start(), w.End()
		if f == FreqMonthly {
			from, to = cph(2450, 7, 1, 0, 0), cph(2450, 8, 1, 0, 0)
		}
		got := Occurrences(a, from, to)
		if len(got) != 1 && !(f == FreqBiweekly && len(got) == 0) {
			t.Fatalf("%s: %d occurrences in %v", f, len(got), w)
		}
		for _, o := range got {
			s := o.Start.In(Copenhagen)
			if s.Hour() != 9 || (f != FreqMonthly && s.Weekday() != time.Monday) || (f == FreqMonthly && s.Day() != 5) {
				t.Errorf("%s: occurrence at %v", f, s)
			}
			if f != FreqMonthly && (o.Index*stepDays(f)) != int(s.Sub(cph(2026, 1, 5, 9, 0)).Hours()+12)/24 {
				t.Errorf("%s: index %d does not match the date %v", f, o.Index, s)
			}
		}
	}
	// The biweekly parity holds far later: weeks 2026-W02 + 2n only.
	a := &Appointment{Title: "x", Start: cph(2026, 1, 5, 9, 0), End: cph(2026, 1, 5, 10, 0), Recurrence: Recurrence{Freq: FreqBiweekly}}
	n := 0
	for w := (Week{2250, 1}); w.Year == 2250; w = w.Next() {
		n += len(Occurrences(a, w.Start(), w.End()))
	}
	if n != 26 {
		t.Errorf("biweekly gives %d occurrences in 2250, want 26", n)
	}
}

func TestExpandSorted(t *testing.T) {
	a := &Appointment{ID: 1, Title: "a", Start: cph(2026, 3, 2, 10, 0), End: cph(2026, 3, 2, 11, 0), Recurrence: Recurrence{Freq: FreqWeekly}}
	b := &Appointment{ID: 2, Title: "b", Start: cph(2026, 3, 3, 9, 0), End: cph(2026, 3, 3, 10, 0)}
	c := &Appointment{ID: 3, Title: "c", Start: cph(2026, 3, 2, 10, 0), End: cph(2026, 3, 2, 10, 30)}
	got := Expand([]*Appointment{b, c, a}, Week{2026, 10}.Start(), Week{2026, 10}.End())
	if len(got) != 3 || got[0].Appointment != a || got[1].Appointment != c || got[2].Appointment != b {
		t.Errorf("Expand order: %v", got)
	}
}

func TestValidateRecurrenceUntil(t *testing.T) {
	a := func(until time.Time) *Appointment {
		return &Appointment{Title: "x", Start: cph(2026, 3, 2, 0, 30), End: cph(2026, 3, 2, 1, 0), Recurrence: Recurrence{Freq: FreqWeekly, Until: until}}
	}
	if err := a(cph(2026, 3, 2, 0, 0)).Validate(); err != nil {
		t.Errorf("until the start day: %v", err)
	}
	if err := a(cph(2026, 3, 1, 12, 0)).Validate(); err == nil {
		t.Error("until the day before the start: no error")
	}
	whole := &Appointment{Title: "x", Start: cph(2026, 10, 25, 0, 0), End: cph(2026, 10, 26, 0, 0)}
	if err := whole.Validate(); err != nil {
		t.Errorf("the 25-hour day: %v", err)
	}
	long := &Appointment{Title: "x", Start: cph(2026, 10, 24, 23, 0), End: cph(2026, 10, 25, 23, 30)}
	if err := long.Validate(); err == nil {
		t.Error("more than 24 hours: no error")
	}
}

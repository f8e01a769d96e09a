package calendar

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"
)

// tenThousand returns 10,000 appointments shaped like a team's: a fifth
// recurring, Danish text, two or three participants; half the series with
// a held and a moved occurrence.
func tenThousand() []*Appointment {
	apps := make([]*Appointment, 10000)
	base := cph(2026, 1, 5, 8, 0)
	for i := range apps {
		start := base.Add(time.Duration(i%2000) * 3 * time.Hour)
		a := &Appointment{
			ID: int64(i + 1), UID: fmt.Sprintf("%d-bench@tavlen", i), CitizenID: int64(i%60 + 1),
			Title: "Hjemmebesøg hos borgeren – opfølgning på plan", Kind: Kinds[i%len(Kinds)],
			Start: start, End: start.Add(45 * time.Minute), Place: "Østergade 5, 2. th., 2300 København S",
			Participants: []int64{int64(i%3 + 1), int64((i+1)%3 + 1)}, Status: Statuses[i%len(Statuses)],
			Notes:    "Aftalt med borgeren: gennemgå medicin og økonomi. Husk at ringe til bostøtten først.",
			Sequence: i % 7,
		}
		switch i % 10 {
		case 0:
			a.Recurrence = Recurrence{Freq: FreqWeekly, Until: start.AddDate(0, 3, 0)}
			occs := Occurrences(a, start, start.AddDate(0, 0, 15))
			_ = a.MarkOccurrence(occs[1].Start, StatusHeld)
			_ = a.MoveOccurrence(occs[2].Start, occs[2].Start.Add(26*time.Hour), occs[2].End.Add(26*time.Hour))
		case 1:
			a.Recurrence = Recurrence{Freq: FreqBiweekly}
		}
		apps[i] = a
	}
	return apps
}

// Target: under 300 ms.
func BenchmarkEncode10k(b *testing.B) {
	apps, opt := tenThousand(), sampleExportOptions()
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, apps, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// Target: under 1 s.
func BenchmarkDecode10k(b *testing.B) {
	var buf bytes.Buffer
	if err := Encode(&buf, tenThousand(), sampleExportOptions()); err != nil {
		b.Fatal(err)
	}
	data, opt := buf.Bytes(), sampleImportOptions()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		imp, err := Decode(bytes.NewReader(data), opt)
		if err != nil || len(imp.Appointments) != 10000 {
			b.Fatal(err)
		}
	}
}

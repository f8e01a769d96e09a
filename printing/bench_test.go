package printing

import (
	"io"
	"testing"
)

// Targets (issue 8): a plan under 50 ms, a 60-citizen poster under 200 ms.

func BenchmarkPlan(b *testing.B) {
	in := testPlanInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePlan(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanLong(b *testing.B) {
	in := longPlanInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePlan(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBoard60(b *testing.B) {
	in := testBoardInput(60)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteBoard(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMinutes(b *testing.B) {
	in := testMinutesInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteMinutes(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

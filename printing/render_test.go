package printing

import (
	"bytes"
	"testing"
)

func renderPlan(t testing.TB, in PlanInput) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePlan(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func renderBoard(t testing.TB, in BoardInput) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteBoard(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func renderMinutes(t testing.TB, in MinutesInput) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMinutes(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

package app

import "testing"

func TestCitizenCountIsGrammatical(t *testing.T) {
	for n, want := range map[int]string{0: "0 borgere", 1: "1 borger", 38: "38 borgere"} {
		if got := citizenCount(n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}

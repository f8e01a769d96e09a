package sqlcore

import "testing"

func TestDiffLines(t *testing.T) {
	old := []field{{"name", "A"}, {"phone", ""}, {"role", "x"}}
	new := []field{{"name", "B"}, {"phone", "1"}, {"role", "x"}}
	for _, tc := range []struct {
		old, new []field
		want     string
	}{
		{old, new, "name: A → B\nphone:  → 1"},
		{nil, new, "name: B\nphone: 1\nrole: x"},
		{old, nil, "name: A\nrole: x"},
		{old, old, ""},
	} {
		if got := diffLines(tc.old, tc.new); got != tc.want {
			t.Errorf("diffLines = %q, want %q", got, tc.want)
		}
	}
}

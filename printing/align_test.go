package printing

import "testing"

func TestAlignedXPlacesAPieceInItsBox(t *testing.T) {
	for _, tc := range []struct {
		align string
		want  float64
	}{{"L", 10}, {"", 10}, {"C", 30}, {"R", 50}} {
		if got := alignedX(10, 60, 20, tc.align); got != tc.want {
			t.Errorf("align %q: x %v, want %v", tc.align, got, tc.want)
		}
	}
}

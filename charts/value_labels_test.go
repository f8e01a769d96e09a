package charts

import (
	"testing"

	"gonum.org/v1/plot/vg"

	"tavlen/board"
)

func box(x0, y0, x1, y1 float64) vg.Rectangle {
	return vg.Rectangle{Min: vg.Point{X: vg.Length(x0), Y: vg.Length(y0)}, Max: vg.Point{X: vg.Length(x1), Y: vg.Length(y1)}}
}

// TestValueLabelsDoNotOverlap: "60" and "56" a few days apart overlapped;
// the older gives way to the newer, labels with room keep theirs.
func TestValueLabelsDoNotOverlap(t *testing.T) {
	tests := []struct {
		name  string
		boxes []vg.Rectangle
		want  []bool
	}{
		{"apart", []vg.Rectangle{box(0, 50, 12, 60), box(40, 50, 52, 60)}, []bool{true, true}},
		{"on top of each other", []vg.Rectangle{box(0, 50, 12, 60), box(6, 47, 18, 57)}, []bool{false, true}},
		{"same height, far apart in value", []vg.Rectangle{box(0, 90, 12, 100), box(6, 20, 18, 30)}, []bool{true, true}},
		{"a run of close points", []vg.Rectangle{box(0, 50, 12, 60), box(8, 50, 20, 60), box(16, 50, 28, 60), box(24, 50, 36, 60)},
			[]bool{false, true, false, true}}, // the newest keeps its label
		{"one", []vg.Rectangle{box(0, 0, 10, 10)}, []bool{true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := labelsToDraw(tt.boxes)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("drawn %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestWHO5CloseScoresDraw: a chart with two close scores draws (through
// valueLabels) without failing at a laptop's size and a small one.
func TestWHO5CloseScoresDraw(t *testing.T) {
	scores := []board.WellbeingScore{{On: board.MustDate("2026-10-01"), Score: 40},
		{On: board.MustDate("2026-11-20"), Score: 60}, {On: board.MustDate("2026-11-23"), Score: 56}}
	c := WHO5(scores, Options{Style: Dark()})
	for _, w := range []int{300, 900} {
		if img := c.Image(w, w/2); img == nil {
			t.Fatalf("no picture at %d", w)
		}
	}
}

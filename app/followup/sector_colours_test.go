package followup

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/charts"
)

// TestChartSectorColoursAreTheBoards: every sector is drawn in the
// board's colour in the Teamstatus chart (screen, light and dark) and on
// paper; "Almen praksis" was pink in the chart and orange on the board.
func TestChartSectorColoursAreTheBoards(t *testing.T) {
	test.NewTempApp(t)
	same := func(a, b color.Color) bool {
		r1, g1, b1, a1 := a.RGBA()
		r2, g2, b2, a2 := b.RGBA()
		return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
	}
	styles := map[string]charts.Style{"screen": kit.ChartStyle(), "paper": charts.Paper(), "dark": charts.Dark()}
	for name, st := range styles {
		for _, s := range board.Sectors {
			if got, want := st.Sectors[s], kit.SectorColor(s); got == nil || !same(got, want) {
				t.Errorf("%s: %s is %v in the chart, %v on the board", name, s, got, want)
			}
		}
	}
}

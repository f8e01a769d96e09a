package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"tavlen/charts"
)

// TestChartViewGivesEachBarALine: a picture of many bars is as tall as
// their labels need at the current text size, so they never overlap
// (nine members drew their names over each other at 150 % text).
func TestChartViewGivesEachBarALine(t *testing.T) {
	test.NewTempApp(t)
	v := NewChartView(&charts.Chart{Rows: 12, Lines: []string{"x"}}, fyne.NewSize(300, 170))
	need := 12 * theme.Current().Size(theme.SizeNameText)
	if h := v.Raster.MinSize().Height; h < need {
		t.Errorf("12 bars get %v high, want at least %v", h, need)
	}
	few := NewChartView(&charts.Chart{Rows: 2, Lines: []string{"x"}}, fyne.NewSize(300, 170))
	if h := few.Raster.MinSize().Height; h != 170 {
		t.Errorf("2 bars get %v high, want the 170 asked for", h)
	}
}

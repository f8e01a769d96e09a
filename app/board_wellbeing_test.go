package app

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
)

// TestBoardRowShowsWellbeing: a citizen with WHO-5 scores has the latest
// score in words on the board row ("WHO-5 32", with its fall when it fell
// markedly) and the sparkline drawn beside it; one without has neither.
func TestBoardRowShowsWellbeing(t *testing.T) {
	u := newTestUI(t)
	v := u.board
	with, without := 0, 0
	for i, l := range v.lines {
		if l.heading() {
			continue
		}
		spec := v.cellSpec(i, colName)
		sub := spec.Items[1]
		scores := l.row.Facts.Wellbeing
		if len(scores) == 0 {
			without++
			if sub.Spark != nil || strings.Contains(sub.Text, "WHO-5") {
				t.Errorf("%s has no WHO-5 but shows %q", l.row.Citizen.Name, sub.Text)
			}
			continue
		}
		with++
		latest := scores[len(scores)-1].Score
		if len(scores) == 1 {
			if sub.Spark != nil || !strings.Contains(sub.Text, "WHO-5 "+strconv.Itoa(latest)) {
				t.Errorf("%s: one score: %q, spark %+v", l.row.Citizen.Name, sub.Text, sub.Spark)
			}
			continue
		}
		if !strings.Contains(sub.Text, "WHO-5 "+strconv.Itoa(latest)) || sub.Spark == nil || len(sub.Spark.Values) != len(scores) {
			t.Errorf("%s: sub line %q, spark %+v; want WHO-5 %d and %d points", l.row.Citizen.Name, sub.Text, sub.Spark, latest, len(scores))
		}

		cell := kit.NewGridCell()
		cell.Set(spec)
		test.NewTempWindow(t, cell).Resize(fyne.NewSize(260, 90))
		lines := 0
		for _, o := range test.LaidOutObjects(cell) {
			if l, ok := o.(*canvas.Line); ok && l.Visible() {
				lines++
			}
		}
		if lines < 2 {
			t.Errorf("%s: %d sparkline lines drawn", l.row.Citizen.Name, lines)
		}
	}
	if with == 0 || without == 0 {
		t.Fatalf("demo board: %d rows with WHO-5, %d without; want both", with, without)
	}
}

package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
)

func TestEntryChip(t *testing.T) {
	test.NewTempApp(t)
	_ = applyLanguage(langDanish)
	start := time.Date(2026, 11, 24, 9, 30, 0, 0, calendar.Copenhagen)
	tests := []struct {
		status       calendar.Status
		text         string
		strike, alrt bool
	}{
		{calendar.StatusPlanned, "09:30 besøg AB CD", false, false},
		{calendar.StatusHeld, "09:30 besøg AB CD", false, false},
		{calendar.StatusCancelled, "09:30 besøg AB CD", true, false},
		{calendar.StatusNoShow, "! 09:30 besøg AB CD", false, true},
	}
	for _, tt := range tests {
		c := entryChip(board.DayEntry{Start: start, Kind: calendar.KindHomeVisit, Status: tt.status, Initials: []string{"AB", "CD"}})
		if c.text != tt.text || c.strike != tt.strike || c.alert != tt.alrt {
			t.Errorf("%s: chip %+v", tt.status, c)
		}
	}
}

func TestMemberChipShapesDiffer(t *testing.T) {
	seen := map[chipShape]bool{}
	for _, s := range board.Sectors {
		c := memberChip(&board.Member{Initials: "X", Sector: s})
		if seen[c.shape] {
			t.Errorf("sector %s shares its shape", s)
		}
		seen[c.shape] = true
	}
}

func TestGridCellDrawsAndCuts(t *testing.T) {
	test.NewTempApp(t)
	c := newGridCell()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(160, 80))
	c.Resize(fyne.NewSize(150, 70))
	c.set(cellSpec{items: []cellItem{
		{text: "Et meget langt navn der ikke kan være i cellen", bold: true},
		{chips: []chipSpec{{text: "AB", fill: colRegion, shape: shapeSquare}, {text: "10:30 hjemmebesøg AB CD EF GH IJ KL", fill: colKommune, strike: true}}},
	}})
	var texts []*canvas.Text
	for _, o := range test.WidgetRenderer(c).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
			texts = append(texts, tx)
		}
	}
	if len(texts) != 3 {
		t.Fatalf("%d texts drawn, want 3", len(texts))
	}
	if !strings.HasSuffix(texts[0].Text, "…") || texts[0].Size().Width > 150 {
		t.Errorf("long text not cut: %q", texts[0].Text)
	}
	if !texts[2].TextStyle.Strikethrough || !strings.HasSuffix(texts[2].Text, "…") {
		t.Errorf("cancelled chip text %q strike %v", texts[2].Text, texts[2].TextStyle.Strikethrough)
	}
	// Fewer items later hide the spare objects.
	c.set(cellSpec{items: []cellItem{{text: "kort"}}})
	n := 0
	for _, o := range test.WidgetRenderer(c).Objects() {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d texts visible after shrinking, want 1", n)
	}
}

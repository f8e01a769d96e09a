package kit

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

func TestEntryChip(t *testing.T) {
	test.NewTempApp(t)
	SetLanguage(text.Danish)
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
		c := EntryChip(board.DayEntry{Start: start, Kind: calendar.KindHomeVisit, Status: tt.status, Initials: []string{"AB", "CD"}})
		if c.Text != tt.text || c.Strike != tt.strike || c.Alert != tt.alrt {
			t.Errorf("%s: chip %+v", tt.status, c)
		}
	}
}

func TestMemberChipShapesDiffer(t *testing.T) {
	seen := map[ChipShape]bool{}
	for _, s := range board.Sectors {
		c := MemberChip(&board.Member{Initials: "X", Sector: s})
		if seen[c.Shape] {
			t.Errorf("sector %s shares its shape", s)
		}
		seen[c.Shape] = true
	}
}

func TestGridCellDrawsAndCuts(t *testing.T) {
	test.NewTempApp(t)
	c := NewGridCell()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(160, 80))
	c.Resize(fyne.NewSize(150, 70))
	c.Set(CellSpec{Items: []CellItem{
		{Text: "Et meget langt navn der ikke kan være i cellen", Bold: true},
		{Chips: []ChipSpec{{Text: "AB", Fill: ColRegion, Shape: ShapeSquare}, {Text: "10:30 hjemmebesøg AB CD EF GH IJ KL", Fill: ColKommune, Strike: true}}},
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
	c.Set(CellSpec{Items: []CellItem{{Text: "kort"}}})
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

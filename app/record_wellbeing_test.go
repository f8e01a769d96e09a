package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/record"
	"tavlen/board"
)

// TestRecordHasWellbeingTab: the citizen record has the WHO-5 tab; five
// answers chosen and not saved make leaving the record ask, and "save
// changes" stores the WHO-5 with its score.
func TestRecordHasWellbeingTab(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	if got := r.Tabs.Items[record.TabWellbeing].Text; got != "Trivsel (WHO-5)" {
		t.Fatalf("tab %d is %q, want Trivsel (WHO-5)", record.TabWellbeing, got)
	}
	r.Tabs.SelectIndex(record.TabWellbeing)
	before, _ := u.store.FindWellbeing(u.ctx, board.WellbeingFilter{CitizenID: r.C.ID})
	radios := 0
	for _, o := range objectsIn(r.Tabs.Items[record.TabWellbeing].Content) {
		if g, ok := o.(*widget.RadioGroup); ok {
			g.SetSelected("3")
			radios++
		}
	}
	if radios != 5 {
		t.Fatalf("%d answer groups, want 5", radios)
	}
	u.escape()
	if u.page != r || topOverlay(u) == nil || !strings.Contains(textsIn(topOverlay(u)), "Gem ændringer") {
		t.Fatal("leaving with chosen WHO-5 answers did not ask")
	}
	test.Tap(buttonIn(topOverlay(u), "Gem ændringer"))
	if u.page != nil {
		t.Fatal("record still open after save and close")
	}
	after, _ := u.store.FindWellbeing(u.ctx, board.WellbeingFilter{CitizenID: r.C.ID})
	if len(after) != len(before)+1 {
		t.Fatalf("WHO-5s %d → %d, want one more", len(before), len(after))
	}
	for _, w := range after {
		if w.Score() == 60 {
			return
		}
	}
	t.Errorf("no WHO-5 scoring 60 stored: %+v", after)
}

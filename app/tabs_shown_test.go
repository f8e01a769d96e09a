package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestEveryTabShowsItsScreenWhenChosen: every tab shows its screen when
// chosen, visible (a try at building tabs only when first chosen left
// them hidden in the real window while a looser test passed).
func TestEveryTabShowsItsScreenWhenChosen(t *testing.T) {
	u := newTestUI(t)
	for i, item := range u.tabs.Items {
		u.tabs.SelectIndex(i)
		if n := visibleTexts(item.Content); n == 0 {
			t.Errorf("tab %q shows nothing (%d visible objects) when chosen", item.Text, n)
		}
	}
}

// visibleTexts counts the visible objects under o, through visible
// containers only.
func visibleTexts(o fyne.CanvasObject) int {
	if o == nil || !o.Visible() {
		return 0
	}
	n := 0
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			n += visibleTexts(child)
		}
		return n
	}
	return 1
}

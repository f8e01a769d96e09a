package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
)

// "Pick a week…" opens at the week shown, not half a year back.
func TestWeekPickerOpensAtTheShownWeek(t *testing.T) {
	u := newTestUI(t)
	u.board.pickWeek()
	var list *widget.List
	for _, o := range objectsIn(topOverlay(u)) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	}
	if list == nil {
		t.Fatal("no list of weeks")
	}
	shown := kit.WeekTitle(u.board.week)
	visible := false
	for _, o := range objectsIn(list) {
		if l, ok := o.(*widget.Label); ok && l.Text == shown && l.Visible() {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
			top := fyne.CurrentApp().Driver().AbsolutePositionForObject(list)
			visible = visible || (pos.Y >= top.Y && pos.Y+l.Size().Height <= top.Y+list.Size().Height+1)
		}
	}
	if !visible {
		t.Errorf("the list does not show %q when it opens", shown)
	}
}

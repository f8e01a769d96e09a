package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// The calendar button is drawn inside every date field, not only set on
// it: the entry's renderer takes its action button when it is made.
func TestDateFieldDrawsItsPickerButton(t *testing.T) {
	test.NewTempApp(t)
	e := NewDateEntry(&EntryHost{}, board.MustDate("2026-12-04"))
	test.NewTempWindow(t, e)
	for _, o := range test.WidgetRenderer(e).Objects() {
		if b, ok := o.(*widget.Button); ok && b == e.ActionItem && b.Visible() {
			return
		}
	}
	t.Fatal("the date field does not draw its calendar button")
}

package record

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ExtraTab is a record tab another screen builds (the WHO-5 of package
// wellbeing): its content, what it reads again when shown, and, when it
// holds typed answers, whether they are unsaved and how to save them.
type ExtraTab struct {
	Content fyne.CanvasObject
	Reload  func()
	Dirty   func() bool
	// Save saves the typed answers; false when it could not (the tab
	// then shows why).
	Save func() bool
}

// newExtraTab builds the tab with build, or an empty one without it.
func newExtraTab(build func(citizenID int64) *ExtraTab, citizenID int64) *ExtraTab {
	var t *ExtraTab
	if build != nil {
		t = build(citizenID)
	}
	if t == nil {
		t = &ExtraTab{}
	}
	if t.Content == nil {
		t.Content = widget.NewLabel("")
	}
	if t.Reload == nil {
		t.Reload = func() {}
	}
	if t.Save == nil {
		t.Save = func() bool { return true }
	}
	return t
}

func (t *ExtraTab) dirty() bool { return t.Dirty != nil && t.Dirty() }

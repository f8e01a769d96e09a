package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Tab in a form moves to the next field, also out of a multi-line text:
// Fyne's Entry keeps Tab for itself when MultiLine (and types a tab the
// person never wanted). Ctrl+Tab types a tab in a multi-line text.

// AcceptsTab tells the driver to move focus on Tab and Shift+Tab.
func (e *Entry) AcceptsTab() bool { return false }

// typedCtrlTab types a tab for Ctrl+Tab in a multi-line entry.
func (e *Entry) typedCtrlTab(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || !e.MultiLine || cs.KeyName != fyne.KeyTab || cs.Modifier != fyne.KeyModifierControl {
		return false
	}
	e.TypedRune('\t')
	return true
}

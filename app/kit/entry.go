package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// EntryHost is what an entry passes on to the window it sits in: the
// window's shortcuts, Escape (unfocus, then close the top page or dialog)
// and the window's today, which the tests set.
type EntryHost struct {
	Shortcut func(*desktop.CustomShortcut) bool
	Escape   func()
	Today    func() board.Date
}

// Entry is an Entry that lets the app's shortcuts and Escape through.
type Entry struct {
	widget.Entry
	host *EntryHost
	// OnEscape, when set, replaces the app's Escape (closing the page).
	OnEscape func()
}

func NewEntry(h *EntryHost) *Entry {
	e := &Entry{host: h}
	e.ExtendBaseWidget(e)
	return e
}

func NewMultiLine(h *EntryHost) *Entry {
	e := NewEntry(h)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if e.typedCtrlTab(s) { // tab_focus.go
		return
	}
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.host != nil && e.host.Shortcut(cs) {
		return
	}
	e.Entry.TypedShortcut(s)
}

func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	if k.Name == fyne.KeyEscape && e.host != nil {
		e.host.Escape()
		return
	}
	e.Entry.TypedKey(k)
}

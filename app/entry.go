package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// entryHost is what an entry passes on to the window it sits in: the
// window's shortcuts, Escape (unfocus, then close the top page or dialog)
// and the window's today, which the tests set.
type entryHost struct {
	shortcut func(*desktop.CustomShortcut) bool
	escape   func()
	today    func() board.Date
}

// keyEntry is an Entry that lets the app's shortcuts and Escape through.
type keyEntry struct {
	widget.Entry
	host *entryHost
	// onEscape, when set, replaces the app's Escape (closing the page).
	onEscape func()
}

func newHostEntry(h *entryHost) *keyEntry {
	e := &keyEntry{host: h}
	e.ExtendBaseWidget(e)
	return e
}

func newHostMultiLine(h *entryHost) *keyEntry {
	e := newHostEntry(h)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if e.typedCtrlTab(s) { // tab_focus.go
		return
	}
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.host != nil && e.host.shortcut(cs) {
		return
	}
	e.Entry.TypedShortcut(s)
}

func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	if k.Name == fyne.KeyEscape && e.host != nil {
		e.host.escape()
		return
	}
	e.Entry.TypedKey(k)
}

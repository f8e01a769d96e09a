package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The app's keyboard shortcuts. fyne delivers a shortcut to the focused
// widget when it handles shortcuts (an Entry does), so keyEntry passes the
// app's own shortcuts on to UI.shortcut; the canvas gets them otherwise.
var (
	keySearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyNew    = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	keySave   = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	keyAdd    = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	keyAddKP  = &desktop.CustomShortcut{KeyName: fyne.KeyEnter, Modifier: fyne.KeyModifierShortcutDefault}
)

func (u *UI) registerShortcuts() {
	for _, s := range []*desktop.CustomShortcut{keySearch, keyNew, keySave, keyAdd, keyAddKP} {
		s := s
		u.canvas().AddShortcut(s, func(fyne.Shortcut) { u.shortcut(s) })
	}
	u.canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		switch e.Name {
		case fyne.KeyEscape:
			u.escape()
		case fyne.KeyF11:
			u.toggleFullScreen()
		}
	})
}

// sameShortcut compares key and modifier.
func sameShortcut(a, b *desktop.CustomShortcut) bool {
	return a.KeyName == b.KeyName && a.Modifier == b.Modifier
}

// shortcut runs the app's action for s; false when s is not one of ours.
func (u *UI) shortcut(s *desktop.CustomShortcut) bool {
	if u.page != nil {
		if u.page.shortcut(s) {
			return true
		}
	}
	switch {
	case sameShortcut(s, keySearch):
		if u.page == nil && u.board != nil {
			u.tabs.SelectIndex(0)
			u.canvas().Focus(u.board.search)
			return true
		}
	case sameShortcut(s, keyNew):
		if u.store != nil && u.me != nil {
			u.showNewCitizen()
			return true
		}
	}
	return false
}

// toggleFullScreen fills the wall screen with the board (F11).
func (u *UI) toggleFullScreen() { u.win.SetFullScreen(!u.win.FullScreen()) }

// escape cancels the form dialog on top (as its Cancel button does: it
// asks first when something was typed), or else closes the page on top. It never closes a page from under another
// dialog.
func (u *UI) escape() {
	if n := len(u.dialogs); n > 0 {
		u.dialogs[n-1].escape()
		return
	}
	if u.canvas().Overlays().Top() != nil {
		return
	}
	if u.page != nil {
		u.pop()
	}
}

// keyEntry is an Entry that lets the app's shortcuts and Escape through.
type keyEntry struct {
	widget.Entry
	u *UI
	// onEscape, when set, replaces the app's Escape (closing the page).
	onEscape func()
}

func newKeyEntry(u *UI) *keyEntry {
	e := &keyEntry{u: u}
	e.ExtendBaseWidget(e)
	return e
}

func newKeyMultiLine(u *UI) *keyEntry {
	e := newKeyEntry(u)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if e.typedCtrlTab(s) { // tab_focus.go
		return
	}
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.u != nil && e.u.shortcut(cs) {
		return
	}
	e.Entry.TypedShortcut(s)
}

func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	if k.Name == fyne.KeyEscape && e.u != nil {
		e.u.canvas().Unfocus()
		e.u.escape()
		return
	}
	e.Entry.TypedKey(k)
}

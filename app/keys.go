package app

import (
	"tavlen/app/kit"
	"tavlen/board"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The app's keyboard shortcuts. fyne delivers a shortcut to the focused
// widget when it handles shortcuts (an Entry does), so Entry passes the
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
	if u.dialogs.Escape() {
		return
	}
	if u.canvas().Overlays().Top() != nil {
		return
	}
	if u.page != nil {
		u.pop()
	}
}

// newKeyEntry is an entry that passes the app's keys on to u.
func newKeyEntry(u *UI) *kit.Entry { return kit.NewEntry(u.entryHost()) }

func newKeyMultiLine(u *UI) *kit.Entry { return kit.NewMultiLine(u.entryHost()) }

// NewDateEntry is a date field (kit) that reads days against u's today.
func newDateEntry(u *UI, d board.Date) *kit.Entry { return kit.NewDateEntry(u.entryHost(), d) }

// EntryHost is what an entry passes on to this window; nil without a UI.
func (u *UI) entryHost() *kit.EntryHost {
	if u == nil {
		return nil
	}
	return &kit.EntryHost{
		Shortcut: u.shortcut,
		Escape: func() {
			u.canvas().Unfocus()
			u.escape()
		},
		Today: u.today,
	}
}

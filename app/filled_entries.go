package app

import "tavlen/app/kit"

// filledKeyEntries makes one key entry per text, each holding its text: a
// form's fields filled from the record it edits.
func filledKeyEntries(u *UI, texts ...string) []*kit.Entry {
	return kit.FilledEntries(u.entryHost(), texts...)
}

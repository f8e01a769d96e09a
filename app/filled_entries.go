package app

import "tavlen/app/kit"

// filledKeyEntries makes one key entry per text, each holding its text: a
// form's fields filled from the record it edits.
func filledKeyEntries(u *UI, texts ...string) []*kit.Entry {
	entries := make([]*kit.Entry, len(texts))
	for i, text := range texts {
		entries[i] = newKeyEntry(u)
		entries[i].SetText(text)
	}
	return entries
}

package kit

// FilledEntries makes one entry per text, each holding its text: a
// form's fields filled from the record it edits.
func FilledEntries(h *EntryHost, texts ...string) []*Entry {
	entries := make([]*Entry, len(texts))
	for i, text := range texts {
		entries[i] = NewEntry(h)
		entries[i].SetText(text)
	}
	return entries
}

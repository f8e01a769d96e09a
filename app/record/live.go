package record

import (
	"tavlen/board"
)

// ChangedElsewhere tells the open record that other PCs saved: the record
// says who and when at once. The shown data is read again only when no
// form holds typed text; a form being edited is never touched (its save
// merges with theirs).
func (p *Page) ChangedElsewhere(changes []board.Change) {
	me := p.env.me()
	var last *board.Change
	for i := range changes {
		c := &changes[i]
		if (c.CitizenID == p.C.ID || c.ReloadsAll()) && (me == nil || c.By != me.Initials) {
			last = c
		}
	}
	if last == nil {
		return
	}
	by := last.By
	if by == "" {
		by = T("live.another_pc", "another PC")
	}
	p.LiveNote.SetText(T("live.changed_by", "Changed by {{.By}} at {{.At}}",
		map[string]any{"By": by, "At": last.At.In(p.env.now().Location()).Format("15:04")}))
	p.LiveNote.Show()
	if p.Dirty() {
		return
	}
	p.ReloadAll()
}

// ReloadAll reads the open record and the tab showing again from the
// file.
func (p *Page) ReloadAll() {
	if err := p.ReloadCitizen(); err != nil {
		return
	}
	p.Overview.Load(p.C)
	p.Notes.Reload()
	if i := p.Tabs.SelectedIndex(); i >= 0 && i < len(p.tabs) && p.tabs[i].refresh != nil {
		p.tabs[i].refresh()
	}
}

// SavedOnTop is told that this PC's save of the record went through. The
// banner about another PC's change goes when the stored version is now
// ours: that change is merged or overwritten, and saying it still is
// "changed by them" is stale. Keeping theirs ("Behold deres") leaves it.
func (p *Page) SavedOnTop() {
	if me := p.env.me(); me != nil && p.C.UpdatedBy != me.Initials {
		return
	}
	p.LiveNote.Hide()
}

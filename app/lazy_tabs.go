package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Tabs other than the board get their content when first chosen: tabs
// measure every tab's content to size themselves, and measuring eight
// screens nobody has opened yet was most of the time from start to a
// drawn board.

// lazyContent puts a tab's content in place when the tab is first chosen.
type lazyContent struct {
	real     map[*container.TabItem]fyne.CanvasObject
	standIns map[*container.TabItem]*fyne.Container
	tabs     *container.AppTabs
}

// deferContent gives every tab of tabs but the first an empty stand-in
// and keeps its content for show.
func deferContent(tabs *container.AppTabs) *lazyContent {
	l := &lazyContent{real: map[*container.TabItem]fyne.CanvasObject{}, standIns: map[*container.TabItem]*fyne.Container{}, tabs: tabs}
	for _, t := range tabs.Items[1:] {
		l.real[t] = t.Content
		l.standIns[t] = container.NewStack()
		t.Content = l.standIns[t]
	}
	return l
}

// show puts t's content in place if it still shows the stand-in (a
// screen that set new content meanwhile keeps it).
func (l *lazyContent) show(t *container.TabItem) {
	standIn, ok := l.standIns[t]
	if !ok {
		return
	}
	delete(l.standIns, t)
	if t.Content != standIn {
		return
	}
	// The tabs hid every content but the chosen one when they were made,
	// the real one too.
	l.real[t].Show()
	standIn.Add(l.real[t])
	l.tabs.Refresh()
}

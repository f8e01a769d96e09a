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
}

// deferContent gives every tab but the first an empty stand-in and keeps
// its content for show.
func deferContent(tabs []*container.TabItem) *lazyContent {
	l := &lazyContent{real: map[*container.TabItem]fyne.CanvasObject{}, standIns: map[*container.TabItem]*fyne.Container{}}
	for _, t := range tabs[1:] {
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
	if t.Content == standIn {
		standIn.Add(l.real[t])
	}
}

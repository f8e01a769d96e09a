package meeting

import "tavlen/board"

// Discussed means a note, a decision, a board change or the explicit tick
// (board.MeetingItem.WasDiscussed); paging past a citizen is not
// discussing them. The tick is the "Discussed" check and the D key.

// toggleDiscussed ticks the citizen on screen discussed, or not again.
// With something written the citizen stays discussed, and the status line
// says why.
func (v *view) toggleDiscussed() {
	if v.x == nil || v.ended {
		return
	}
	it, _ := v.x.current()
	if it == nil {
		return
	}
	if it.Written() {
		v.say(T("meeting.discussed_written", "Something is written for this citizen, so they count as discussed."))
		return
	}
	v.step(v.x.toggleDiscussed)
}

// showDiscussed sets the Discussed check from the item: ticked when
// discussed, and locked ticked while something is written.
func (c *capture) showDiscussed(it *board.MeetingItem) {
	was := c.loading
	c.loading = true
	defer func() { c.loading = was }()
	c.discussed.SetChecked(it.WasDiscussed())
	if it.Written() {
		c.discussed.Disable()
	} else {
		c.discussed.Enable()
	}
}

package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// "Borgeren deltager": the citizen is in the room for their slot. While it
// is on, the shared screen shows that citizen alone, in plain words; the
// facilitator's window keeps everything (with one screen the facilitator's
// window is the shared screen, so the internal notes field hides too).
// It ends only by a deliberate, confirmed action: a stray Space or arrow
// must never put another citizen's card in front of this one.

// presentState is the citizen-present mode of the running meeting.
type presentState struct {
	citizenID int64 // the citizen in the room, 0 when off
	readBack  bool  // the wall shows today's decisions to read them back
}

func (p presentState) on() bool { return p.citizenID != 0 }

// presentControls are the facilitator's buttons for the mode.
type presentControls struct {
	v        *view
	toggle   *widget.Button
	readBack *widget.Button
	hint     *widget.Label
	content  fyne.CanvasObject
}

func newPresentControls(v *view) *presentControls {
	c := &presentControls{v: v, hint: widget.NewLabel("")}
	c.toggle = widget.NewButtonWithIcon(T("meeting.present.start", "Citizen takes part"), theme.AccountIcon(), c.tapped)
	c.readBack = widget.NewButtonWithIcon(T("meeting.present.read_back", "Read back"), theme.VisibilityIcon(), v.toggleReadBack)
	c.hint.Wrapping = fyne.TextWrapWord
	c.hint.SizeName = theme.SizeNameCaptionText
	c.hint.Hide()
	// Stacked, not side by side: with large text two such buttons would
	// widen the panel past a laptop's screen.
	c.content = container.NewVBox(c.toggle, c.readBack, c.hint)
	return c
}

func (c *presentControls) tapped() {
	if c.v.present.on() {
		c.v.confirmLeavePresent(nil)
		return
	}
	c.v.startPresent()
}

// show sets the buttons for the mode and the citizen on screen.
func (c *presentControls) show() {
	v := c.v
	if v.present.on() {
		c.toggle.SetText(T("meeting.present.stop", "End the citizen's view…"))
		c.toggle.Importance = widget.WarningImportance
		c.readBack.Enable()
		if v.present.readBack {
			c.readBack.SetText(T("meeting.present.read_back_off", "Back to the plan"))
		} else {
			c.readBack.SetText(T("meeting.present.read_back", "Read back"))
		}
		c.hint.SetText(T("meeting.present.hint", "The shared screen shows only this citizen. Space and the arrows do not move on; end the view first."))
		c.hint.Show()
	} else {
		c.toggle.SetText(T("meeting.present.start", "Citizen takes part"))
		c.toggle.Importance = widget.MediumImportance
		c.readBack.SetText(T("meeting.present.read_back", "Read back"))
		c.readBack.Disable()
		c.hint.Hide()
		if v.citizen() == nil {
			c.toggle.Disable()
		} else {
			c.toggle.Enable()
		}
	}
	c.toggle.Refresh()
	if box, ok := c.content.(*fyne.Container); ok {
		box.Refresh() // the hint came or went: lay the buttons out again
	}
}

// startPresent turns the mode on for the citizen on screen and records in
// the minutes that the citizen took part.
func (v *view) startPresent() {
	cd := v.citizen()
	if v.x == nil || v.ended || cd == nil {
		return
	}
	if v.fail(v.x.markTookPart(cd.ID)) {
		return
	}
	v.present = presentState{citizenID: cd.ID}
	v.refresh()
}

// stopPresent returns the shared screen to the normal view.
func (v *view) stopPresent() {
	v.present = presentState{}
	v.refresh()
}

func (v *view) toggleReadBack() {
	if !v.present.on() {
		return
	}
	v.flush() // what is read back is what is saved
	v.present.readBack = !v.present.readBack
	v.refresh()
}

// confirmLeavePresent asks before the normal view comes back; then runs
// after (a move to another citizen), if any.
func (v *view) confirmLeavePresent(after func()) {
	msg := T("meeting.present.stop_confirm", "End the citizen's view? The shared screen shows the agenda with every name again.")
	if after != nil {
		msg = T("meeting.present.move_confirm", "The citizen is still taking part. End the citizen's view and move on? The shared screen shows the agenda with every name again.")
	}
	d := dialog.NewConfirm(T("meeting.present.stop_title", "End the citizen's view"), msg, func(ok bool) {
		if !ok {
			v.refocus()
			return
		}
		v.stopPresent()
		if after != nil {
			after()
		}
	}, v.win)
	d.SetConfirmText(T("meeting.present.stop_yes", "End the view"))
	d.SetDismissText(T("meeting.present.stop_no", "Stay with the citizen"))
	d.Show()
}

// guardPresent runs move now when the citizen's view is off; when it is on
// it asks first (from a button) or refuses (from a key, which may be a
// stray press).
func (v *view) guardPresent(fromKey bool, move func()) {
	if !v.present.on() {
		move()
		return
	}
	if fromKey {
		v.sayError(T("meeting.present.key_refused", "The citizen is taking part: end the citizen's view with its button before moving on."))
		return
	}
	v.confirmLeavePresent(move)
}

// markTookPart records in the minutes that the citizen on screen took
// part in their slot; a citizen in the room is discussed, so the minutes
// list them.
func (x *session) markTookPart(citizenID int64) error {
	it, cid := x.current()
	if it == nil || cid != citizenID || (it.CitizenPresent && it.Discussed) {
		return nil
	}
	return x.step(func() {
		x.ms.SetCitizenPresent(true)
		it.Discussed = true
	})
}

// resumedPresent is the citizen's view after a restart: when the meeting
// stopped on a citizen who took part, the wall comes back showing only
// them, since they may still be in the room.
func resumedPresent(x *session) presentState {
	if it, cid := x.current(); it != nil && it.CitizenPresent {
		return presentState{citizenID: cid}
	}
	return presentState{}
}

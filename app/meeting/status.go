package meeting

// The status line under the facilitator's panel says what went wrong or
// what happened. An error stays until it is dealt with: the next save
// that works, or a move to another agenda item, takes it away; a notice
// ("Saved 10:31", "That was the last citizen") is simply replaced.

// sayError shows msg as an error in the status line.
func (v *view) sayError(msg string) {
	v.status.SetText(msg)
	v.statusErr = true
}

// say shows a notice in the status line.
func (v *view) say(msg string) {
	v.status.SetText(msg)
	v.statusErr = false
}

// clearError takes an error out of the status line; a notice stays.
func (v *view) clearError() {
	if v.statusErr {
		v.say("")
	}
}

package dialog

import "tavlen/app/kit"

// A form says what is wrong in one place, its problem line above the
// buttons, and nowhere else: entries in a form dialog lose their own
// Validator (Fyne's form would print its message under the field as well,
// and growing the form as it does so). The line keeps two lines of room
// while empty, so a message that appears never moves Save away from under
// the mouse; the message goes as soon as the form is edited into shape.

// ShowProblem shows err on the problem line.
func (fd *Form) ShowProblem(err error) {
	fd.shown = err
	kit.SetProblem(fd.Problem, kit.ProblemText(err))
	fd.Fit()
}

// edited runs after any change in the form: a date problem is checked
// again (its message goes once the date reads, or changes to the new
// reason), any other problem goes, as the person is fixing it and Save
// checks everything again.
func (fd *Form) edited() {
	if fd.shown == nil {
		return
	}
	if p, ok := fd.shown.(*kit.DateProblem); ok {
		if _, err := kit.ReadDate(p.Entry, p.Field); err != nil {
			fd.shown = err
			kit.SetProblem(fd.Problem, kit.ProblemText(err))
			return
		}
	}
	fd.shown = nil
	kit.SetProblem(fd.Problem, "")
}

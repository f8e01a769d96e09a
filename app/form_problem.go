package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// A form says what is wrong in one place, its problem line above the
// buttons, and nowhere else: entries in a form dialog lose their own
// Validator (Fyne's form would print its message under the field as well,
// and growing the form as it does so). The line keeps two lines of room
// while empty, so a message that appears never moves Save away from under
// the mouse; the message goes as soon as the form is edited into shape.

// problemSlot reserves room for two lines of the problem label.
func problemSlot(problem *widget.Label) fyne.CanvasObject {
	room := canvas.NewRectangle(nil)
	room.SetMinSize(fyne.NewSize(0, widget.NewLabel("X\nX").MinSize().Height))
	return container.NewStack(room, problem)
}

// showProblem shows err on the problem line.
func (fd *formDlg) showProblem(err error) {
	fd.shown = err
	setProblem(fd.problem, problemText(err))
	fd.fit()
}

// edited runs after any change in the form: a date problem is checked
// again (its message goes once the date reads, or changes to the new
// reason), any other problem goes, as the person is fixing it and Save
// checks everything again.
func (fd *formDlg) edited() {
	if fd.shown == nil {
		return
	}
	if p, ok := fd.shown.(*dateProblem); ok {
		if _, err := readDate(p.entry, p.field); err != nil {
			fd.shown = err
			setProblem(fd.problem, problemText(err))
			return
		}
	}
	fd.shown = nil
	setProblem(fd.problem, "")
}

// watchEdits calls edited after every change of the form's inputs, after
// their own OnChanged, and drops the entries' Validators (see above).
func watchEdits(items []*widget.FormItem, edited func()) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *keyEntry:
			x.Validator = nil
			x.OnChanged = chain(x.OnChanged, edited)
		case *widget.Entry:
			x.Validator = nil
			x.OnChanged = chain(x.OnChanged, edited)
		case *widget.Select:
			x.OnChanged = chain(x.OnChanged, edited)
		case *widget.RadioGroup:
			x.OnChanged = chain(x.OnChanged, edited)
		case *widget.Check:
			prev := x.OnChanged
			x.OnChanged = func(b bool) {
				if prev != nil {
					prev(b)
				}
				edited()
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	for _, it := range items {
		if it.Widget != nil {
			walk(it.Widget)
		}
	}
}

// chain returns a string callback that runs prev (if any), then then.
func chain(prev func(string), then func()) func(string) {
	return func(s string) {
		if prev != nil {
			prev(s)
		}
		then()
	}
}

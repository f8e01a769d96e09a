package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// errorLabel is the red line under a form that says what went wrong.
func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func setProblem(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// newDateEntry is an entry for a day with a calendar button. It has no
// Validator: the form's one problem line says what is wrong, once.
func newHostDateEntry(h *entryHost, d board.Date) *keyEntry {
	e := newHostEntry(h)
	e.SetPlaceHolder(T("date.placeholder", "dd.mm.yyyy"))
	e.SetText(fmtDate(d))
	withDatePicker(e)
	return e
}

// errPlain is an error whose text is already a sentence for people.
type errPlain string

func (e errPlain) Error() string { return string(e) }

// dateProblem is a date field that cannot be read; the form checks the
// field again as it is edited, so the message goes once the date is right.
type dateProblem struct {
	entry *keyEntry
	field string
	err   error
}

func (p *dateProblem) Error() string {
	return T("date.problem.field", "{{.Field}}: {{.Problem}}", map[string]any{"Field": p.field, "Problem": errorText(p.err)})
}

// readDate parses e's text, naming the field in the error.
func readDate(e *keyEntry, field string) (board.Date, error) {
	d, err := parseDate(e.Text, entryToday(e))
	if err != nil {
		return d, &dateProblem{entry: e, field: field, err: err}
	}
	return d, nil
}

// entryToday is the app's today (the clock tests set), for reading e.
func entryToday(e *keyEntry) board.Date {
	if e.host == nil {
		return board.DateOf(time.Now())
	}
	return e.host.today()
}

// problemText is errorText that also passes plain sentences through.
func problemText(err error) string {
	switch p := err.(type) {
	case errPlain:
		return string(p)
	case *dateProblem:
		return p.Error()
	}
	return errorText(err)
}

// problemSlot reserves room for two lines of the problem label.
func problemSlot(problem *widget.Label) fyne.CanvasObject {
	room := canvas.NewRectangle(nil)
	room.SetMinSize(fyne.NewSize(0, widget.NewLabel("X\nX").MinSize().Height))
	return container.NewStack(room, problem)
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

func boldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

func wrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// newSectorSelect is a select of the sectors; withNone adds "no sector".
func newSectorSelect(withNone bool) *widget.Select {
	var opts []string
	if withNone {
		opts = append(opts, sectorLabel(""))
	}
	for _, s := range board.Sectors {
		opts = append(opts, sectorLabel(s))
	}
	sel := widget.NewSelect(opts, nil)
	return sel
}

func sectorFromSelect(sel *widget.Select) board.Sector {
	for _, s := range board.Sectors {
		if sel.Selected == sectorLabel(s) {
			return s
		}
	}
	return ""
}

func setSectorSelect(sel *widget.Select, s board.Sector) {
	if s == "" {
		if len(sel.Options) > 0 && sel.Options[0] == sectorLabel("") {
			sel.SetSelected(sel.Options[0])
		}
		return
	}
	sel.SetSelected(sectorLabel(s))
}

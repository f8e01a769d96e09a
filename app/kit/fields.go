package kit

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// ErrorLabel is the red line under a form that says what went wrong.
func ErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func SetProblem(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// NewDateEntry is an entry for a day with a calendar button. It has no
// Validator: the form's one problem line says what is wrong, once.
func NewDateEntry(h *EntryHost, d board.Date) *Entry {
	e := NewEntry(h)
	withDatePicker(e) // before anything draws the entry: its renderer takes the button once
	e.SetPlaceHolder(T("date.placeholder", "dd.mm.yyyy"))
	e.SetText(FmtDate(d))
	return e
}

// ErrPlain is an error whose text is already a sentence for people.
type ErrPlain string

func (e ErrPlain) Error() string { return string(e) }

// DateProblem is a date field that cannot be read; the form checks the
// field again as it is edited, so the message goes once the date is right.
type DateProblem struct {
	Entry *Entry
	Field string
	err   error
}

func (p *DateProblem) Error() string {
	return T("date.problem.field", "{{.Field}}: {{.Problem}}", map[string]any{"Field": p.Field, "Problem": ErrorText(p.err)})
}

// ReadDate parses e's text, naming the field in the error.
func ReadDate(e *Entry, field string) (board.Date, error) {
	d, err := ParseDate(e.Text, entryToday(e))
	if err != nil {
		return d, &DateProblem{Entry: e, Field: field, err: err}
	}
	return d, nil
}

// entryToday is the app's today (the clock tests set), for reading e.
func entryToday(e *Entry) board.Date {
	if e.host == nil {
		return board.DateOf(time.Now())
	}
	return e.host.Today()
}

// ProblemText is ErrorText that also passes plain sentences through.
func ProblemText(err error) string {
	switch p := err.(type) {
	case ErrPlain:
		return string(p)
	case *DateProblem:
		return p.Error()
	}
	return ErrorText(err)
}

// ProblemSlot reserves room for two lines of the problem label.
func ProblemSlot(problem *widget.Label) fyne.CanvasObject {
	room := canvas.NewRectangle(nil)
	room.SetMinSize(fyne.NewSize(0, widget.NewLabel("X\nX").MinSize().Height))
	return container.NewStack(room, problem)
}

// WatchEdits calls edited after every change of the form's inputs, after
// their own OnChanged, and drops the entries' Validators (see above).
func WatchEdits(items []*widget.FormItem, edited func()) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *Entry:
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

// BoldLabel is a bold label that wraps at word ends.
func BoldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

// WrapLabel is a label that wraps at word ends, so a long text never
// widens its dialog or card past the screen.
func WrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// NewSectorSelect is a select of the sectors; withNone adds "no sector".
func NewSectorSelect(withNone bool) *widget.Select {
	var opts []string
	if withNone {
		opts = append(opts, SectorLabel(""))
	}
	for _, s := range board.Sectors {
		opts = append(opts, SectorLabel(s))
	}
	sel := widget.NewSelect(opts, nil)
	return sel
}

func SectorFromSelect(sel *widget.Select) board.Sector {
	for _, s := range board.Sectors {
		if sel.Selected == SectorLabel(s) {
			return s
		}
	}
	return ""
}

func SetSectorSelect(sel *widget.Select, s board.Sector) {
	if s == "" {
		if len(sel.Options) > 0 && sel.Options[0] == SectorLabel("") {
			sel.SetSelected(sel.Options[0])
		}
		return
	}
	sel.SetSelected(SectorLabel(s))
}

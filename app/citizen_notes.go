package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// notesTab shows the progress notes, newest first, and adds new ones.
// Notes are append-only: a correction is a new note pointing at the old
// one, and the old one stays readable, struck through.
type notesTab struct {
	r          *citizenRecord
	entry      *kit.Entry
	correcting *board.Note
	// prefilled is the old note's text put in the box to start a
	// correction from; until it is changed it is not typed text: not
	// dirty, and taken out again when the correction is given up.
	prefilled string
	corrLabel *widget.Label
	stop      *widget.Button
	problem   *widget.Label
	list      *fyne.Container
	notes     []*board.Note
	root      fyne.CanvasObject
}

func newNotesTab(r *citizenRecord) *notesTab {
	t := &notesTab{r: r}
	t.entry = newKeyMultiLine(r.u)
	t.entry.SetMinRowsVisible(3)
	t.entry.SetPlaceHolder(T("notes.placeholder", "Write a short note… (Ctrl+Enter adds it)"))
	t.corrLabel = widget.NewLabel("")
	t.corrLabel.Hide()
	t.problem = kit.ErrorLabel()
	add := widget.NewButton(T("notes.add", "Add note")+" (Ctrl+Enter)", func() { t.add() })
	add.Importance = widget.HighImportance
	if r.u.readOnly() {
		add.Disable()
	}
	t.stop = widget.NewButton(T("notes.stop_correcting", "Not a correction"), func() { t.setCorrecting(nil) })
	t.stop.Hide()
	t.list = container.NewVBox()
	top := container.NewVBox(t.corrLabel, t.entry, t.problem, container.NewHBox(layout.NewSpacer(), t.stop, add))
	t.root = container.NewBorder(top, nil, nil, nil, container.NewVScroll(t.list))
	t.reload()
	return t
}

func (t *notesTab) focus() { t.r.u.canvas().Focus(t.entry) }

// dirty reports whether the box holds text the user typed: an untouched
// copy of the note being corrected is not, so Ctrl+S on another tab never
// saves it as a second identical note.
func (t *notesTab) dirty() bool { return t.entry.Text != "" && t.entry.Text != t.prefilled }

func (t *notesTab) reload() {
	notes, err := t.r.u.store.FindNotes(t.r.u.ctx, t.r.c.ID)
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return
	}
	t.notes = notes
	corrected := board.CorrectedBy(notes)
	t.list.RemoveAll()
	if len(notes) == 0 {
		t.list.Add(widget.NewLabel(T("notes.none", "No progress notes yet.")))
	}
	for _, n := range notes {
		t.list.Add(t.noteView(n, len(corrected[n.ID]) > 0))
	}
	t.list.Refresh()
}

// noteView is one note: when, who, the text, and a button to correct it.
func (t *notesTab) noteView(n *board.Note, corrected bool) fyne.CanvasObject {
	who := ""
	if m := t.r.u.byID[n.AuthorID]; m != nil {
		who = " · " + m.Initials
	}
	head := kit.FmtDateTime(n.At) + who
	if n.Corrects != 0 {
		head += " · " + T("notes.is_correction", "correction")
	}
	if corrected {
		head += " · " + T("notes.was_corrected", "corrected later")
	}
	headLabel := widget.NewLabel(head)
	headLabel.TextStyle.Italic = true
	headLabel.SizeName = theme.SizeNameCaptionText
	text := widget.NewRichText(&widget.TextSegment{Text: n.Text, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Strikethrough: corrected}}})
	text.Wrapping = fyne.TextWrapWord
	fix := widget.NewButton(T("notes.correct", "Correct"), func() { t.setCorrecting(n) })
	if t.r.u.readOnly() {
		fix.Disable()
	}
	return container.NewBorder(headLabel, widget.NewSeparator(), nil, fix, text)
}

// setCorrecting starts (n) or ends (nil) writing a correction of n.
func (t *notesTab) setCorrecting(n *board.Note) {
	t.correcting = n
	if n == nil {
		if t.prefilled != "" && t.entry.Text == t.prefilled {
			t.entry.SetText("")
		}
		t.prefilled = ""
		t.corrLabel.Hide()
		t.stop.Hide()
		return
	}
	t.stop.Show()
	t.corrLabel.SetText(T("notes.correcting", "Correcting the note of {{.At}}. The old note stays readable.", map[string]any{"At": kit.FmtDateTime(n.At)}))
	t.corrLabel.Show()
	if t.entry.Text == "" || t.entry.Text == t.prefilled {
		t.prefilled = n.Text
		t.entry.SetText(n.Text)
	}
	t.focus()
}

// add saves the typed note; the text stays when saving fails.
func (t *notesTab) add() bool {
	n := &board.Note{CitizenID: t.r.c.ID, Text: t.entry.Text}
	if t.r.u.me != nil {
		n.AuthorID = t.r.u.me.ID
	}
	if t.correcting != nil {
		n.Corrects = t.correcting.ID
	}
	err := n.Validate()
	if err == nil {
		err = t.r.u.addNote(n)
	}
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return false
	}
	kit.SetProblem(t.problem, "")
	t.entry.SetText("")
	t.setCorrecting(nil)
	t.reload()
	return true
}

// showQuickNote asks for one note for c from the board: N, type, Enter.
func (u *UI) showQuickNote(c *board.Citizen, after func()) *formDlg {
	e := newKeyEntry(u)
	e.SetPlaceHolder(T("notes.quick.placeholder", "Note — Enter saves"))
	save := func() error {
		n := &board.Note{CitizenID: c.ID, Text: e.Text}
		if u.me != nil {
			n.AuthorID = u.me.ID
		}
		err := n.Validate()
		if err == nil {
			err = u.addNote(n)
		}
		if err == nil && after != nil {
			after()
		}
		return err
	}
	d := u.formDialog(T("notes.quick.title", "Progress note for {{.Name}}", map[string]any{"Name": c.Name}),
		[]*widget.FormItem{widget.NewFormItem(T("notes.quick.label", "Note"), e)}, save)
	e.OnSubmitted = func(string) { d.submit() }
	u.canvas().Focus(e)
	return d
}

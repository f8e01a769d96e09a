package record

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// NotesTab shows the progress notes, newest first, and adds new ones.
// Notes are append-only: a correction is a new note pointing at the old
// one, and the old one stays readable, struck through.
type NotesTab struct {
	env        Env
	citizenID  int64
	Entry      *kit.Entry
	correcting *board.Note
	// prefilled is the old note's text put in the box to start a
	// correction from; until it is changed it is not typed text: not
	// dirty, and taken out again when the correction is given up.
	prefilled string
	corrLabel *widget.Label
	// Stop gives a correction up ("Not a correction").
	Stop    *widget.Button
	Problem *widget.Label
	List    *fyne.Container
	notes   []*board.Note
	Root    fyne.CanvasObject
}

// NewNotesTab is the notes tab of citizen citizenID, read at once.
func NewNotesTab(env Env, citizenID int64) *NotesTab {
	t := &NotesTab{env: env, citizenID: citizenID}
	t.Entry = kit.NewMultiLine(env.Entries)
	t.Entry.SetMinRowsVisible(3)
	t.Entry.SetPlaceHolder(T("notes.placeholder", "Write a short note… (Ctrl+Enter adds it)"))
	t.corrLabel = widget.NewLabel("")
	t.corrLabel.Hide()
	t.Problem = kit.ErrorLabel()
	// A refused note's message is about the text as it was: once the
	// person edits the box it no longer holds, so it goes.
	t.Entry.OnChanged = func(string) { kit.SetProblem(t.Problem, "") }
	add := widget.NewButton(T("notes.add", "Add note")+" (Ctrl+Enter)", func() { t.Add() })
	add.Importance = widget.HighImportance
	if env.readOnly() {
		add.Disable()
	}
	t.Stop = widget.NewButton(T("notes.stop_correcting", "Not a correction"), func() { t.SetCorrecting(nil) })
	t.Stop.Hide()
	t.List = container.NewVBox()
	top := container.NewVBox(t.corrLabel, t.Entry, t.Problem, container.NewHBox(layout.NewSpacer(), t.Stop, add))
	t.Root = container.NewBorder(top, nil, nil, nil, container.NewVScroll(t.List))
	t.Reload()
	return t
}

// Focus puts the cursor in the note box.
func (t *NotesTab) Focus() {
	if t.env.Focus != nil {
		t.env.Focus(t.Entry)
	}
}

// Dirty reports whether the box holds text the user typed: an untouched
// copy of the note being corrected is not, so Ctrl+S on another tab never
// saves it as a second identical note.
func (t *NotesTab) Dirty() bool { return t.Entry.Text != "" && t.Entry.Text != t.prefilled }

// Reload reads the notes again.
func (t *NotesTab) Reload() {
	notes, err := t.env.Store().FindNotes(t.env.Ctx, t.citizenID)
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	t.notes = notes
	corrected := board.CorrectedBy(notes)
	t.List.RemoveAll()
	if len(notes) == 0 {
		t.List.Add(widget.NewLabel(T("notes.none", "No progress notes yet.")))
	}
	for _, n := range notes {
		t.List.Add(t.noteView(n, len(corrected[n.ID]) > 0))
	}
	t.List.Refresh()
}

// noteView is one note: when, who, the text, and a button to correct it.
func (t *NotesTab) noteView(n *board.Note, corrected bool) fyne.CanvasObject {
	who := ""
	if m := t.env.member(n.AuthorID); m != nil {
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
	fix := widget.NewButton(T("notes.correct", "Correct"), func() { t.SetCorrecting(n) })
	if t.env.readOnly() {
		fix.Disable()
	}
	return container.NewBorder(headLabel, widget.NewSeparator(), nil, fix, text)
}

// SetCorrecting starts (n) or ends (nil) writing a correction of n.
func (t *NotesTab) SetCorrecting(n *board.Note) {
	t.correcting = n
	if n == nil {
		if t.prefilled != "" && t.Entry.Text == t.prefilled {
			t.Entry.SetText("")
		}
		t.prefilled = ""
		t.corrLabel.Hide()
		t.Stop.Hide()
		return
	}
	t.Stop.Show()
	t.corrLabel.SetText(T("notes.correcting", "Correcting the note of {{.At}}. The old note stays readable.", map[string]any{"At": kit.FmtDateTime(n.At)}))
	t.corrLabel.Show()
	if t.Entry.Text == "" || t.Entry.Text == t.prefilled {
		t.prefilled = n.Text
		t.Entry.SetText(n.Text)
	}
	t.Focus()
}

// Add saves the typed note; the text stays when saving fails.
func (t *NotesTab) Add() bool {
	n := &board.Note{CitizenID: t.citizenID, Text: t.Entry.Text}
	if me := t.env.me(); me != nil {
		n.AuthorID = me.ID
	}
	if t.correcting != nil {
		n.Corrects = t.correcting.ID
	}
	err := n.Validate()
	if err == nil {
		err = t.env.AddNote(n)
	}
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return false
	}
	kit.SetProblem(t.Problem, "")
	t.Entry.SetText("")
	t.SetCorrecting(nil)
	t.Reload()
	return true
}

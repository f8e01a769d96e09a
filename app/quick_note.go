package app

import (
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

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
			err = u.recordEnv().AddNote(n) // the record's one save path for notes
		}
		if err == nil && after != nil {
			after()
		}
		return err
	}
	d := u.dialogs.Form(T("notes.quick.title", "Progress note for {{.Name}}", map[string]any{"Name": c.Name}),
		[]*widget.FormItem{widget.NewFormItem(T("notes.quick.label", "Note"), e)}, save)
	e.OnSubmitted = func(string) { d.Submit() }
	u.canvas().Focus(e)
	return d
}

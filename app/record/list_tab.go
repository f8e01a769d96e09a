package record

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// listTab is a tab with an "add" button over a list of rows.
type listTab struct {
	env     Env
	c       *board.Citizen
	Problem *widget.Label
	List    *fyne.Container
	Root    fyne.CanvasObject
}

func newListTab(env Env, c *board.Citizen, addText string, add func()) *listTab {
	t := &listTab{env: env, c: c, Problem: kit.ErrorLabel(), List: container.NewVBox()}
	btn := widget.NewButtonWithIcon(addText, theme.ContentAddIcon(), add)
	if env.readOnly() {
		btn.Disable()
	}
	t.Root = container.NewBorder(container.NewVBox(container.NewHBox(btn, layout.NewSpacer()), t.Problem), nil, nil, nil,
		container.NewVScroll(t.List))
	return t
}

// row is one line of a list: a title, a smaller line under it and
// buttons at the right.
func (t *listTab) row(title, sub string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	main := widget.NewLabel(title)
	main.Wrapping = fyne.TextWrapWord
	main.TextStyle.Bold = true
	var body fyne.CanvasObject = main
	if sub != "" {
		s := widget.NewLabel(sub)
		s.Wrapping = fyne.TextWrapWord
		s.TextStyle.Italic = true
		body = container.NewVBox(main, s)
	}
	if t.env.readOnly() {
		for _, b := range buttons {
			if btn, ok := b.(*widget.Button); ok {
				btn.Disable()
			}
		}
	}
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(buttons...), body)
}

func (t *listTab) empty(text string) {
	if len(t.List.Objects) == 0 {
		l := widget.NewLabel(text)
		l.Importance = widget.LowImportance
		t.List.Add(l)
	}
}

// reread finds record id among rs, as read again from the file for a
// save; gone says it was deleted on another PC meanwhile.
func reread[R board.Versioned](rs []R, id int64, gone string) (R, error) {
	for _, x := range rs {
		if x.RecordID() == id {
			return x, nil
		}
	}
	var none R
	return none, board.Errorf(board.ENotFound, "%s", gone)
}

// fill shows one row per record that find reads, or none when there
// are none; a failed read is shown as the tab's problem and leaves the
// list as it was.
func fill[R any](t *listTab, find func(context.Context) ([]R, error), row func(R) fyne.CanvasObject, none string) {
	rs, err := find(t.env.Ctx)
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	t.List.RemoveAll()
	for _, r := range rs {
		t.List.Add(row(r))
	}
	t.empty(none)
	t.List.Refresh()
}

// deleteButton asks, then deletes rec (or keeps the deletion on this PC
// when the file cannot be reached) and runs after.
func deleteButton[R board.Versioned](env Env, kind outbox.Kind[R], rec R, del func(ctx context.Context, id, version int64) error, after func()) *widget.Button {
	return widget.NewButton(T("delete", "Delete"), func() {
		env.Dialogs.ConfirmDelete(func() error {
			return dialog.DeleteOrKeep(env.saver(), kind, rec, del)
		}, after)
	})
}

// rereadBy is a form's Load: it reads the records with find again and
// picks record id; gone says it was deleted on another PC meanwhile.
func rereadBy[R board.Versioned](find func(context.Context) ([]R, error), id int64, gone string) func(context.Context) (R, error) {
	return func(ctx context.Context) (R, error) {
		rs, err := find(ctx)
		if err != nil {
			var none R
			return none, err
		}
		return reread(rs, id, gone)
	}
}

// saveForm saves a form's record e.Mine: a new one (ID 0) with create,
// else as the edit e, closing d when the person chose in the conflict
// dialog. after (may be nil) runs once it was stored.
func saveForm[R board.Versioned](env Env, e dialog.Edit[R], create func(context.Context, R) error, d *dialog.Form, after func()) error {
	if e.Mine.RecordID() == 0 {
		err := dialog.SaveNew(env.saver(), e.Kind, e.Mine, create)
		if err == nil && after != nil {
			after()
		}
		return err
	}
	return dialog.SaveEdit(env.saver(), e, func(_ R, later bool, _ string) { dialog.CloseAfter(d, later, after) })
}

package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// ShowFormUntilSaved shows a form dialog, width wide, whose save may fail:
// then the problem shows under it and the form opens again with what was
// typed. saved gets the outcome of a save that went through (kept: on this
// PC only).
func ShowFormUntilSaved(w fyne.Window, title, saveText, cancelText string, width float32,
	items []*widget.FormItem, problem *widget.Label, save func() (kept bool, err error), saved func(kept bool)) {
	d := dialog.NewForm(title, saveText, cancelText, items, func(ok bool) {
		if !ok {
			return
		}
		kept, err := save()
		if err != nil {
			SetProblem(problem, ProblemText(err))
			ShowFormUntilSaved(w, title, saveText, cancelText, width, items, problem, save, saved)
			return
		}
		saved(kept)
	}, w)
	d.Resize(fyne.NewSize(width, 0))
	d.Show()
}

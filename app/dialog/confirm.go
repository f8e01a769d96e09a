package dialog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fdialog "fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// ConfirmDelete asks before deleting; a problem shows in the dialog.
func (h *Host) ConfirmDelete(del func() error, after func()) {
	h.FormWith(T("delete.title", "Delete?"), T("delete", "Delete"), []*widget.FormItem{
		widget.NewFormItem("", widget.NewLabel(T("delete.text", "Delete this for good? The history keeps a record of it."))),
	}, func() error {
		err := del()
		if err == nil {
			after()
		}
		return err
	})
}

// ConfirmUnsaved asks what to do with unsaved changes: save, throw away,
// or go back to editing.
func (h *Host) ConfirmUnsaved(save func() bool, discard func()) {
	var d fdialog.Dialog
	msg := widget.NewLabel(T("unsaved.text", "You have changes that are not saved."))
	msg.Wrapping = fyne.TextWrapWord
	saveBtn := widget.NewButton(T("unsaved.save", "Save changes"), func() {
		d.Hide()
		if save() {
			discard()
		}
	})
	saveBtn.Importance = widget.HighImportance
	drop := widget.NewButton(T("unsaved.discard", "Throw away changes"), func() { d.Hide(); discard() })
	drop.Importance = widget.DangerImportance
	keep := widget.NewButton(T("unsaved.keep", "Keep editing"), func() { d.Hide() })
	d = fdialog.NewCustomWithoutButtons(T("unsaved.title", "Unsaved changes"),
		container.NewVBox(msg, container.NewHBox(layout.NewSpacer(), keep, drop, saveBtn)), h.Win)
	d.Show()
}

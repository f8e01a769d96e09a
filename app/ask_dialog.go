package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// showAskDialog shows a dialog titled title, size large: above, then a
// line for a problem, then Cancel and the main button actText. The button
// runs act, which says a problem with say ("" clears it) or closes the
// dialog with hide. It returns what the button runs, for a field's Enter.
func (u *UI) showAskDialog(title, actText string, size fyne.Size, act func(say func(string), hide func()), above ...fyne.CanvasObject) func() {
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	run := func() { act(msg.SetText, func() { d.Hide() }) }
	btn := widget.NewButton(actText, run)
	btn.Importance = widget.HighImportance
	cancel := widget.NewButton(T("Cancel", "Cancel"), func() { d.Hide() })
	body := container.NewVBox(append(above, msg, container.NewHBox(layout.NewSpacer(), cancel, btn))...)
	d = dialog.NewCustomWithoutButtons(title, body, u.win)
	d.Resize(size)
	d.Show()
	return run
}

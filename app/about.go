package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showAbout shows the About box: the program, its version and the open
// team file, which is what support asks for first.
func (u *UI) showAbout() {
	version := u.cfg.Version
	if version == "" {
		version = "–"
	}
	title := widget.NewLabel(T("app.title", "Tavlen") + " " + version)
	title.TextStyle.Bold = true
	what := widget.NewLabel(T("about.what", "The FACT team's weekly board: citizens, plans, appointments and meetings in one shared team file."))
	what.Wrapping = fyne.TextWrapWord
	file := ""
	if u.store != nil {
		file = u.store.Path()
	}
	form := widget.NewForm(
		widget.NewFormItem(T("settings.version", "Version"), widget.NewLabel(version)),
		widget.NewFormItem(T("about.file", "Team file"), widget.NewLabel(file)),
	)
	fonts := widget.NewLabel(T("about.fonts", "Printed with the Go fonts (BSD licence)."))
	d := dialog.NewCustom(T("about.title", "About Tavlen"), T("Close", "Close"), container.NewVBox(title, what, form, fonts), u.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

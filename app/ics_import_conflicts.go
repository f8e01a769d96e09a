package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/calendar"
)

// conflictChoices lists, below the import's updates, the appointments
// changed in Tavlen after the file's version. Tavlen's version is kept
// unless the person ticks the file's, which then joins the updates.
func conflictChoices(box *fyne.Container, p *importPlan) {
	if len(p.conflicts) == 0 {
		return
	}
	h := widget.NewLabel(T("ics.import.conflicts", "Changed in Tavlen after the file's version"))
	h.TextStyle.Bold = true
	hint := widget.NewLabel(T("ics.import.conflicts.hint", "Tavlen's version is kept. Tick an appointment to take the file's version instead."))
	hint.Wrapping = fyne.TextWrapWord
	box.Add(h)
	box.Add(hint)
	for _, c := range p.conflicts {
		file := c.File
		line := apptLines([]*calendar.Appointment{c.Stored})[0] + "  →  " + apptLines([]*calendar.Appointment{file})[0]
		box.Add(container.NewVBox(widget.NewCheck(line, func(take bool) {
			p.update = slices.DeleteFunc(p.update, func(a *calendar.Appointment) bool { return a == file })
			if take {
				p.update = append(p.update, file)
			}
		})))
	}
}

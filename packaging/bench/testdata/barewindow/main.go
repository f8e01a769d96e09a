// Command barewindow is the yardstick of `make bench-start`: a bare Fyne
// window of Tavlen's size, built from the same Fyne version (go.mod), so the
// benchmark can tell Fyne's own start-up from Tavlen's.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("dk.tavlen.bench.bare")
	w := a.NewWindow("Tavlen bare window")
	w.SetContent(widget.NewLabel("Bare Fyne window"))
	w.Resize(fyne.NewSize(1440, 900))
	w.ShowAndRun()
}

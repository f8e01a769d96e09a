package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// fyne's save dialog asks before replacing a file, in English words it
// writes itself ("Overwrite?"), not through its translations. These put
// Tavlen's words there: the dialog's Save button (Enter in the name field
// presses it too) is wrapped to translate the question it opens.

// fyne's own sentences, as dialog/file.go writes them.
const (
	fyneOverwriteTitle   = "Overwrite?"
	fyneOverwritePrefix  = "Are you sure you want to overwrite the file\n"
	fyneCannotOverwrite  = "Cannot overwrite"
	fyneDirectoryNotFile = "Files cannot replace a directory,\ncheck the file name and try again"
)

// translateOverwrite makes the save dialog shown on c ask about replacing
// a file in the user's language.
func translateOverwrite(c fyne.Canvas) {
	save := findButton(overlayContent(c.Overlays().Top()), T("Save", "Save"))
	if save == nil || save.OnTapped == nil {
		return
	}
	tapped := save.OnTapped
	save.OnTapped = func() {
		tapped()
		if top := c.Overlays().Top(); top != nil {
			eachLabel(overlayContent(top), overwriteWords)
		}
	}
}

// overwriteWords translates one of fyne's replace-a-file sentences.
func overwriteWords(l *widget.Label) {
	switch {
	case l.Text == fyneOverwriteTitle:
		l.SetText(T("file.overwrite.title", "Replace the file?"))
	case strings.HasPrefix(l.Text, fyneOverwritePrefix):
		name := strings.TrimSuffix(strings.TrimPrefix(l.Text, fyneOverwritePrefix), "?")
		l.SetText(T("file.overwrite.question", "A file called {{.Name}} is there already. Replace it?", map[string]any{"Name": name}))
	case l.Text == fyneCannotOverwrite:
		l.SetText(T("file.overwrite.folder_title", "Cannot replace a folder"))
	case l.Text == fyneDirectoryNotFile:
		l.SetText(T("file.overwrite.folder", "A folder has that name. Choose another file name."))
	}
}

// findButton returns the first button with text in o's tree.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walkDialog(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && found == nil && b.Text == text {
			found = b
		}
	})
	return found
}

// eachLabel calls f for every label in o's tree.
func eachLabel(o fyne.CanvasObject, f func(*widget.Label)) {
	walkDialog(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			f(l)
		}
	})
}

// walkDialog visits o and what it holds, through the containers fyne's
// dialogs are made of.
func walkDialog(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *widget.PopUp:
		walkDialog(x.Content, visit)
	case *fyne.Container:
		for _, c := range x.Objects {
			walkDialog(c, visit)
		}
	case *container.Split:
		walkDialog(x.Leading, visit)
		walkDialog(x.Trailing, visit)
	case *container.Scroll:
		walkDialog(x.Content, visit)
	}
}

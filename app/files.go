package app

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"

	"tavlen/app/kit"
)

// The file dialogs the app uses by default; the tests put plain files in
// their place (u.saveFile, u.openFile).

// fileDialogSize is large enough to see a folder's files.
var fileDialogSize = fyne.NewSize(900, 620)

// pickSaveFile asks where to save a file called name; done gets the file
// to write and close. Nothing happens when the person cancels.
func (u *UI) pickSaveFile(parent fyne.Window, name string, exts []string, done func(io.WriteCloser)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			kit.ShowError(parent, err)
			return
		}
		if w != nil {
			done(w)
		}
	}, parent)
	d.SetFileName(name)
	if len(exts) > 0 {
		d.SetFilter(fstorage.NewExtensionFileFilter(exts))
	}
	d.SetTitleText(T("file.save_title", "Save file"))
	showFileDialog(d, parent)
	translateOverwrite(parent.Canvas())
}

// showFileDialog shows d over parent as a list (the grid breaks long
// names over two lines), in the user's language.
func showFileDialog(d *dialog.FileDialog, parent fyne.Window) {
	d.SetView(dialog.ListView)
	d.Show()
	d.Resize(fileDialogSize) // only after Show: fyne's file dialog panics before
	translatePlaces(parent.Canvas())
}

// pickOpenFile asks for a file to read; done gets it open, with its name,
// and closes it.
func (u *UI) pickOpenFile(exts []string, done func(io.ReadCloser, string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			kit.ShowError(u.win, err)
			return
		}
		if r != nil {
			done(r, r.URI().Name())
		}
	}, u.win)
	if len(exts) > 0 {
		d.SetFilter(fstorage.NewExtensionFileFilter(exts))
	}
	d.SetTitleText(T("file.open_title", "Open file"))
	showFileDialog(d, u.win)
}

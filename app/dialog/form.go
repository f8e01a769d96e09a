// Package dialog is the app's form and question dialogs, shared by the
// shell and the screens: a form with Save and Cancel and one problem line,
// "discard changes?", "delete?", "unsaved changes", and the conflict
// question (theirs beside mine) of the one save path. It knows no *UI: a
// Host carries the window and whether the file is read-only.
package dialog

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fdialog "fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
)

// T is the app's one catalogue of words.
var T = kit.T

// Host is one window's form dialogs: it opens them and keeps the open
// ones, newest last, for Escape.
type Host struct {
	Win fyne.Window
	// ReadOnly reports whether the team file is read-only; nil = never.
	ReadOnly func() bool
	open     []*Form
}

func (h *Host) readOnly() bool { return h.ReadOnly != nil && h.ReadOnly() }

// Open is the open form dialogs, newest last.
func (h *Host) Open() []*Form { return h.open }

// Newest is the form dialog opened last, or nil.
func (h *Host) Newest() *Form {
	if len(h.open) == 0 {
		return nil
	}
	return h.open[len(h.open)-1]
}

// Escape handles Escape for the newest form dialog; false when none is
// open.
func (h *Host) Escape() bool {
	fd := h.Newest()
	if fd == nil {
		return false
	}
	fd.escape()
	return true
}

// Form shows a form with Save and Cancel. save returns an error to keep
// the dialog open with the problem shown and the text kept.
func (h *Host) Form(title string, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *Form {
	return h.FormWith(title, T("Save", "Save"), items, save, extra...)
}

// FormWith is Form with another word than Save on the button.
func (h *Host) FormWith(title, saveText string, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *Form {
	return h.newForm(title, saveText, true, items, save, extra...)
}

// Ask is FormWith for a dialog that changes nothing in the team file (an
// export), so it works on a read-only file too.
func (h *Host) Ask(title, okText string, items []*widget.FormItem, ok func() error, extra ...fyne.CanvasObject) *Form {
	return h.newForm(title, okText, false, items, ok, extra...)
}

func (h *Host) newForm(title, saveText string, writes bool, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *Form {
	problem := kit.ErrorLabel()
	var d fdialog.Dialog
	fd := &Form{Problem: problem}
	doSave := func() {
		if writes && h.readOnly() {
			kit.SetProblem(problem, kit.ErrorText(board.Errorf(board.EReadOnly, "read-only")))
			return
		}
		// A panic in a save keeps the dialog and its text open with a
		// plain message, like any other failed save.
		if err := saving.Recover(save); err != nil {
			fd.ShowProblem(err)
			return
		}
		d.Hide()
		// A dialog shown while this one was open would be removed with
		// it, so follow-up dialogs wait until now.
		if fd.After != nil {
			fd.After()
		}
	}
	saveBtn := widget.NewButton(saveText, doSave)
	saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(T("Cancel", "Cancel"), func() { fd.Cancel() })
	if writes && h.readOnly() {
		saveBtn.Disable()
	}
	kit.WatchEdits(items, fd.edited) // before the form draws its fields
	form := widget.NewForm(items...)
	buttons := container.NewHBox(append(extra, layout.NewSpacer(), cancel, saveBtn)...)
	// The form scrolls inside the dialog, so a small window or large text
	// never grows the window nor pushes Save and Cancel out of reach; the
	// problem line keeps its room, so Save never moves under the mouse.
	foot := container.NewVBox(kit.ProblemSlot(problem), buttons)
	body := container.NewBorder(nil, foot, nil, nil, container.NewScroll(form))
	d = fdialog.NewCustomWithoutButtons(title, body, h.Win)
	fd.Fit = func() {
		body.Refresh()
		d.Resize(kit.DialogSize(h.Win.Canvas().Size(), form.MinSize(), foot.MinSize()))
	}
	fd.Fit()
	fd.Dialog, fd.submit, fd.Content = d, doSave, body
	fd.win, fd.writes = h.Win, writes
	fd.state = func() string { return FormState(items) }
	fd.loaded = fd.state()
	d.SetOnClosed(func() {
		for i, x := range h.open {
			if x == fd {
				h.open = append(h.open[:i], h.open[i+1:]...)
				break
			}
		}
	})
	h.open = append(h.open, fd)
	d.Show()
	fd.depth = len(h.Win.Canvas().Overlays().List())
	return fd
}

// Form is a shown form dialog; Submit saves as the Save button does.
type Form struct {
	fdialog.Dialog
	submit func()
	// Problem is the form's one problem line.
	Problem *widget.Label
	// After runs once the dialog closed after a save.
	After func()
	// Fit sizes the dialog to its content again.
	Fit     func()
	Content fyne.CanvasObject

	win    fyne.Window
	writes bool           // the form changes the team file (else Cancel never asks)
	state  func() string  // the form's values, to see changes
	loaded string         // state as the dialog opened
	depth  int            // overlays on the window once it showed
	asking fdialog.Dialog // the open "discard changes?" question, or nil
	shown  error          // the problem on show, or nil
}

// Submit saves as the Save button does.
func (fd *Form) Submit() { fd.submit() }

// Asking reports whether the "discard changes?" question is open.
func (fd *Form) Asking() bool { return fd.asking != nil }

// changed reports whether the person typed or chose anything since the
// dialog opened.
func (fd *Form) changed() bool { return fd.state != nil && fd.state() != fd.loaded }

// Cancel closes the dialog as its Cancel button does: at once when
// nothing was changed, else after asking whether to discard the changes.
func (fd *Form) Cancel() {
	if !fd.writes || !fd.changed() {
		fd.Hide()
		return
	}
	var ask fdialog.Dialog
	msg := widget.NewLabel(T("discard.text", "What you typed in this form is not saved."))
	msg.Wrapping = fyne.TextWrapWord
	discard := widget.NewButton(T("discard.discard", "Discard"), func() {
		ask.Hide()
		fd.asking = nil
		fd.Hide()
	})
	discard.Importance = widget.DangerImportance
	keep := widget.NewButton(T("discard.keep", "Keep editing"), func() {
		ask.Hide()
		fd.asking = nil
	})
	keep.Importance = widget.HighImportance
	ask = fdialog.NewCustomWithoutButtons(T("discard.title", "Discard changes?"),
		container.NewVBox(msg, container.NewHBox(layout.NewSpacer(), discard, keep)), fd.win)
	fd.asking = ask
	ask.Resize(fyne.NewSize(460, 0)) // the dialog's own height is its least
	ask.Show()
}

// escape handles Escape while the dialog is the newest form: it answers
// an open "discard?" question with "keep editing", leaves any other dialog
// over the form alone (a conflict to decide), and else cancels.
func (fd *Form) escape() {
	if fd.asking != nil {
		fd.asking.Hide()
		fd.asking = nil
		return
	}
	if len(fd.win.Canvas().Overlays().List()) > fd.depth {
		return
	}
	fd.Cancel()
}

// FormState is the values of a form's inputs as one string, to compare.
func FormState(items []*widget.FormItem) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *kit.Entry:
			b.WriteString(x.Text)
		case *widget.Entry:
			b.WriteString(x.Text)
		case *widget.Select:
			b.WriteString(x.Selected)
		case *widget.Check:
			b.WriteString(kit.BoolText(x.Checked))
		case *widget.RadioGroup:
			b.WriteString(x.Selected)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
			return
		default:
			return
		}
		b.WriteByte(0)
	}
	for _, it := range items {
		if it.Widget != nil {
			walk(it.Widget)
		}
	}
	return b.String()
}

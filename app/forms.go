package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
)

// formDialog shows a form with Save and Cancel. save returns an error to
// keep the dialog open with the problem shown and the text kept.
func (u *UI) formDialog(title string, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *formDlg {
	return u.formDialogWith(title, T("Save", "Save"), items, save, extra...)
}

// formDialogWith is formDialog with another word than Save on the button.
func (u *UI) formDialogWith(title, saveText string, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *formDlg {
	return u.newFormDialog(title, saveText, true, items, save, extra...)
}

// askDialog is formDialogWith for a dialog that changes nothing in the
// team file (an export), so it works on a read-only file too.
func (u *UI) askDialog(title, okText string, items []*widget.FormItem, ok func() error, extra ...fyne.CanvasObject) *formDlg {
	return u.newFormDialog(title, okText, false, items, ok, extra...)
}

func (u *UI) newFormDialog(title, saveText string, writes bool, items []*widget.FormItem, save func() error, extra ...fyne.CanvasObject) *formDlg {
	problem := kit.ErrorLabel()
	var d dialog.Dialog
	fd := &formDlg{problem: problem}
	doSave := func() {
		if writes && u.readOnly() {
			kit.SetProblem(problem, kit.ErrorText(board.Errorf(board.EReadOnly, "read-only")))
			return
		}
		// A panic in a save keeps the dialog and its text open with a
		// plain message, like any other failed save.
		if err := saving.Recover(save); err != nil {
			fd.showProblem(err)
			return
		}
		d.Hide()
		// A dialog shown while this one was open would be removed with
		// it, so follow-up dialogs wait until now.
		if fd.after != nil {
			fd.after()
		}
	}
	saveBtn := widget.NewButton(saveText, doSave)
	saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(T("Cancel", "Cancel"), func() { fd.cancel() })
	if writes && u.readOnly() {
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
	d = dialog.NewCustomWithoutButtons(title, body, u.win)
	fd.fit = func() {
		body.Refresh()
		d.Resize(kit.DialogSize(u.win.Canvas().Size(), form.MinSize(), foot.MinSize()))
	}
	fd.fit()
	fd.Dialog, fd.submit, fd.content = d, doSave, body
	fd.u, fd.writes = u, writes
	fd.state = func() string { return formState(items) }
	fd.loaded = fd.state()
	d.SetOnClosed(func() {
		for i, x := range u.dialogs {
			if x == fd {
				u.dialogs = append(u.dialogs[:i], u.dialogs[i+1:]...)
				break
			}
		}
	})
	u.dialogs = append(u.dialogs, fd)
	d.Show()
	fd.depth = len(u.win.Canvas().Overlays().List())
	return fd
}

// formDlg is a shown form dialog; submit saves as the Save button does.
type formDlg struct {
	dialog.Dialog
	submit  func()
	problem *widget.Label
	after   func() // runs once the dialog closed after a save
	fit     func() // sizes the dialog to its content again
	content fyne.CanvasObject

	u      *UI
	writes bool          // the form changes the team file (else Cancel never asks)
	state  func() string // the form's values, to see changes
	loaded string        // state as the dialog opened
	depth  int           // overlays on the window once it showed
	asking dialog.Dialog // the open "discard changes?" question, or nil
	shown  error         // the problem on show, or nil
}

// changed reports whether the person typed or chose anything since the
// dialog opened.
func (fd *formDlg) changed() bool { return fd.state != nil && fd.state() != fd.loaded }

// cancel closes the dialog as its Cancel button does: at once when nothing
// was changed, else after asking whether to discard the changes.
func (fd *formDlg) cancel() {
	if !fd.writes || !fd.changed() {
		fd.Hide()
		return
	}
	var ask dialog.Dialog
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
	ask = dialog.NewCustomWithoutButtons(T("discard.title", "Discard changes?"),
		container.NewVBox(msg, container.NewHBox(layout.NewSpacer(), discard, keep)), fd.u.win)
	fd.asking = ask
	ask.Resize(fyne.NewSize(460, 0)) // the dialog's own height is its least
	ask.Show()
}

// escape handles Escape while the dialog is the newest form: it answers
// an open "discard?" question with "keep editing", leaves any other dialog
// over the form alone (a conflict to decide), and else cancels.
func (fd *formDlg) escape() {
	if fd.asking != nil {
		fd.asking.Hide()
		fd.asking = nil
		return
	}
	if len(fd.u.win.Canvas().Overlays().List()) > fd.depth {
		return
	}
	fd.cancel()
}

// formState is the values of a form's inputs as one string, to compare.
func formState(items []*widget.FormItem) string {
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
			b.WriteString(boolText(x.Checked))
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

// memberOptions lists "AB – Name" for the members, with an optional first
// "nobody" entry.
func (u *UI) memberOptions(nobody string) ([]string, []int64) {
	var opts []string
	var ids []int64
	if nobody != "" {
		opts, ids = append(opts, nobody), append(ids, 0)
	}
	for _, m := range u.activeMembers() {
		opts = append(opts, m.Initials+" – "+m.Name)
		ids = append(ids, m.ID)
	}
	return opts, ids
}

func (u *UI) memberLabel(id int64) string {
	if m := u.byID[id]; m != nil {
		return m.Initials + " – " + m.Name
	}
	return ""
}

// confirmUnsaved asks what to do with unsaved changes: save, throw away,
// or go back to editing.
func (u *UI) confirmUnsaved(save func() bool, discard func()) {
	var d dialog.Dialog
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
	d = dialog.NewCustomWithoutButtons(T("unsaved.title", "Unsaved changes"),
		container.NewVBox(msg, container.NewHBox(layout.NewSpacer(), keep, drop, saveBtn)), u.win)
	d.Show()
}

// memberPicker is a grid of check boxes, one per active member, so a long
// team fits in a form.
type memberPicker struct {
	checks    []*widget.Check
	ids       []int64
	grid      *fyne.Container
	OnChanged func()
}

func (u *UI) newMemberPicker(columns int) *memberPicker {
	p := &memberPicker{}
	var objs []fyne.CanvasObject
	for _, m := range u.activeMembers() {
		c := widget.NewCheck(m.Initials+" – "+m.Name, func(bool) {
			if p.OnChanged != nil {
				p.OnChanged()
			}
		})
		p.checks = append(p.checks, c)
		p.ids = append(p.ids, m.ID)
		objs = append(objs, c)
	}
	p.grid = container.NewGridWithColumns(columns, objs...)
	return p
}

// set ticks exactly the given members.
func (p *memberPicker) set(ids []int64) {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for i, c := range p.checks {
		c.SetChecked(want[p.ids[i]])
	}
}

// selected returns the ticked members in team order.
func (p *memberPicker) selected() []int64 {
	var out []int64
	for i, c := range p.checks {
		if c.Checked {
			out = append(out, p.ids[i])
		}
	}
	return out
}

// key is the selection as text, to see changes.
func (p *memberPicker) key() string {
	s := ""
	for _, c := range p.checks {
		s += boolText(c.Checked)
	}
	return s
}

// disable makes the picker read-only.
func (p *memberPicker) disable() {
	for _, c := range p.checks {
		c.Disable()
	}
}

// confirmDelete asks before deleting; a problem shows in the dialog.
func (u *UI) confirmDelete(del func() error, after func()) {
	u.formDialogWith(T("delete.title", "Delete?"), T("delete", "Delete"), []*widget.FormItem{
		widget.NewFormItem("", widget.NewLabel(T("delete.text", "Delete this for good? The history keeps a record of it."))),
	}, func() error {
		err := del()
		if err == nil {
			after()
		}
		return err
	})
}

package dialog

import (
	"fmt"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fdialog "fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
)

// ShowConflict lets the person choose after another PC changed the same
// fields of a record: their version beside mine, keep theirs, or apply
// mine on top of theirs. done gets the record as stored after either
// choice; "back to my text" closes the dialog and keeps the typed text.
func ShowConflict[R board.Versioned](s Saver, e Edit[R], theirs R, conflicts []string, done func(R)) fdialog.Dialog {
	conflict := map[string]bool{}
	for _, f := range conflicts {
		conflict[f] = true
	}
	by, at := theirs.Stamped().UpdatedBy, theirs.Stamped().UpdatedAt
	grid := container.NewGridWithColumns(3,
		kit.BoldLabel(T("live.conflict.field", "Field")),
		kit.BoldLabel(T("live.conflict.theirs", "Saved by {{.By}} at {{.At}}", map[string]any{"By": by, "At": kit.FmtDateTime(at)})),
		kit.BoldLabel(T("live.conflict.mine", "Yours")))
	for _, name := range board.ChangedFields(theirs, e.Mine) {
		var f Field[R]
		if e.Fields != nil {
			f = e.Fields(name)
		}
		if f.Text == nil {
			f.Text = func(v R) string { return FieldString(v, name) }
		}
		if f.Label == "" {
			f.Label = name
		}
		l := widget.NewLabel(f.Label)
		t, m := kit.WrapLabel(f.Text(theirs)), kit.WrapLabel(f.Text(e.Mine))
		if conflict[name] {
			l.TextStyle.Bold = true
			m.Importance = widget.WarningImportance
		}
		grid.Add(l)
		grid.Add(t)
		grid.Add(m)
	}
	problem := kit.ErrorLabel()
	var d fdialog.Dialog
	// "Keep theirs" settles only the clashing fields: what I changed that
	// they did not is still saved (it was lost before, unseen below the
	// dialog's fold).
	keepTheirs := widget.NewButton(T("live.conflict.keep_theirs", "Keep theirs"), func() {
		rest, _ := board.Merge3(e.Base, e.Mine, theirs)
		if len(board.ChangedFields(rest, theirs)) == 0 {
			d.Hide()
			done(theirs)
			return
		}
		if err := saving.Recover(func() error { return e.Save(s.Ctx, rest) }); err != nil {
			kit.SetProblem(problem, kit.ProblemText(err))
			return
		}
		d.Hide()
		done(rest)
	})
	applyMine := widget.NewButton(T("live.conflict.apply_mine", "Apply mine on top"), nil)
	applyMine.Importance = widget.HighImportance
	applyMine.OnTapped = func() {
		top := board.MineOnTop(e.Base, e.Mine, theirs)
		if err := saving.Recover(func() error { return e.Save(s.Ctx, top) }); err != nil {
			kit.SetProblem(problem, kit.ProblemText(err))
			return
		}
		d.Hide()
		done(top)
	}
	back := widget.NewButton(T("live.conflict.back", "Back to my text"), func() { d.Hide() })
	intro := e.Intro
	if intro == "" {
		intro = T("live.conflict.intro_any", "{{.By}} saved this while you were editing, and changed some of the same fields (in bold). Nothing is lost yet: choose which version to keep.",
			map[string]any{"By": by})
	}
	if rest, _ := board.Merge3(e.Base, e.Mine, theirs); len(board.ChangedFields(rest, theirs)) > 0 {
		intro += " " + T("live.conflict.rest_saved", "Your changes to the other fields are saved with either choice.")
	}
	content := container.NewBorder(kit.WrapLabel(intro), container.NewVBox(problem, container.NewHBox(layout.NewSpacer(), back, keepTheirs, applyMine)),
		nil, nil, container.NewVScroll(container.NewVBox(grid))) // rows at the top, not spread out
	d = fdialog.NewCustomWithoutButtons(T("live.conflict.title", "Changed on another PC"), content, s.Dialogs.Win)
	// As large as the window allows: wrapped values only know their height
	// once laid out, and an estimate left them one line high in a strip.
	d.Resize(kit.ReadingDialogSize(s.Dialogs.Win.Canvas().Size(), fyne.NewSize(900, 600)))
	d.Show()
	return d
}

// FieldString shows a field the dialog has no own text for.
func FieldString(v any, name string) string {
	s := reflect.Indirect(reflect.ValueOf(v))
	f := s.FieldByName(name)
	if !f.IsValid() {
		return ""
	}
	switch x := f.Interface().(type) {
	case board.Date:
		return kit.FmtDate(x)
	case time.Time:
		return kit.FmtDateTime(x)
	case bool:
		return YesNo(x)
	}
	return fmt.Sprint(f.Interface())
}

// YesNo is a yes/no field's value in words.
func YesNo(b bool) string {
	if b {
		return T("Yes", "Yes")
	}
	return T("No", "No")
}

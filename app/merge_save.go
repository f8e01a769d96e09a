package app

import (
	"context"
	"fmt"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// Every form saves an edit through the one save path (package saving,
// over board.SaveMerged): when another PC
// saved the same record meanwhile, fields only one side changed are merged
// without a question, and fields both changed open the conflict dialog
// (their version beside mine, keep theirs, or apply mine on top). Typed
// text is never thrown away without the person choosing so.

// mergeEdit is one save of an edited record of type R (a pointer to a
// domain struct).
type mergeEdit[R board.Versioned] struct {
	kind       outbox.Kind[R]                             // how the outbox keeps it when the file is gone
	base, mine R                                          // as read for the form, and as edited
	load       func(context.Context) (R, error)           // reads the stored version again
	save       func(context.Context, R) error             // the service's update (version checked)
	fields     func(u *UI, field string) conflictField[R] // names and shows a field in the dialog
	intro      string                                     // the dialog's first sentence; "" = the general one
}

// conflictField is how the conflict dialog names and shows one field.
type conflictField[R any] struct {
	label string
	text  func(R) string
}

// errAsked keeps a form open after a conflict: the conflict dialog now
// asks, and the form's typed text stays until the person chose.
var errAsked = kit.ErrPlain("")

// saveEdit saves e. On success stored gets the record as now stored
// (later=false) and a note to show when another PC's changes were merged
// in ("" when none). When both changed the same fields it opens the
// conflict dialog and returns errAsked; stored then runs after the person
// chose to keep theirs or apply mine (later=true). When the file cannot
// be reached or stays busy, the edit is kept on this PC (kept.go) and
// stored gets mine with a note saying so. Other errors come back as they
// are, with nothing lost.
func saveEdit[R board.Versioned](u *UI, e mergeEdit[R], stored func(v R, later bool, note string)) error {
	res, err := saving.Update(u.ctx, u.keeper(), e.kind, e.base, e.mine, e.load, e.save)
	switch {
	case err == nil && res.Kept:
		stored(e.mine, false, keptText())
		return nil
	case err == nil:
		note := ""
		if res.AutoMerged {
			note = T("live.merged", "Saved together with the changes {{.By}} made meanwhile.", map[string]any{"By": res.Theirs.Stamped().UpdatedBy})
		}
		stored(res.Saved, false, note)
		return nil
	case board.ErrorCode(err) == board.EConflict && len(res.Conflicts) > 0:
		showConflictOf(u, e, res.Theirs, res.Conflicts, func(v R) { stored(v, true, "") })
		return errAsked
	}
	return err
}

// showConflict is the conflict dialog for a citizen (the overview form
// and kept edits replayed from the outbox).
func (u *UI) showConflict(base, mine, theirs *board.Citizen, conflicts []string, done func(*board.Citizen)) {
	showConflictOf(u, mergeEdit[*board.Citizen]{kind: outbox.KindCitizen, base: base, mine: mine, save: u.store.UpdateCitizen, fields: citizenField,
		intro: T("live.conflict.intro", "{{.By}} saved this citizen while you were editing, and changed some of the same fields (in bold). Nothing is lost yet: choose which version to keep.",
			map[string]any{"By": theirs.UpdatedBy})}, theirs, conflicts, done)
}

// showConflictOf lets the person choose after another PC changed the same
// fields of a record: their version beside mine, keep theirs, or apply
// mine on top of theirs. done gets the record as stored after either
// choice; "back to my text" closes the dialog and keeps the typed text.
func showConflictOf[R board.Versioned](u *UI, e mergeEdit[R], theirs R, conflicts []string, done func(R)) dialog.Dialog {
	conflict := map[string]bool{}
	for _, f := range conflicts {
		conflict[f] = true
	}
	by, at := theirs.Stamped().UpdatedBy, theirs.Stamped().UpdatedAt
	grid := container.NewGridWithColumns(3,
		kit.BoldLabel(T("live.conflict.field", "Field")),
		kit.BoldLabel(T("live.conflict.theirs", "Saved by {{.By}} at {{.At}}", map[string]any{"By": by, "At": kit.FmtDateTime(at)})),
		kit.BoldLabel(T("live.conflict.mine", "Yours")))
	for _, name := range board.ChangedFields(theirs, e.mine) {
		f := e.fields(u, name)
		if f.text == nil {
			f.text = func(v R) string { return fieldString(v, name) }
		}
		if f.label == "" {
			f.label = name
		}
		l := widget.NewLabel(f.label)
		t, m := kit.WrapLabel(f.text(theirs)), kit.WrapLabel(f.text(e.mine))
		if conflict[name] {
			l.TextStyle.Bold = true
			m.Importance = widget.WarningImportance
		}
		grid.Add(l)
		grid.Add(t)
		grid.Add(m)
	}
	problem := kit.ErrorLabel()
	var d dialog.Dialog
	keepTheirs := widget.NewButton(T("live.conflict.keep_theirs", "Keep theirs"), func() {
		d.Hide()
		done(theirs)
	})
	applyMine := widget.NewButton(T("live.conflict.apply_mine", "Apply mine on top"), nil)
	applyMine.Importance = widget.HighImportance
	applyMine.OnTapped = func() {
		top := board.MineOnTop(e.base, e.mine, theirs)
		if err := saving.Recover(func() error { return e.save(u.ctx, top) }); err != nil {
			kit.SetProblem(problem, kit.ProblemText(err))
			return
		}
		d.Hide()
		done(top)
	}
	back := widget.NewButton(T("live.conflict.back", "Back to my text"), func() { d.Hide() })
	intro := e.intro
	if intro == "" {
		intro = T("live.conflict.intro_any", "{{.By}} saved this while you were editing, and changed some of the same fields (in bold). Nothing is lost yet: choose which version to keep.",
			map[string]any{"By": by})
	}
	content := container.NewBorder(kit.WrapLabel(intro), container.NewVBox(problem, container.NewHBox(layout.NewSpacer(), back, keepTheirs, applyMine)),
		nil, nil, container.NewVScroll(container.NewVBox(grid))) // rows at the top, not spread out
	d = dialog.NewCustomWithoutButtons(T("live.conflict.title", "Changed on another PC"), content, u.win)
	d.Resize(fyne.NewSize(900, fyne.Min(560, content.MinSize().Height+grid.MinSize().Height+80)))
	d.Show()
	return d
}

// fieldString shows a field the dialog has no own text for.
func fieldString(v any, name string) string {
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
		return yesNo(x)
	}
	return fmt.Sprint(f.Interface())
}

func yesNo(b bool) string {
	if b {
		return T("Yes", "Yes")
	}
	return T("No", "No")
}

// closeAfter runs after a form dialog's record was stored; later means the
// person chose in the conflict dialog, so the form is still open and
// closes now.
func closeAfter(d *formDlg, later bool, after func()) {
	if later && d != nil {
		d.Hide()
	}
	if after != nil {
		after()
	}
}

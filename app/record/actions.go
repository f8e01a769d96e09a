package record

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// ActionsTab lists the citizen's actions: who does what by when.
type ActionsTab struct {
	*listTab
	now board.Date
}

func newActionsTab(env Env, c *board.Citizen, now board.Date) *ActionsTab {
	t := &ActionsTab{now: now}
	t.listTab = newListTab(env, c, T("actions.add", "New action"), func() {
		t.Edit(&board.Action{CitizenID: c.ID, Status: board.ActionOpen})
	})
	t.Reload()
	return t
}

// Reload reads the actions again.
func (t *ActionsTab) Reload() {
	env := t.env
	fill(t.listTab, actionsOf(env, t.c.ID), func(a *board.Action) fyne.CanvasObject {
		var parts []string
		if m := env.member(a.ResponsibleID); m != nil {
			parts = append(parts, m.Initials)
		} else {
			parts = append(parts, T("actions.citizen_does", "citizen or network"))
		}
		if a.Sector != "" {
			parts = append(parts, kit.SectorLabel(a.Sector))
		}
		if !a.Due.IsZero() {
			parts = append(parts, T("actions.due_on", "due {{.On}}", map[string]any{"On": kit.FmtDate(a.Due)}))
		}
		parts = append(parts, kit.ActionStatusLabel(a.Status))
		if a.Overdue(t.now) {
			parts = append(parts, T("attention.action_overdue", "Action overdue"))
		}
		edit := widget.NewButton(T("edit", "Edit"), func() { t.Edit(a) })
		done := widget.NewButton(T("actions.mark_done", "Done"), func() {
			na := *a
			na.Status, na.DoneOn = board.ActionDone, t.now
			err := dialog.SaveEdit(env.saver(), t.merge(a, &na), func(*board.Action, bool, string) { t.Reload() })
			if err != nil && err != dialog.ErrAsked {
				kit.SetProblem(t.Problem, kit.ErrorText(err))
				return
			}
			kit.SetProblem(t.Problem, "")
		})
		if a.Status != board.ActionOpen {
			done.Hide()
		}
		del := deleteButton(env, outbox.KindAction, a, env.Store().DeleteAction, t.Reload)
		return t.row(a.Text, strings.Join(parts, " · "), done, edit, del)
	}, T("actions.none", "No actions yet: who does what by when."))
}

// actionsOf reads citizen's actions.
func actionsOf(env Env, citizen int64) func(context.Context) ([]*board.Action, error) {
	return func(ctx context.Context) ([]*board.Action, error) {
		return env.Store().FindActions(ctx, board.ActionFilter{CitizenID: citizen})
	}
}

// merge is the save of mine, an edit of action a, merged with another
// PC's save of it meanwhile.
func (t *ActionsTab) merge(a, mine *board.Action) dialog.Edit[*board.Action] {
	env := t.env
	return dialog.Edit[*board.Action]{Kind: outbox.KindAction, Base: a, Mine: mine, Save: env.Store().UpdateAction,
		Fields: func(field string) dialog.Field[*board.Action] { return ActionField(env.Member, field) },
		Load:   rereadBy(actionsOf(env, a.CitizenID), a.ID, "The action was deleted.")}
}

// Edit opens the form for action a (a new one when its ID is 0).
func (t *ActionsTab) Edit(a *board.Action) {
	env := t.env
	text := env.multiLine()
	text.SetText(a.Text)
	text.SetMinRowsVisible(2)
	opts, ids := dialog.MemberOptions(env.members(), T("actions.citizen_does", "citizen or network"))
	who := widget.NewSelect(opts, nil)
	for i, id := range ids {
		if id == a.ResponsibleID {
			who.SetSelectedIndex(i)
		}
	}
	sector := kit.NewSectorSelect(true)
	kit.SetSectorSelect(sector, a.Sector)
	who.OnChanged = func(string) {
		if m := env.member(ids[who.SelectedIndex()]); m != nil {
			kit.SetSectorSelect(sector, m.Sector)
		}
	}
	due := env.dateEntry(a.Due)
	var statusOpts []string
	for _, s := range board.ActionStatuses {
		statusOpts = append(statusOpts, kit.ActionStatusLabel(s))
	}
	status := widget.NewSelect(statusOpts, nil)
	status.SetSelected(kit.ActionStatusLabel(a.Status))
	var d *dialog.Form
	d = env.Dialogs.Form(T("actions.edit", "Action"), []*widget.FormItem{
		widget.NewFormItem(T("actions.text", "What is to be done"), text),
		widget.NewFormItem(T("actions.who", "Who does it"), who),
		widget.NewFormItem(T("actions.sector", "Sector"), sector),
		widget.NewFormItem(T("actions.due", "Due date"), due),
		widget.NewFormItem(T("actions.status", "Status"), status),
	}, func() error {
		na := *a
		na.Text = text.Text
		if i := who.SelectedIndex(); i >= 0 {
			na.ResponsibleID = ids[i]
		}
		na.Sector = kit.SectorFromSelect(sector)
		var err error
		if na.Due, err = kit.ReadDate(due, T("actions.due", "Due date")); err != nil {
			return err
		}
		for _, s := range board.ActionStatuses {
			if status.Selected == kit.ActionStatusLabel(s) {
				na.Status = s
			}
		}
		if na.Status == board.ActionDone && na.DoneOn.IsZero() {
			na.DoneOn = t.now
		}
		if err := na.Validate(); err != nil {
			return err
		}
		return saveForm(env, t.merge(a, &na), env.Store().CreateAction, d, t.Reload)
	})
	env.focus(text)
}

package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// listTab is a tab with an "add" button over a list of rows.
type listTab struct {
	r       *citizenRecord
	problem *widget.Label
	list    *fyne.Container
	root    fyne.CanvasObject
}

func newListTab(r *citizenRecord, addText string, add func()) *listTab {
	t := &listTab{r: r, problem: kit.ErrorLabel(), list: container.NewVBox()}
	btn := widget.NewButtonWithIcon(addText, theme.ContentAddIcon(), add)
	if r.u.readOnly() {
		btn.Disable()
	}
	t.root = container.NewBorder(container.NewVBox(container.NewHBox(btn, layout.NewSpacer()), t.problem), nil, nil, nil,
		container.NewVScroll(t.list))
	return t
}

// row is one line of a list: a title, a smaller line under it and
// buttons at the right.
func (t *listTab) row(title, sub string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	main := widget.NewLabel(title)
	main.Wrapping = fyne.TextWrapWord
	main.TextStyle.Bold = true
	var body fyne.CanvasObject = main
	if sub != "" {
		s := widget.NewLabel(sub)
		s.Wrapping = fyne.TextWrapWord
		s.TextStyle.Italic = true
		body = container.NewVBox(main, s)
	}
	if t.r.u.readOnly() {
		for _, b := range buttons {
			if btn, ok := b.(*widget.Button); ok {
				btn.Disable()
			}
		}
	}
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(buttons...), body)
}

func (t *listTab) empty(text string) {
	if len(t.list.Objects) == 0 {
		l := widget.NewLabel(text)
		l.Importance = widget.LowImportance
		t.list.Add(l)
	}
}

// ---- Goals ----

type goalsTab struct {
	*listTab
	goals []*board.Goal
}

func newGoalsTab(r *citizenRecord) *goalsTab {
	t := &goalsTab{}
	t.listTab = newListTab(r, T("goals.add", "New goal"), func() { t.edit(&board.Goal{CitizenID: r.c.ID}) })
	t.reload()
	return t
}

func (t *goalsTab) reload() {
	plan, err := t.r.u.store.FindPlan(t.r.u.ctx, t.r.c.ID)
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return
	}
	t.goals = plan.Goals
	t.list.RemoveAll()
	for _, g := range plan.Goals {
		g := g
		edit := widget.NewButton(T("edit", "Edit"), func() { t.edit(g) })
		del := widget.NewButton(T("delete", "Delete"), func() {
			t.r.u.dialogs.ConfirmDelete(func() error { return deleteOrKeep(t.r.u, outbox.KindGoal, g, t.r.u.store.DeleteGoal) }, t.reload)
		})
		t.list.Add(t.row("“"+g.Text+"”", g.LifeArea, edit, del))
	}
	t.empty(T("goals.none", "No goals yet. Write them in the citizen's own words."))
	t.list.Refresh()
}

func (t *goalsTab) edit(g *board.Goal) {
	u := t.r.u
	text := newKeyMultiLine(u)
	text.SetText(g.Text)
	text.SetMinRowsVisible(3)
	area := newKeyEntry(u)
	area.SetText(g.LifeArea)
	area.SetPlaceHolder(T("goals.area.placeholder", "e.g. housing, health, network, work"))
	title := T("goals.edit", "Goal")
	var d *formDlg
	d = u.dialogs.Form(title, []*widget.FormItem{
		widget.NewFormItem(T("goals.text", "In the citizen's words"), text),
		widget.NewFormItem(T("goals.area", "Life area"), area),
	}, func() error {
		ng := *g
		ng.Text, ng.LifeArea = text.Text, strings.TrimSpace(area.Text)
		if err := ng.Validate(); err != nil {
			return err
		}
		if ng.ID == 0 {
			ng.Position = len(t.goals) + 1
			err := saveNew(u, outbox.KindGoal, &ng, u.store.CreateGoal)
			if err == nil {
				t.reload()
			}
			return err
		}
		return saveEdit(u, mergeEdit[*board.Goal]{kind: outbox.KindGoal, base: g, mine: &ng, save: u.store.UpdateGoal, fields: goalField,
			load: func(ctx context.Context) (*board.Goal, error) {
				plan, err := u.store.FindPlan(ctx, g.CitizenID)
				if err != nil {
					return nil, err
				}
				for _, x := range plan.Goals {
					if x.ID == g.ID {
						return x, nil
					}
				}
				return nil, board.Errorf(board.ENotFound, "The goal was deleted.")
			}}, func(_ *board.Goal, later bool, _ string) { closeAfter(d, later, t.reload) })
	})
	u.canvas().Focus(text)
}

// ---- Actions ----

type actionsTab struct {
	*listTab
}

func newActionsTab(r *citizenRecord) *actionsTab {
	t := &actionsTab{}
	t.listTab = newListTab(r, T("actions.add", "New action"), func() {
		t.edit(&board.Action{CitizenID: r.c.ID, Status: board.ActionOpen})
	})
	t.reload()
	return t
}

func (t *actionsTab) reload() {
	u := t.r.u
	actions, err := u.store.FindActions(u.ctx, board.ActionFilter{CitizenID: t.r.c.ID})
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return
	}
	t.list.RemoveAll()
	for _, a := range actions {
		a := a
		var parts []string
		if m := u.byID[a.ResponsibleID]; m != nil {
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
		if a.Overdue(t.r.now) {
			parts = append(parts, T("attention.action_overdue", "Action overdue"))
		}
		edit := widget.NewButton(T("edit", "Edit"), func() { t.edit(a) })
		done := widget.NewButton(T("actions.mark_done", "Done"), func() {
			na := *a
			na.Status, na.DoneOn = board.ActionDone, t.r.now
			err := saveEdit(u, t.merge(a, &na), func(*board.Action, bool, string) { t.reload() })
			if err != nil && err != errAsked {
				kit.SetProblem(t.problem, kit.ErrorText(err))
				return
			}
			kit.SetProblem(t.problem, "")
		})
		if a.Status != board.ActionOpen {
			done.Hide()
		}
		del := widget.NewButton(T("delete", "Delete"), func() {
			u.dialogs.ConfirmDelete(func() error { return deleteOrKeep(u, outbox.KindAction, a, u.store.DeleteAction) }, t.reload)
		})
		t.list.Add(t.row(a.Text, strings.Join(parts, " · "), done, edit, del))
	}
	t.empty(T("actions.none", "No actions yet: who does what by when."))
	t.list.Refresh()
}

// merge is the save of mine, an edit of action a, merged with another
// PC's save of it meanwhile.
func (t *actionsTab) merge(a, mine *board.Action) mergeEdit[*board.Action] {
	u := t.r.u
	return mergeEdit[*board.Action]{kind: outbox.KindAction, base: a, mine: mine, save: u.store.UpdateAction, fields: actionField,
		load: func(ctx context.Context) (*board.Action, error) {
			as, err := u.store.FindActions(ctx, board.ActionFilter{CitizenID: a.CitizenID})
			if err != nil {
				return nil, err
			}
			for _, x := range as {
				if x.ID == a.ID {
					return x, nil
				}
			}
			return nil, board.Errorf(board.ENotFound, "The action was deleted.")
		}}
}

func (t *actionsTab) edit(a *board.Action) {
	u := t.r.u
	text := newKeyMultiLine(u)
	text.SetText(a.Text)
	text.SetMinRowsVisible(2)
	opts, ids := u.memberOptions(T("actions.citizen_does", "citizen or network"))
	who := widget.NewSelect(opts, nil)
	for i, id := range ids {
		if id == a.ResponsibleID {
			who.SetSelectedIndex(i)
		}
	}
	sector := kit.NewSectorSelect(true)
	kit.SetSectorSelect(sector, a.Sector)
	who.OnChanged = func(string) {
		if m := u.byID[ids[who.SelectedIndex()]]; m != nil {
			kit.SetSectorSelect(sector, m.Sector)
		}
	}
	due := newDateEntry(u, a.Due)
	var statusOpts []string
	for _, s := range board.ActionStatuses {
		statusOpts = append(statusOpts, kit.ActionStatusLabel(s))
	}
	status := widget.NewSelect(statusOpts, nil)
	status.SetSelected(kit.ActionStatusLabel(a.Status))
	var d *formDlg
	d = u.dialogs.Form(T("actions.edit", "Action"), []*widget.FormItem{
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
			na.DoneOn = t.r.now
		}
		if err := na.Validate(); err != nil {
			return err
		}
		if na.ID == 0 {
			if err = saveNew(u, outbox.KindAction, &na, u.store.CreateAction); err == nil {
				t.reload()
			}
			return err
		}
		return saveEdit(u, t.merge(a, &na), func(_ *board.Action, later bool, _ string) { closeAfter(d, later, t.reload) })
	})
	u.canvas().Focus(text)
}

// ---- Crisis plan ----

// crisisForm edits the crisis plan: warning signs, what helps, whom to
// call, in the citizen's words.
type crisisForm struct {
	r                  *citizenRecord
	plan               *board.CrisisPlan
	signs, helps, call *kit.Entry
	problem            *widget.Label
	loaded             string
	root               fyne.CanvasObject
}

func newCrisisForm(r *citizenRecord) *crisisForm {
	u := r.u
	f := &crisisForm{r: r, problem: kit.ErrorLabel()}
	f.signs, f.helps, f.call = newKeyMultiLine(u), newKeyMultiLine(u), newKeyMultiLine(u)
	for _, e := range []*kit.Entry{f.signs, f.helps, f.call} {
		e.SetMinRowsVisible(4)
	}
	save := widget.NewButton(T("Save", "Save")+" (Ctrl+S)", func() { f.save() })
	save.Importance = widget.HighImportance
	if u.readOnly() {
		save.Disable()
	}
	undo := widget.NewButton(T("record.undo", "Undo changes"), func() { f.load(f.plan) })
	form := widget.NewForm(
		widget.NewFormItem(T("crisis.signs", "Warning signs"), f.signs),
		widget.NewFormItem(T("crisis.helps", "What helps"), f.helps),
		widget.NewFormItem(T("crisis.call", "Whom to call"), f.call),
	)
	f.root = container.NewBorder(nil, container.NewVBox(f.problem, container.NewHBox(layout.NewSpacer(), undo, save)), nil, nil,
		container.NewVScroll(form))
	plan, err := u.store.FindPlan(u.ctx, r.c.ID)
	if err != nil {
		kit.SetProblem(f.problem, kit.ErrorText(err))
	} else {
		f.load(plan.Crisis)
	}
	return f
}

func (f *crisisForm) load(p *board.CrisisPlan) {
	if p == nil {
		p = &board.CrisisPlan{CitizenID: f.r.c.ID}
	}
	f.plan = p
	f.signs.SetText(p.WarningSigns)
	f.helps.SetText(p.WhatHelps)
	f.call.SetText(p.WhomToCall)
	f.loaded = f.values()
}

func (f *crisisForm) values() string {
	return f.signs.Text + "\x00" + f.helps.Text + "\x00" + f.call.Text
}

func (f *crisisForm) dirty() bool { return f.plan != nil && f.values() != f.loaded }

func (f *crisisForm) save() bool {
	p := *f.plan
	p.CitizenID = f.r.c.ID
	p.WarningSigns = strings.TrimSpace(f.signs.Text)
	p.WhatHelps = strings.TrimSpace(f.helps.Text)
	p.WhomToCall = strings.TrimSpace(f.call.Text)
	u := f.r.u
	load := func(ctx context.Context) (*board.CrisisPlan, error) {
		plan, err := u.store.FindPlan(ctx, f.r.c.ID)
		if err != nil {
			return nil, err
		}
		if plan.Crisis == nil {
			return &board.CrisisPlan{CitizenID: f.r.c.ID}, nil
		}
		return plan.Crisis, nil
	}
	err := saveEdit(u, mergeEdit[*board.CrisisPlan]{kind: outbox.KindCrisis, base: f.plan, mine: &p, load: load, save: u.store.SaveCrisisPlan, fields: crisisField},
		func(stored *board.CrisisPlan, _ bool, note string) {
			f.problem.Importance = widget.SuccessImportance
			if note == keptText() {
				f.problem.Importance = widget.WarningImportance
			}
			kit.SetProblem(f.problem, note)
			if fresh, err := load(u.ctx); err == nil {
				stored = fresh
			}
			f.load(stored)
		})
	if err == errAsked {
		kit.SetProblem(f.problem, "")
		return false
	}
	if err != nil {
		f.problem.Importance = widget.DangerImportance
		kit.SetProblem(f.problem, kit.ErrorText(err))
		return false
	}
	return true
}

package record

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// CrisisForm edits the crisis plan: warning signs, what helps, whom to
// call, in the citizen's words.
type CrisisForm struct {
	env                Env
	c                  *board.Citizen
	plan               *board.CrisisPlan
	Signs, Helps, Call *kit.Entry
	Problem            *widget.Label
	loaded             string
	Root               fyne.CanvasObject
}

func newCrisisForm(env Env, c *board.Citizen) *CrisisForm {
	f := &CrisisForm{env: env, c: c, Problem: kit.ErrorLabel()}
	f.Signs, f.Helps, f.Call = env.multiLine(), env.multiLine(), env.multiLine()
	for _, e := range []*kit.Entry{f.Signs, f.Helps, f.Call} {
		e.SetMinRowsVisible(4)
	}
	save := widget.NewButton(T("Save", "Save")+" (Ctrl+S)", func() { f.Save() })
	save.Importance = widget.HighImportance
	if env.readOnly() {
		save.Disable()
	}
	undo := widget.NewButton(T("record.undo", "Undo changes"), func() { f.load(f.plan) })
	form := widget.NewForm(
		widget.NewFormItem(T("crisis.signs", "Warning signs"), f.Signs),
		widget.NewFormItem(T("crisis.helps", "What helps"), f.Helps),
		widget.NewFormItem(T("crisis.call", "Whom to call"), f.Call),
	)
	f.Root = container.NewBorder(nil, container.NewVBox(f.Problem, container.NewHBox(layout.NewSpacer(), undo, save)), nil, nil,
		container.NewVScroll(form))
	plan, err := env.Store().FindPlan(env.Ctx, c.ID)
	if err != nil {
		kit.SetProblem(f.Problem, kit.ErrorText(err))
	} else {
		f.load(plan.Crisis)
	}
	return f
}

func (f *CrisisForm) load(p *board.CrisisPlan) {
	if p == nil {
		p = &board.CrisisPlan{CitizenID: f.c.ID}
	}
	f.plan = p
	f.Signs.SetText(p.WarningSigns)
	f.Helps.SetText(p.WhatHelps)
	f.Call.SetText(p.WhomToCall)
	f.loaded = f.values()
}

func (f *CrisisForm) values() string {
	return f.Signs.Text + "\x00" + f.Helps.Text + "\x00" + f.Call.Text
}

// Dirty reports whether the form holds typed text that is not saved.
func (f *CrisisForm) Dirty() bool { return f.plan != nil && f.values() != f.loaded }

// Save stores the plan; false when it failed or waits for the conflict
// question (the typed text stays).
func (f *CrisisForm) Save() bool {
	env := f.env
	p := *f.plan
	p.CitizenID = f.c.ID
	p.WarningSigns = strings.TrimSpace(f.Signs.Text)
	p.WhatHelps = strings.TrimSpace(f.Helps.Text)
	p.WhomToCall = strings.TrimSpace(f.Call.Text)
	load := func(ctx context.Context) (*board.CrisisPlan, error) {
		plan, err := env.Store().FindPlan(ctx, f.c.ID)
		if err != nil {
			return nil, err
		}
		if plan.Crisis == nil {
			return &board.CrisisPlan{CitizenID: f.c.ID}, nil
		}
		return plan.Crisis, nil
	}
	err := dialog.SaveEdit(env.saver(), dialog.Edit[*board.CrisisPlan]{Kind: outbox.KindCrisis, Base: f.plan, Mine: &p, Load: load, Save: env.Store().SaveCrisisPlan, Fields: CrisisField},
		func(stored *board.CrisisPlan, _ bool, note string) {
			f.Problem.Importance = widget.SuccessImportance
			if note == dialog.KeptText() {
				f.Problem.Importance = widget.WarningImportance
			}
			kit.SetProblem(f.Problem, note)
			if fresh, err := load(env.Ctx); err == nil {
				stored = fresh
			}
			f.load(stored)
		})
	if err == dialog.ErrAsked {
		kit.SetProblem(f.Problem, "")
		return false
	}
	if err != nil {
		f.Problem.Importance = widget.DangerImportance
		kit.SetProblem(f.Problem, kit.ErrorText(err))
		return false
	}
	return true
}

package record

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// GoalsTab lists the citizen's goals, in the citizen's own words.
type GoalsTab struct {
	*listTab
	Goals []*board.Goal // as last read
}

func newGoalsTab(env Env, c *board.Citizen) *GoalsTab {
	t := &GoalsTab{}
	t.listTab = newListTab(env, c, T("goals.add", "New goal"), func() { t.Edit(&board.Goal{CitizenID: c.ID}) })
	t.Reload()
	return t
}

// Reload reads the goals again.
func (t *GoalsTab) Reload() {
	env := t.env
	read := func(ctx context.Context) ([]*board.Goal, error) {
		goals, err := goalsOf(env, t.c.ID)(ctx)
		if err == nil {
			t.Goals = goals
		}
		return goals, err
	}
	fill(t.listTab, read, func(g *board.Goal) fyne.CanvasObject {
		edit := widget.NewButton(T("edit", "Edit"), func() { t.Edit(g) })
		del := deleteButton(env, outbox.KindGoal, g, env.Store().DeleteGoal, t.Reload)
		return t.row("“"+g.Text+"”", g.LifeArea, edit, del)
	}, T("goals.none", "No goals yet. Write them in the citizen's own words."))
}

// goalsOf reads citizen's goals, from the plan.
func goalsOf(env Env, citizen int64) func(context.Context) ([]*board.Goal, error) {
	return func(ctx context.Context) ([]*board.Goal, error) {
		plan, err := env.Store().FindPlan(ctx, citizen)
		if err != nil {
			return nil, err
		}
		return plan.Goals, nil
	}
}

// Edit opens the form for goal g (a new one when its ID is 0).
func (t *GoalsTab) Edit(g *board.Goal) {
	env := t.env
	text := env.multiLine()
	text.SetText(g.Text)
	text.SetMinRowsVisible(3)
	area := env.entry()
	area.SetText(g.LifeArea)
	area.SetPlaceHolder(T("goals.area.placeholder", "e.g. housing, health, network, work"))
	var d *dialog.Form
	d = env.Dialogs.Form(T("goals.edit", "Goal"), []*widget.FormItem{
		widget.NewFormItem(T("goals.text", "In the citizen's words"), text),
		widget.NewFormItem(T("goals.area", "Life area"), area),
	}, func() error {
		ng := *g
		ng.Text, ng.LifeArea = text.Text, strings.TrimSpace(area.Text)
		if err := ng.Validate(); err != nil {
			return err
		}
		if ng.ID == 0 {
			ng.Position = len(t.Goals) + 1
		}
		return saveForm(env, dialog.Edit[*board.Goal]{Kind: outbox.KindGoal, Base: g, Mine: &ng, Save: env.Store().UpdateGoal, Fields: GoalField,
			Load: rereadBy(goalsOf(env, g.CitizenID), g.ID, "The goal was deleted.")}, env.Store().CreateGoal, d, t.Reload)
	})
	env.focus(text)
}

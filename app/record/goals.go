package record

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
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
	plan, err := env.Store().FindPlan(env.Ctx, t.c.ID)
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	t.Goals = plan.Goals
	t.List.RemoveAll()
	for _, g := range plan.Goals {
		edit := widget.NewButton(T("edit", "Edit"), func() { t.Edit(g) })
		del := widget.NewButton(T("delete", "Delete"), func() {
			env.Dialogs.ConfirmDelete(func() error {
				return dialog.DeleteOrKeep(env.saver(), outbox.KindGoal, g, env.Store().DeleteGoal)
			}, t.Reload)
		})
		t.List.Add(t.row("“"+g.Text+"”", g.LifeArea, edit, del))
	}
	t.empty(T("goals.none", "No goals yet. Write them in the citizen's own words."))
	t.List.Refresh()
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
			err := dialog.SaveNew(env.saver(), outbox.KindGoal, &ng, env.Store().CreateGoal)
			if err == nil {
				t.Reload()
			}
			return err
		}
		return dialog.SaveEdit(env.saver(), dialog.Edit[*board.Goal]{Kind: outbox.KindGoal, Base: g, Mine: &ng, Save: env.Store().UpdateGoal, Fields: GoalField,
			Load: func(ctx context.Context) (*board.Goal, error) {
				plan, err := env.Store().FindPlan(ctx, g.CitizenID)
				if err != nil {
					return nil, err
				}
				return reread(plan.Goals, g.ID, "The goal was deleted.")
			}}, func(_ *board.Goal, later bool, _ string) { dialog.CloseAfter(d, later, t.Reload) })
	})
	env.focus(text)
}

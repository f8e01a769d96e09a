// Package wellbeing is the WHO-5 part of the citizen record: a form for
// the five statements (0–5 each), the day, who asked and whether the
// citizen filled it in alone; the chart of every score with the two
// thresholds marked; and the list. The shell wires it in as a tab and
// passes the small Env below, never *UI.
package wellbeing

import (
	"context"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/charts"
	"tavlen/storage/outbox"
)

// T is the app's one catalogue of words.
var T = kit.T

// Store is the part of the team file the WHO-5 part reads and writes.
type Store interface {
	board.WellbeingService
}

// Env is what the WHO-5 part needs from the shell.
type Env struct {
	Ctx   context.Context
	Store Store
	// Keeper keeps a save on this PC while the file is out of reach.
	Keeper saving.Keeper
	Now    func() time.Time
	// Me is the member at the keyboard (asked-by starts there); may be nil.
	Me func() *board.Member
	// Members are the team's active members, for "asked by".
	Members  func() []*board.Member
	ReadOnly func() bool
	Entries  *kit.EntryHost
	// Saved is told after a WHO-5 is saved (the board's sparkline).
	Saved func()
}

func (e Env) today() board.Date {
	if e.Now == nil {
		return board.DateOf(time.Now().In(time.Local))
	}
	return board.DateOf(e.Now())
}

// Tab is the WHO-5 part of one citizen's record.
type Tab struct {
	env       Env
	citizenID int64

	Date    *kit.Entry
	AskedBy *widget.Select
	Items   [board.WHO5Items]*widget.RadioGroup
	Alone   *widget.Check
	Score   *widget.Label
	Save    *widget.Button
	Problem *widget.Label
	Chart   *kit.ChartView
	List    *fyne.Container

	members []*board.Member
	saved   []*board.Wellbeing
	Root    fyne.CanvasObject
}

var answers = []string{"0", "1", "2", "3", "4", "5"}

// New is the WHO-5 part of citizen citizenID, read at once.
func New(env Env, citizenID int64) *Tab {
	t := &Tab{env: env, citizenID: citizenID}
	t.Date = kit.NewDateEntry(env.Entries, env.today())
	t.AskedBy = widget.NewSelect(nil, nil)
	t.AskedBy.PlaceHolder = T("followup.who5_choose_member", "Choose…")
	t.Alone = widget.NewCheck(T("wellbeing.self_reported", "The citizen filled in the form alone"), nil)
	t.Score = kit.BoldLabel("")
	t.Problem = kit.ErrorLabel()
	t.Save = widget.NewButton(T("followup.who5_save", "Save WHO-5"), func() { t.Submit() })
	t.Save.Importance = widget.HighImportance
	if env.ReadOnly != nil && env.ReadOnly() {
		t.Save.Disable()
	}
	form := container.NewVBox(
		kit.BoldLabel(T("wellbeing.title", "WHO-5 Well-Being Index")),
		kit.WrapLabel(T("wellbeing.instruction", "For each of the five statements, choose the number closest to how you have felt over the last two weeks.")),
		kit.WrapLabel(T("followup.who5_scale", "0 = {{.Low}} · 5 = {{.High}}",
			map[string]any{"Low": kit.Words().WHO5Answer(0), "High": kit.Words().WHO5Answer(5)})),
	)
	for i := range t.Items {
		r := widget.NewRadioGroup(answers, func(string) { t.showScore() })
		r.Horizontal = true
		t.Items[i] = r
		form.Add(kit.WrapLabel(strconv.Itoa(i+1) + ". " + kit.Words().WHO5Item(i)))
		form.Add(r)
	}
	form.Add(container.NewGridWithColumns(2,
		widget.NewForm(widget.NewFormItem(T("followup.who5_date", "Answered on"), t.Date)),
		widget.NewForm(widget.NewFormItem(T("wellbeing.asked_by", "Asked by"), t.AskedBy))))
	form.Add(t.Alone)
	form.Add(container.NewHBox(t.Score, layout.NewSpacer(), t.Save))
	form.Add(t.Problem)
	form.Add(kit.WrapLabel(T("wellbeing.source", "WHO-5 Well-Being Index.")))
	t.Chart = kit.NewChartView(nil, fyne.NewSize(360, 220))
	t.List = container.NewVBox()
	// The chart's numbers scroll with the list; the picture stays put.
	right := container.NewBorder(t.Chart.Raster, nil, nil, nil, container.NewVScroll(container.NewVBox(t.Chart.Words, t.List)))
	split := container.NewHSplit(container.NewVScroll(form), right)
	split.Offset = 0.5
	t.Root = split
	t.showScore()
	t.Reload()
	return t
}

// answered returns the five answers and whether all five are given.
func (t *Tab) answered() (a [board.WHO5Items]int, all bool) {
	all = true
	for i, r := range t.Items {
		n, err := strconv.Atoi(r.Selected)
		if err != nil {
			all = false
			continue
		}
		a[i] = n
	}
	return a, all
}

// showScore says the score as the form is filled in.
func (t *Tab) showScore() {
	a, all := t.answered()
	if !all {
		t.Score.SetText(T("followup.who5_unanswered", "Answer all five statements"))
		return
	}
	w := board.Wellbeing{Answers: a}
	t.Score.SetText(T("followup.who5_score", "Score: {{.Score}} of 100 – {{.Level}}",
		map[string]any{"Score": w.Score(), "Level": kit.Words().WellbeingLevel(board.LevelOf(w.Score()))}))
}

// Reload reads the citizen's WHO-5s and the members again.
func (t *Tab) Reload() {
	if t.env.Members != nil {
		t.members = nil
		var names []string
		for _, m := range t.env.Members() {
			if m != nil && m.Active {
				t.members = append(t.members, m)
				names = append(names, m.Name)
			}
		}
		t.AskedBy.SetOptions(names)
		if t.AskedBy.Selected == "" && t.env.Me != nil {
			if me := t.env.Me(); me != nil {
				t.AskedBy.SetSelected(me.Name)
			}
		}
	}
	list, err := t.env.Store.FindWellbeing(t.env.Ctx, board.WellbeingFilter{CitizenID: t.citizenID})
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	t.saved = list
	t.Chart.Set(charts.WHO5(board.ScoresOf(list), charts.Options{Lang: kit.Language(), Style: kit.ChartStyle()}))
	t.List.RemoveAll()
	newest := append([]*board.Wellbeing(nil), list...)
	sort.SliceStable(newest, func(i, j int) bool { return newest[j].On.Before(newest[i].On) })
	for _, w := range newest {
		l := widget.NewLabel(t.line(w))
		l.Truncation = fyne.TextTruncateEllipsis
		t.List.Add(l)
	}
}

// line is one WHO-5 in the list: day, score and level, who asked.
func (t *Tab) line(w *board.Wellbeing) string {
	asked := ""
	for _, m := range t.members {
		if m.ID == w.AskedBy {
			asked = m.Initials
		}
	}
	s := T("followup.who5_list_line", "{{.Date}} · {{.Score}} · {{.Level}} · asked by {{.Asked}}",
		map[string]any{"Date": kit.Words().Date(w.On), "Score": w.Score(),
			"Level": kit.Words().WellbeingLevel(board.LevelOf(w.Score())), "Asked": asked})
	if w.SelfReported {
		s += " · " + T("followup.who5_alone", "filled in alone")
	}
	return s
}

// Dirty reports whether answers are chosen but not saved.
func (t *Tab) Dirty() bool {
	for _, r := range t.Items {
		if r.Selected != "" {
			return true
		}
	}
	return false
}

// Submit saves the form; false when it could not (the form says why and
// keeps the answers). A panic in the save is reported, never a crash.
func (t *Tab) Submit() bool {
	if err := saving.Recover(func() error { t.save(); return nil }); err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return false
	}
	return !t.Dirty()
}

// save checks the form and saves a new WHO-5 through the one save path.
func (t *Tab) save() {
	kit.SetProblem(t.Problem, "")
	a, all := t.answered()
	if !all {
		kit.SetProblem(t.Problem, T("followup.who5_all_five", "Answer all five statements before saving."))
		return
	}
	day, err := kit.ReadDate(t.Date, T("followup.who5_date", "Answered on"))
	if err != nil {
		kit.SetProblem(t.Problem, err.Error())
		return
	}
	if today := t.env.today(); today.Before(day) {
		// A score from tomorrow would hide today's real one on the board.
		kit.SetProblem(t.Problem, T("wellbeing.future_date", "The WHO-5 cannot be answered on a day that has not come ({{.Day}}).",
			map[string]any{"Day": kit.FmtDate(day)}))
		return
	}
	w := &board.Wellbeing{CitizenID: t.citizenID, On: day, Answers: a, SelfReported: t.Alone.Checked}
	for _, m := range t.members {
		if m.Name == t.AskedBy.Selected {
			w.AskedBy = m.ID
		}
	}
	if err := w.Validate(); err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	kept, err := saving.Create(t.env.Ctx, t.env.Keeper, outbox.KindWellbeing, w, t.env.Store.CreateWellbeing)
	if err != nil {
		kit.SetProblem(t.Problem, kit.ErrorText(err))
		return
	}
	for _, r := range t.Items {
		r.SetSelected("")
	}
	t.Alone.SetChecked(false)
	if kept {
		kit.SetProblem(t.Problem, T("followup.who5_kept", "The file cannot be reached: the WHO-5 is kept on this PC and saved when the file is back."))
	}
	t.Reload()
	if t.env.Saved != nil {
		t.env.Saved()
	}
}

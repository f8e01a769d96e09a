package followup

import (
	"bytes"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/text"
)

// MyTasks is "Mine opgaver": my open actions (overdue first), my
// appointments this week and the reviews due for my citizens. Choosing a
// line (Enter or a click) opens the citizen; my due dates save as .ics.
type MyTasks struct {
	env     Env
	Tasks   board.MyTasks
	Lines   []taskLine
	List    *widget.List
	ICS     *widget.Button
	Problem *widget.Label
	Root    fyne.CanvasObject
}

// taskLine is one line of the list: a heading or a task of a citizen.
type taskLine struct {
	text      string
	heading   bool
	citizenID int64
}

// NewMyTasks builds my list; call Reload to read the file.
func NewMyTasks(env Env) *MyTasks {
	m := &MyTasks{env: env}
	m.Problem = kit.ErrorLabel()
	m.List = widget.NewList(func() int { return len(m.Lines) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(m.Lines) {
				return
			}
			l := o.(*widget.Label)
			l.TextStyle.Bold = m.Lines[i].heading
			l.SetText(m.Lines[i].text)
		})
	m.List.OnSelected = func(i widget.ListItemID) {
		m.List.UnselectAll()
		if i < len(m.Lines) && m.Lines[i].citizenID != 0 && env.OpenCitizen != nil {
			env.OpenCitizen(m.Lines[i].citizenID)
		}
	}
	m.ICS = widget.NewButton(T("followup.save_ics", "Save my due dates (.ics)"), func() { m.saveICS() })
	top := container.NewVBox(kit.BoldLabel(T("mylist.title", "My tasks")),
		kit.WrapLabel(T("followup.mylist_intro", "Choose a line to open the citizen.")))
	m.Root = container.NewBorder(top, container.NewVBox(m.Problem, container.NewHBox(m.ICS)), nil, nil, m.List)
	return m
}

// Reload reads the board and builds my list again.
func (m *MyTasks) Reload() {
	kit.SetProblem(m.Problem, "")
	me := m.env.me()
	if me == nil {
		m.Tasks, m.Lines = board.MyTasks{}, []taskLine{{text: T("followup.no_member", "Choose who you are in Settings to see your list.")}}
		m.List.Refresh()
		return
	}
	wb, err := m.env.weekBoard()
	if err != nil {
		kit.SetProblem(m.Problem, kit.ErrorText(err))
		return
	}
	m.Tasks = board.MyList(me, wb, m.env.today())
	m.Lines = linesOf(m.Tasks, kit.Words())
	m.List.Refresh()
}

// linesOf words my list: three headed sections, each saying when empty.
func linesOf(t board.MyTasks, w *text.Words) []taskLine {
	var out []taskLine
	out = append(out, taskLine{text: w.T("followup.my_actions", "My open actions ({{.Count}})", map[string]any{"Count": len(t.Actions)}), heading: true})
	for _, a := range t.Actions {
		s := a.Citizen.Name + " – " + a.Action.Text
		if !a.Action.Due.IsZero() {
			s += " · " + w.Date(a.Action.Due)
		}
		if a.Overdue {
			s = w.T("followup.overdue", "OVERDUE") + " · " + s
		}
		out = append(out, taskLine{text: s, citizenID: a.Citizen.ID})
	}
	if len(t.Actions) == 0 {
		out = append(out, taskLine{text: w.T("followup.none", "Nothing.")})
	}
	out = append(out, taskLine{text: w.T("followup.my_appointments", "My appointments this week ({{.Count}})", map[string]any{"Count": len(t.Appointments)}), heading: true})
	for _, a := range t.Appointments {
		s := w.WeekdayDay(board.DateOf(a.Entry.Start.In(calendar.Copenhagen))) + " " + w.Clock(a.Entry.Start) + " · " +
			w.Kind(a.Entry.Kind) + " · " + a.Citizen.Name
		out = append(out, taskLine{text: s, citizenID: a.Citizen.ID})
	}
	if len(t.Appointments) == 0 {
		out = append(out, taskLine{text: w.T("followup.none", "Nothing.")})
	}
	out = append(out, taskLine{text: w.T("followup.my_reviews", "Reviews due ({{.Count}})", map[string]any{"Count": len(t.Reviews)}), heading: true})
	for _, r := range t.Reviews {
		s := r.Citizen.Name + " · " + w.Date(r.Date)
		if r.Overdue {
			s = w.T("followup.overdue", "OVERDUE") + " · " + s
		}
		out = append(out, taskLine{text: s, citizenID: r.Citizen.ID})
	}
	if len(t.Reviews) == 0 {
		out = append(out, taskLine{text: w.T("followup.none", "Nothing.")})
	}
	return out
}

// saveICS offers my due dates as an iCalendar file for Outlook.
func (m *MyTasks) saveICS() {
	dues := calendar.DueDatesOf(m.Tasks, T("mylist.review_title", "Review"))
	var buf bytes.Buffer
	err := calendar.EncodeDueDates(&buf, dues, calendar.ExportOptions{CalName: T("mylist.title", "My tasks"), Now: m.env.now()})
	if err != nil {
		kit.SetProblem(m.Problem, kit.ErrorText(err))
		return
	}
	if m.env.SaveFile != nil {
		m.env.SaveFile(T("followup.ics_file", "My due dates")+".ics", []string{".ics"}, buf.Bytes())
	}
}

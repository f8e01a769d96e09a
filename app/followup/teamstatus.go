package followup

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/charts"
	"tavlen/printing"
)

// TeamStatus is the caseload pictures: citizens per member and sector,
// days on the board, referrals waiting and the WHO-5 spread, each with its
// numbers beneath; and the one page for the steering group.
type TeamStatus struct {
	env      Env
	Caseload charts.Caseload
	Views    [4]*kit.ChartView
	Print    *widget.Button
	Problem  *widget.Label
	Root     fyne.CanvasObject
}

// NewTeamStatus builds the pictures; call Reload to read the file.
func NewTeamStatus(env Env) *TeamStatus {
	s := &TeamStatus{env: env}
	s.Problem = kit.ErrorLabel()
	grid := container.NewGridWithColumns(2)
	for i := range s.Views {
		s.Views[i] = kit.NewChartView(nil, fyne.NewSize(300, 170))
		grid.Add(s.Views[i].Picture())
	}
	s.Print = widget.NewButton(T("followup.print_status", "Print team status"), func() { s.print() })
	top := container.NewHBox(kit.BoldLabel(T("doc.teamstatus_title", "Team status")), layout.NewSpacer(), s.Print)
	s.Root = container.NewBorder(container.NewVBox(top, s.Problem), nil, nil, nil, container.NewVScroll(grid))
	return s
}

// Reload counts the caseload again and redraws the pictures.
func (s *TeamStatus) Reload() {
	kit.SetProblem(s.Problem, "")
	wb, err := s.env.weekBoard()
	if err != nil {
		kit.SetProblem(s.Problem, kit.ErrorText(err))
		return
	}
	s.Caseload = caseloadOf(wb, s.env.members(), s.env.today())
	o := charts.Options{Lang: kit.Language(), Style: kit.ChartStyle()}
	for i, c := range []*charts.Chart{charts.Workload(s.Caseload, o), charts.DaysOnBoard(s.Caseload, o),
		charts.ReferralsWaiting(s.Caseload, o), charts.WHO5Spread(s.Caseload, o)} {
		s.Views[i].Set(c)
	}
}

// caseloadOf counts the week board's citizens (every one not closed).
func caseloadOf(wb *board.WeekBoard, members []*board.Member, today board.Date) charts.Caseload {
	var citizens []*board.Citizen
	latest := map[int64]int{}
	for _, r := range wb.Rows {
		citizens = append(citizens, r.Citizen)
		if n := len(r.Facts.Wellbeing); n > 0 {
			latest[r.Citizen.ID] = r.Facts.Wellbeing[n-1].Score
		}
	}
	return charts.CaseloadOf(citizens, members, latest, today)
}

func (s *TeamStatus) print() {
	if s.env.ShowPDF == nil {
		return
	}
	team := ""
	if s.env.Team != nil {
		team = s.env.Team()
	}
	in := printing.TeamStatusInput{Team: team, Printed: s.env.now(), Caseload: s.Caseload, Lang: kit.Language()}
	name := T("followup.status_file", "Team status {{.Date}}", map[string]any{"Date": s.env.now().Format("2006-01-02")})
	if err := s.env.ShowPDF(name, func(w io.Writer) error { return printing.WriteTeamStatus(w, in) }); err != nil {
		kit.SetProblem(s.Problem, kit.ErrorText(err))
	}
}

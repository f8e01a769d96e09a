package printing

import (
	"io"
	"time"

	"tavlen/board"
	"tavlen/charts"
)

// TeamStatusInput is the team's caseload for the steering group's one
// page status.
type TeamStatusInput struct {
	Team     string
	Printed  time.Time
	Caseload charts.Caseload // charts.CaseloadOf the team's citizens and members
	Lang     string          // Danish (default) or English
}

// Team status type: a page of four pictures and their numbers.
const (
	statusBody  = 10.0
	statusSmall = 7.5
)

// WriteTeamStatus writes the team status ("Teamstatus") as one A4 page:
// the four caseload pictures, each with its numbers printed beneath it.
func WriteTeamStatus(w io.Writer, in TeamStatusInput) (err error) {
	defer recovered(&err)
	l := labelsFor(in.Lang)
	title := l.w.T("doc.teamstatus_title", "Team status")
	d := newDoc("P", "A4", l, statusBody, joinNonEmpty(" – ", title, in.Team), in.Printed)
	d.footLeft = joinNonEmpty(" · ", title, in.Team)
	d.newPage()

	cl := withoutNames(in.Caseload, l)
	cw := d.contentWidth()
	d.font("", statusBody, grey)
	d.pdf.SetXY(d.left, d.top)
	d.cellText(cw/2, 5, l.w.T("doc.teamstatus_for", "For the health cluster's steering group"), 0, "L")
	d.pdf.CellFormat(cw/2, 5, l.printed+" "+l.date(board.DateOf(local(in.Printed))), "", 1, "R", false, 0, "")
	d.space(2)
	d.text(joinNonEmpty(" – ", title, in.Team), "B", 20, ink)
	d.space(1)
	d.text(l.w.T("doc.teamstatus_summary", "{{.Open}} citizens in a course · {{.OnBoard}} on the board · {{.Waiting}} referrals waiting · {{.Members}} active members",
		map[string]any{"Open": cl.Open, "OnBoard": len(cl.Stays), "Waiting": len(cl.Waiting), "Members": len(cl.Members)}), "", statusBody, ink)
	d.space(4)

	o := charts.Options{Lang: in.Lang, Style: charts.Paper()}
	pictures := []*charts.Chart{charts.Workload(cl, o), charts.DaysOnBoard(cl, o),
		charts.ReferralsWaiting(cl, o), charts.WHO5Spread(cl, o)}
	const gap = 6.0
	colW := (cw - gap) / 2
	picH := 62.0
	// Each row is as tall as its longer column of numbers.
	rowLines := (d.limit - d.pdf.GetY() - 2*(picH+lineHeight(statusBody+1)+gap)) / 2
	for row := 0; row < 2; row++ {
		y := d.pdf.GetY()
		bottom := y
		for col := 0; col < 2; col++ {
			c := pictures[row*2+col]
			x := d.left + float64(col)*(colW+gap)
			d.font("B", statusBody+1, bandFill)
			d.pdf.SetXY(x, y)
			d.cellText(colW, lineHeight(statusBody+1), c.Title, 1, "L")
			if !c.Empty {
				c.HideTitle = true
				d.picture(c, x, d.pdf.GetY(), colW, picH)
				d.pdf.SetXY(x, y+lineHeight(statusBody+1)+picH+1)
			}
			d.chartLines(fitLines(c.Lines, rowLines/lineHeight(statusSmall)), x, colW, statusSmall)
			bottom = max(bottom, d.pdf.GetY())
		}
		d.pdf.SetXY(d.left, bottom+gap)
	}
	return d.output(w)
}

// fitLines keeps lines to at most n, the last kept line being the
// chart's own last line (its "the picture shows the 14 longest" note or
// its total), so the page never runs over.
func fitLines(lines []string, n float64) []string {
	keep := int(n)
	if keep < 2 || len(lines) <= keep {
		return lines
	}
	out := append([]string(nil), lines[:keep-1]...)
	return append(out, lines[len(lines)-1])
}

// withoutNames returns the caseload with no citizen named: the page
// leaves the team for a steering group outside the citizens' consent, so
// the stays and referrals are numbered, longest first, instead.
func withoutNames(cl charts.Caseload, l *labels) charts.Caseload {
	stays := make([]charts.Stay, len(cl.Stays))
	for i, s := range cl.Stays {
		stays[i] = charts.Stay{Citizen: l.w.T("doc.teamstatus_citizen_n", "Citizen {{.N}}", map[string]any{"N": i + 1}), Days: s.Days}
	}
	waiting := make([]charts.Stay, len(cl.Waiting))
	for i, s := range cl.Waiting {
		waiting[i] = charts.Stay{Citizen: l.w.T("doc.teamstatus_referral_n", "Referral {{.N}}", map[string]any{"N": i + 1}), Days: s.Days}
	}
	cl.Stays, cl.Waiting = stays, waiting
	return cl
}

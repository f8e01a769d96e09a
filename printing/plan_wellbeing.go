package printing

import "tavlen/charts"

// wellbeing prints "Sådan har du haft det": the citizen's WHO-5 scores as
// a picture with the two lines marked, a sentence on what the numbers
// mean, and every score as text.
func (p *planPrinter) wellbeing() {
	if len(p.in.Wellbeing) == 0 {
		return
	}
	d, w := p.d, p.l.w
	c := charts.WHO5(p.in.Wellbeing, charts.Options{Lang: p.in.Lang, Style: charts.Paper(), ForCitizen: true})
	if c.Empty {
		return
	}
	c.HideTitle = true
	const picH = 62.0
	intro := w.T("doc.wellbeing_intro", "You have answered five questions about how you have been over the last two weeks (WHO-5). The higher the number, the better you have been. 100 is the highest.")
	d.font("", planSmall, ink)
	need := lineHeight(16) + float64(len(d.split(intro, d.contentWidth())))*lineHeight(planSmall) + picH + 4*lineHeight(planSmall)
	d.ensure(need)
	d.heading(w.T("doc.wellbeing_heading", "How you have been"))
	d.text(intro, "", planSmall, ink)
	d.space(1)
	y := d.pdf.GetY()
	d.picture(c, d.left, y, d.contentWidth(), picH)
	d.pdf.SetXY(d.left, y+picH+1)
	// Two columns of dates and scores keep a year of scores short.
	half := (len(c.Lines) + 1) / 2
	cw := (d.contentWidth() - 6) / 2
	top := d.pdf.GetY()
	d.chartLines(c.Lines[:half], d.left, cw, planSmall)
	bottom := d.pdf.GetY()
	d.pdf.SetY(top)
	d.chartLines(c.Lines[half:], d.left+cw+6, cw, planSmall)
	d.pdf.SetXY(d.left, max(bottom, d.pdf.GetY()))
	d.space(3)
}

package charts

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"tavlen/board"
)

// MaxBars is the most bars a picture draws; the rest are in its text.
const MaxBars = 14

// Workload is the citizens per member, coloured by the member's sector,
// with the sectors' totals in the text.
func Workload(cl Caseload, o Options) *Chart {
	w := o.words()
	st := o.Style
	c := &Chart{Title: w.T("chart.workload_title", "Citizens per member"), style: st}
	if len(cl.Members) == 0 {
		c.Empty = true
		c.Lines = []string{w.T("chart.workload_none", "The team has no active members.")}
		return c
	}
	var bars []bar
	for i, m := range cl.Members {
		c.Lines = append(c.Lines, w.T("chart.workload_line", "{{.Name}} ({{.Sector}}): {{.Count}} citizens",
			map[string]any{"Name": m.Name, "Sector": w.Sector(m.Sector), "Count": m.Citizens}))
		if i < MaxBars {
			bars = append(bars, bar{label: m.Name, value: float64(m.Citizens), color: st.sector(m.Sector)})
		}
	}
	for _, s := range cl.Sectors {
		c.Lines = append(c.Lines, w.T("chart.sector_line", "{{.Sector}} is on {{.Count}} of {{.Open}} citizens",
			map[string]any{"Sector": w.Sector(s.Sector), "Count": s.Citizens, "Open": cl.Open}))
	}
	c.Rows = len(bars)
	plain := barPlot(st, c.Title, w.T("chart.citizens_axis", "Citizens"), bars, true)
	c.sized = func(wd, ht vg.Length) *plot.Plot {
		p := plain(wd, ht)
		seen := map[board.Sector]bool{}
		for _, m := range cl.Members {
			if !seen[m.Sector] {
				seen[m.Sector] = true
				p.Legend.Add(w.Sector(m.Sector), legendSwatch{st.sector(m.Sector)})
			}
		}
		// The bars are longest at the top; the legend sits at the bottom
		// right, clear of the frame's edge.
		p.Legend.XOffs = -vg.Points(6)
		p.Legend.YOffs = vg.Points(6)
		return p
	}
	return c
}

// DaysOnBoard is the days each citizen has been on the board, longest
// first.
func DaysOnBoard(cl Caseload, o Options) *Chart {
	w := o.words()
	c := &Chart{Title: w.T("chart.stays_title", "Days on the board"), style: o.Style}
	if len(cl.Stays) == 0 {
		c.Empty = true
		c.Lines = []string{w.T("chart.stays_none", "No citizen is on the board.")}
		return c
	}
	c.sized = stayPlot(c, cl.Stays, o, "chart.stays_line", "{{.Citizen}}: {{.Days}} days on the board", 0)
	return c
}

// ReferralsWaiting is the referred citizens and their days waiting. A wait
// of more than four weeks is drawn in the warning colour.
func ReferralsWaiting(cl Caseload, o Options) *Chart {
	w := o.words()
	c := &Chart{Title: w.T("chart.waiting_title", "Referrals waiting: {{.Count}}", map[string]any{"Count": len(cl.Waiting)}), style: o.Style}
	if len(cl.Waiting) == 0 {
		c.Empty = true
		c.Lines = []string{w.T("chart.waiting_none", "No referrals are waiting.")}
		return c
	}
	c.sized = stayPlot(c, cl.Waiting, o, "chart.waiting_line", "{{.Citizen}}: waited {{.Days}} days", LongWait)
	return c
}

// LongWait is the wait, in days, after which a referral is drawn in the
// warning colour: four weeks.
const LongWait = 28

func stayPlot(c *Chart, stays []Stay, o Options, key, fallback string, warnAfter int) func(w, h vg.Length) *plot.Plot {
	w := o.words()
	st := o.Style
	var bars []bar
	for i, s := range stays {
		c.Lines = append(c.Lines, w.T(key, fallback, map[string]any{"Citizen": s.Citizen, "Days": s.Days}))
		if i >= MaxBars {
			continue
		}
		col := st.Series
		if warnAfter > 0 && s.Days > warnAfter {
			col = st.Warn
		}
		bars = append(bars, bar{label: s.Citizen, value: float64(s.Days), color: col})
	}
	if len(stays) > MaxBars {
		c.Lines = append(c.Lines, w.T("chart.more", "The picture shows the {{.Shown}} longest of {{.Count}}.",
			map[string]any{"Shown": MaxBars, "Count": len(stays)}))
	}
	c.Rows = len(bars)
	return barPlot(st, c.Title, w.T("chart.days_axis", "Days"), bars, true)
}

// spreadBands are the WHO-5 spread's columns: the two thresholds, and the
// good scores split in two.
var spreadBands = []struct {
	lo, hi int
	key    string
}{{0, depressionAt, "chart.spread_depression"}, {depressionAt + 1, poorAt, "chart.spread_poor"},
	{poorAt + 1, 75, "chart.spread_fair"}, {76, 100, "chart.spread_good"}}

// WHO5Spread is how the citizens' latest WHO-5 scores fall in the bands.
func WHO5Spread(cl Caseload, o Options) *Chart {
	w := o.words()
	st := o.Style
	c := &Chart{Title: w.T("chart.spread_title", "Latest WHO-5 of each citizen"), style: st}
	if len(cl.Latest) == 0 {
		c.Empty = true
		c.Lines = []string{w.T("chart.spread_none", "No citizen has a WHO-5 score yet.")}
		return c
	}
	colors := []color.Color{st.Alert, st.Warn, st.Series, st.Series}
	var bars []bar
	for i, b := range spreadBands {
		n := 0
		for _, s := range cl.Latest {
			if s >= b.lo && s <= b.hi {
				n++
			}
		}
		label := strconv.Itoa(b.lo) + "–" + strconv.Itoa(b.hi)
		c.Lines = append(c.Lines, w.T(b.key, "{{.Range}}: {{.Count}} citizens", map[string]any{"Range": label, "Count": n}))
		bars = append(bars, bar{label: label, value: float64(n), color: colors[i]})
	}
	c.sized = barPlot(st, c.Title, w.T("chart.citizens_axis", "Citizens"), bars, false)
	return c
}

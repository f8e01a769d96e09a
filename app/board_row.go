package app

import (
	"strings"

	"fyne.io/fyne/v2/theme"

	"tavlen/app/kit"
	"tavlen/board"
)

// headerSpec is the column heading; the day columns name the day and date
// and mark today.
func (v *boardView) headerSpec(col int) kit.CellSpec {
	bold := func(s string) kit.CellSpec {
		return kit.CellSpec{Items: []kit.CellItem{{Text: s, Bold: true}}, Bg: theme.ColorNameHeaderBackground}
	}
	switch col {
	case colName:
		// The group of the line at the top stays in sight while its
		// heading is scrolled away.
		if top := v.table.topRow; top > 0 && top < len(v.lines) && !v.lines[top].heading() {
			spec := bold(kit.GroupLabel(v.lines[top].group))
			spec.Items[0].Color = theme.ColorNamePrimary
			return spec
		}
		return bold(T("board.col.citizen", "Citizen"))
	case colWhy:
		return bold(T("board.col.why", "Why on the board"))
	case colResponsible:
		return bold(T("board.col.responsible", "Responsible"))
	case colNext:
		return bold(T("board.col.next", "Next action"))
	case colDiscussed:
		return bold(T("board.col.discussed", "Last discussed"))
	case colLatestNote:
		return bold(T("board.col.note", "Latest note"))
	}
	i := col - colMonday
	day := board.DateOf(v.week.Day(i))
	spec := bold(kit.WeekdayShort(i) + " " + kit.FmtDay(day))
	if day == v.u.today() {
		spec.Items[0].Color = theme.ColorNamePrimary
		spec.Bg = theme.ColorNameHover
	}
	return spec
}

// CellSpec builds what the cell at (line, col) shows.
func (v *boardView) cellSpec(line, col int) kit.CellSpec {
	l := v.lines[line]
	if l.heading() {
		spec := kit.CellSpec{Bg: theme.ColorNameHeaderBackground}
		switch col {
		case colName:
			spec.Items = []kit.CellItem{{Text: kit.GroupLabel(l.group), Bold: true, Color: theme.ColorNamePrimary}}
		case colWhy:
			spec.Items = []kit.CellItem{{Text: citizenCount(l.count), Small: true}}
		}
		return spec
	}
	spec := kit.CellSpec{Selected: line == v.sel}
	r := l.row
	c := r.Citizen
	today := v.u.today()
	switch col {
	case colName:
		if len(r.Attention) > 0 {
			spec.Bar = kit.ColAlert
		}
		spec.Items = append(spec.Items, kit.CellItem{Text: c.Name, Bold: true})
		sub := kit.StatusLabel(c.Status)
		if c.PreferredName != "" && c.PreferredName != c.Name {
			sub = "“" + c.PreferredName + "” · " + sub
		}
		subItem := kit.CellItem{Text: sub, Small: true, Color: theme.ColorNamePlaceHolder}
		if who5 := wellbeingText(r.Facts.Wellbeing); who5 != "" {
			subItem.Text += " · " + who5
			subItem.Spark = wellbeingSpark(r.Facts.Wellbeing)
		}
		spec.Items = append(spec.Items, subItem)
		var chips []kit.ChipSpec
		if strings.TrimSpace(c.SafetyNote) != "" {
			chips = append(chips, kit.ChipSpec{Text: T("board.safety", "! safety"), Fill: kit.ColWarn})
		}
		for _, a := range r.Attention {
			chips = append(chips, kit.ChipSpec{Text: kit.AttentionShort(a), Full: kit.AttentionLabel(a), Fill: kit.ColAlert})
		}
		for _, in := range v.u.editorsOf(c.ID) {
			chips = append(chips, kit.ChipSpec{Text: "✎ " + in, Fill: kit.ColMuted})
		}
		if chips != nil {
			spec.Items = append(spec.Items, kit.CellItem{Chips: chips})
		}
	case colWhy:
		if c.OnBoard {
			spec.Items = append(spec.Items, kit.CellItem{Text: c.BoardReason})
			spec.Items = append(spec.Items, kit.CellItem{Small: true, Text: T("board.since", "since {{.Since}} · day {{.Days}}",
				map[string]any{"Since": kit.FmtDay(c.BoardSince), "Days": board.DaysOnBoard(c, today)})})
		} else if c.Status == board.StatusReferred || c.Status == board.StatusIntake {
			if c.ReferredBy != "" || !c.ReferredOn.IsZero() {
				spec.Items = append(spec.Items, kit.CellItem{Small: true, Text: T("board.referred", "referred by {{.By}} {{.On}}",
					map[string]any{"By": c.ReferredBy, "On": kit.FmtDay(c.ReferredOn)})})
			}
		}
		if !c.ReviewDate.IsZero() {
			it := kit.CellItem{Small: true, Text: T("board.review", "review {{.On}}", map[string]any{"On": kit.FmtDay(c.ReviewDate)})}
			if c.ReviewDate.Before(today) {
				it.Tint, it.Bold = kit.ColAlert, true
			}
			spec.Items = append(spec.Items, it)
		}
	case colResponsible:
		var chips []kit.ChipSpec
		for _, m := range r.Responsible {
			chips = append(chips, kit.MemberChip(m))
		}
		spec.Items = []kit.CellItem{{Chips: chips}}
	case colNext:
		if a := r.NextAction; a != nil {
			spec.Items = append(spec.Items, kit.CellItem{Text: a.Text})
			sub := ""
			if !a.Due.IsZero() {
				sub = T("board.due", "due {{.On}}", map[string]any{"On": kit.FmtDay(a.Due)})
			}
			if m := v.u.byID[a.ResponsibleID]; m != nil {
				sub = strings.TrimSpace(sub + " · " + m.Initials)
				sub = strings.TrimPrefix(sub, "· ")
			}
			it := kit.CellItem{Text: sub, Small: true, Color: theme.ColorNamePlaceHolder}
			if a.Overdue(today) {
				it.Tint, it.Bold = kit.ColAlert, true
			}
			spec.Items = append(spec.Items, it)
		}
	case colDiscussed:
		if !r.LastDiscussed.IsZero() {
			spec.Items = append(spec.Items, kit.CellItem{Text: kit.FmtDay(r.LastDiscussed)})
			if r.LastMeetingNote != "" {
				spec.Items = append(spec.Items, wrapItems(r.LastMeetingNote, 2, v.colWidth(colDiscussed))...)
			}
		}
	case colLatestNote:
		if n := r.LatestNote; n != nil {
			spec.Items = append(spec.Items, kit.CellItem{Small: true, Color: theme.ColorNamePlaceHolder, Text: kit.FmtDateTime(n.At)})
			spec.Items = append(spec.Items, wrapItems(n.Text, 2, v.colWidth(colLatestNote))...)
		}
	default:
		i := col - colMonday
		var chips []kit.ChipSpec
		for _, e := range r.Entries {
			if v.dayIndex(e.Start) == i {
				c := kit.EntryChip(e)
				c.Open = func() { v.u.openOccurrenceAt(e.AppointmentID, e.Original, v.reload) }
				chips = append(chips, c)
			}
		}
		if len(chips) > 0 {
			spec.Items = []kit.CellItem{{Chips: chips}}
		}
		if board.DateOf(v.week.Day(i)) == today && !spec.Selected {
			spec.Bg = theme.ColorNameHover
		}
	}
	return spec
}

func (v *boardView) colWidth(col int) float32 {
	return baseColumnWidths[col]*textScale() - theme.Padding()*2 - 2
}

// wrapItems breaks s into at most n small lines that fit width; the last
// one ends with an ellipsis when cut.
func wrapItems(s string, n int, width float32) []kit.CellItem {
	words := strings.Fields(s)
	var out []kit.CellItem
	ts := theme.CaptionTextSize()
	line := ""
	for i, w := range words {
		try := strings.TrimSpace(line + " " + w)
		if line != "" && kit.Measure(try, ts) > width {
			if len(out) == n-1 {
				out = append(out, kit.CellItem{Small: true, Text: strings.Join(append([]string{line}, words[i:]...), " ")})
				return out
			}
			out = append(out, kit.CellItem{Small: true, Text: line})
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		out = append(out, kit.CellItem{Small: true, Text: line})
	}
	return out
}

// wellbeingText is the latest WHO-5 score on the board row, with its fall
// when it fell markedly; "" without scores.
func wellbeingText(scores []board.WellbeingScore) string {
	t := board.TrendOf(scores)
	switch {
	case !t.Has:
		return ""
	case t.Falling:
		return T("board.wellbeing_falling", "WHO-5 {{.Score}} ↓{{.Drop}}", map[string]any{"Score": t.Latest.Score, "Drop": t.Drop()})
	}
	return T("board.wellbeing", "WHO-5 {{.Score}}", map[string]any{"Score": t.Latest.Score})
}

// wellbeingSpark is the row's WHO-5 sparkline, 0–100 with the poor
// wellbeing line at 50; none for a single score (a lone dot says nothing
// the number does not).
func wellbeingSpark(scores []board.WellbeingScore) *kit.Spark {
	if len(scores) < 2 {
		return nil
	}
	s := &kit.Spark{Max: 100, Low: board.WellbeingPoorAt}
	for _, sc := range scores {
		s.Values = append(s.Values, sc.Score)
	}
	return s
}

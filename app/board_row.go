package app

import (
	"strings"

	"fyne.io/fyne/v2/theme"

	"tavlen/board"
)

// headerSpec is the column heading; the day columns name the day and date
// and mark today.
func (v *boardView) headerSpec(col int) cellSpec {
	bold := func(s string) cellSpec {
		return cellSpec{items: []cellItem{{text: s, bold: true}}, bg: theme.ColorNameHeaderBackground}
	}
	switch col {
	case colName:
		// The group of the line at the top stays in sight while its
		// heading is scrolled away.
		if top := v.table.topRow; top > 0 && top < len(v.lines) && !v.lines[top].heading() {
			spec := bold(groupLabel(v.lines[top].group))
			spec.items[0].color = theme.ColorNamePrimary
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
	spec := bold(weekdayShort(i) + " " + fmtDay(day))
	if day == v.u.today() {
		spec.items[0].color = theme.ColorNamePrimary
		spec.bg = theme.ColorNameHover
	}
	return spec
}

// cellSpec builds what the cell at (line, col) shows.
func (v *boardView) cellSpec(line, col int) cellSpec {
	l := v.lines[line]
	if l.heading() {
		spec := cellSpec{bg: theme.ColorNameHeaderBackground}
		switch col {
		case colName:
			spec.items = []cellItem{{text: groupLabel(l.group), bold: true, color: theme.ColorNamePrimary}}
		case colWhy:
			spec.items = []cellItem{{text: citizenCount(l.count), small: true}}
		}
		return spec
	}
	spec := cellSpec{selected: line == v.sel}
	r := l.row
	c := r.Citizen
	today := v.u.today()
	switch col {
	case colName:
		if len(r.Attention) > 0 {
			spec.bar = colAlert
		}
		spec.items = append(spec.items, cellItem{text: c.Name, bold: true})
		sub := statusLabel(c.Status)
		if c.PreferredName != "" && c.PreferredName != c.Name {
			sub = "“" + c.PreferredName + "” · " + sub
		}
		spec.items = append(spec.items, cellItem{text: sub, small: true, color: theme.ColorNamePlaceHolder})
		var chips []chipSpec
		if strings.TrimSpace(c.SafetyNote) != "" {
			chips = append(chips, chipSpec{text: T("board.safety", "! safety"), fill: colWarn})
		}
		for _, a := range r.Attention {
			chips = append(chips, chipSpec{text: attentionShort(a), full: attentionLabel(a), fill: colAlert})
		}
		for _, in := range v.u.editorsOf(c.ID) {
			chips = append(chips, chipSpec{text: "✎ " + in, fill: colMuted})
		}
		if chips != nil {
			spec.items = append(spec.items, cellItem{chips: chips})
		}
	case colWhy:
		if c.OnBoard {
			spec.items = append(spec.items, cellItem{text: c.BoardReason})
			spec.items = append(spec.items, cellItem{small: true, text: T("board.since", "since {{.Since}} · day {{.Days}}",
				map[string]any{"Since": fmtDay(c.BoardSince), "Days": board.DaysOnBoard(c, today)})})
		} else if c.Status == board.StatusReferred || c.Status == board.StatusIntake {
			if c.ReferredBy != "" || !c.ReferredOn.IsZero() {
				spec.items = append(spec.items, cellItem{small: true, text: T("board.referred", "referred by {{.By}} {{.On}}",
					map[string]any{"By": c.ReferredBy, "On": fmtDay(c.ReferredOn)})})
			}
		}
		if !c.ReviewDate.IsZero() {
			it := cellItem{small: true, text: T("board.review", "review {{.On}}", map[string]any{"On": fmtDay(c.ReviewDate)})}
			if c.ReviewDate.Before(today) {
				it.tint, it.bold = colAlert, true
			}
			spec.items = append(spec.items, it)
		}
	case colResponsible:
		var chips []chipSpec
		for _, m := range r.Responsible {
			chips = append(chips, memberChip(m))
		}
		spec.items = []cellItem{{chips: chips}}
	case colNext:
		if a := r.NextAction; a != nil {
			spec.items = append(spec.items, cellItem{text: a.Text})
			sub := ""
			if !a.Due.IsZero() {
				sub = T("board.due", "due {{.On}}", map[string]any{"On": fmtDay(a.Due)})
			}
			if m := v.u.byID[a.ResponsibleID]; m != nil {
				sub = strings.TrimSpace(sub + " · " + m.Initials)
				sub = strings.TrimPrefix(sub, "· ")
			}
			it := cellItem{text: sub, small: true, color: theme.ColorNamePlaceHolder}
			if a.Overdue(today) {
				it.tint, it.bold = colAlert, true
			}
			spec.items = append(spec.items, it)
		}
	case colDiscussed:
		if !r.LastDiscussed.IsZero() {
			spec.items = append(spec.items, cellItem{text: fmtDay(r.LastDiscussed)})
			if r.LastMeetingNote != "" {
				spec.items = append(spec.items, wrapItems(r.LastMeetingNote, 2, v.colWidth(colDiscussed))...)
			}
		}
	case colLatestNote:
		if n := r.LatestNote; n != nil {
			spec.items = append(spec.items, cellItem{small: true, color: theme.ColorNamePlaceHolder, text: fmtDateTime(n.At)})
			spec.items = append(spec.items, wrapItems(n.Text, 2, v.colWidth(colLatestNote))...)
		}
	default:
		i := col - colMonday
		var chips []chipSpec
		for _, e := range r.Entries {
			if v.dayIndex(e.Start) == i {
				c := entryChip(e)
				c.open = func() { v.u.openOccurrenceAt(e.AppointmentID, e.Original, v.reload) }
				chips = append(chips, c)
			}
		}
		if len(chips) > 0 {
			spec.items = []cellItem{{chips: chips}}
		}
		if board.DateOf(v.week.Day(i)) == today && !spec.selected {
			spec.bg = theme.ColorNameHover
		}
	}
	return spec
}

func (v *boardView) colWidth(col int) float32 {
	return baseColumnWidths[col]*textScale() - theme.Padding()*2 - 2
}

// wrapItems breaks s into at most n small lines that fit width; the last
// one ends with an ellipsis when cut.
func wrapItems(s string, n int, width float32) []cellItem {
	words := strings.Fields(s)
	var out []cellItem
	ts := theme.CaptionTextSize()
	line := ""
	for i, w := range words {
		try := strings.TrimSpace(line + " " + w)
		if line != "" && measure(try, ts) > width {
			if len(out) == n-1 {
				out = append(out, cellItem{small: true, text: strings.Join(append([]string{line}, words[i:]...), " ")})
				return out
			}
			out = append(out, cellItem{small: true, text: line})
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		out = append(out, cellItem{small: true, text: line})
	}
	return out
}

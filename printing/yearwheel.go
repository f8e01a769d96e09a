package printing

import (
	"fmt"

	"tavlen/board"
)

// The day's theme from the year wheel (årshjul): the first item of the
// minutes, and a line on the board poster.

// themeLine is "Marts: Kommunens misbrugsbehandling".
func themeLine(l *labels, month int, title string) string {
	if month < 1 || month > 12 {
		return title
	}
	return capitalise(l.months[month-1]) + ": " + title
}

// presenterText is "Carl Dahl (Kommune)", or "" when no one is chosen.
func presenterText(l *labels, members board.MemberIndex, id int64) string {
	m := members[id]
	if m == nil {
		return ""
	}
	if s := word(l.sectors, m.Sector); s != "" {
		return m.Name + " (" + s + ")"
	}
	return m.Name
}

// theme prints the meeting's theme: what, who presented it, the time, and
// what was noted.
func (p *minutesPrinter) theme() {
	th := p.in.Meeting.Theme
	if !th.Set() {
		return
	}
	d, l := p.d, p.l
	t := &table{d: d, title: l.w.T("yearwheel.print.theme_heading", "The year's theme"), size: minutesBody, pad: 1.6,
		cols: []column{{width: 48}, {width: d.contentWidth() - 48}}}
	head := cell{{text: l.w.T("yearwheel.print.theme", "Theme"), style: "B"}}
	if mins := (th.Seconds + 30) / 60; mins > 0 {
		head = append(head, para{text: fmt.Sprintf("%d / %d %s", mins, th.Minutes, l.minutes), size: minutesSmall, color: &grey})
	} else if th.Minutes > 0 {
		head = append(head, para{text: fmt.Sprintf("%d %s", th.Minutes, l.minutes), size: minutesSmall, color: &grey})
	}
	body := cell{{text: themeLine(l, int(p.in.Meeting.Date.Month), th.Title), style: "B"}}
	if who := presenterText(l, p.in.Members, th.PresenterID); who != "" {
		body = append(body, para{text: l.w.T("yearwheel.print.presented_by", "Presented by") + " " + who, size: minutesSmall, color: &grey, gap: 1})
	}
	if th.Notes != "" {
		body = append(body, para{text: l.notes, style: "B", size: minutesSmall, color: &bandFill, gap: 1}, para{text: th.Notes, gap: 1})
	}
	t.row(head, body)
	d.space(3)
}

// citizenPresent is the line under a citizen's name in the minutes when
// they took part in their slot.
func (p *minutesPrinter) citizenPresent(it board.MeetingItem) []para {
	if !it.CitizenPresent {
		return nil
	}
	return []para{{text: p.l.w.T("yearwheel.print.citizen_present", "The citizen took part"), style: "I", size: minutesSmall, color: &bandFill}}
}

// theme prints the week's theme under the poster's header.
func (b *boardPrinter) theme() {
	th := b.in.Theme
	if th == nil {
		return
	}
	d, l := b.d, b.l
	var members board.MemberIndex
	if b.in.Board != nil {
		members = b.in.Board.Members
	}
	line := l.w.T("yearwheel.print.theme_of_meeting", "The meeting's theme") + ": " + themeLine(l, int(th.Month), th.Title)
	if who := presenterText(l, members, th.PresenterID); who != "" {
		line += " · " + who
	}
	line += fmt.Sprintf(" · %d %s", int(th.Budget().Minutes()), l.minutes)
	d.font("B", boardName, ink)
	d.pdf.SetX(d.left)
	d.cellText(d.contentWidth(), 6, line, 1, "L")
	d.pdf.SetY(d.pdf.GetY() + 2)
}

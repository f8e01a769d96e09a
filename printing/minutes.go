package printing

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"tavlen/board"
)

// MinutesInput is a meeting and what its minutes need to name.
type MinutesInput struct {
	Team     string
	Meeting  *board.Meeting
	Members  board.MemberIndex
	Citizens map[int64]*board.Citizen
	// NewActions are the actions created during the meeting.
	NewActions []*board.Action
	Lang       string
}

const (
	minutesBody  = 11.0
	minutesSmall = 10.0
)

// WriteMinutes writes the minutes of a team meeting as an A4 PDF.
func WriteMinutes(w io.Writer, in MinutesInput) (err error) {
	defer recovered(&err)
	m := in.Meeting
	if m == nil {
		return board.Errorf(board.EInvalid, "There is no meeting to print minutes for.")
	}
	l := labelsFor(in.Lang)
	d := newDoc("P", "A4", l, minutesBody, l.minutesTitle+" "+m.Date.String(), m.EndedAt)
	d.footLeft = joinNonEmpty(" · ", l.minutesTitle, l.date(m.Date), in.Team)
	p := &minutesPrinter{d: d, l: l, in: in}
	d.newPage()
	p.header()
	p.theme()
	p.items()
	p.actions()
	p.boardChanges()
	p.corrections()
	return d.output(w)
}

type minutesPrinter struct {
	d  *doc
	l  *labels
	in MinutesInput
}

func (p *minutesPrinter) member(id int64) string {
	if m := p.in.Members[id]; m != nil {
		return m.Name
	}
	return "–"
}

// citizen is the citizen's name; the minutes are internal, so the full name.
func (p *minutesPrinter) citizen(id int64) string {
	if c := p.in.Citizens[id]; c != nil {
		return c.Name
	}
	return fmt.Sprintf("#%d", id)
}

func (p *minutesPrinter) header() {
	d, l := p.d, p.l
	m := p.in.Meeting
	d.font("", minutesSmall, grey)
	d.pdf.SetXY(d.left, d.top)
	d.cellText(d.contentWidth(), 5, p.in.Team, 1, "L")
	d.space(2)
	d.text(l.minutesTitle, "B", 22, ink)
	d.text(capitalise(l.longDate(m.Date)), "B", 15, bandFill)
	d.space(2)

	t := &table{d: d, size: minutesBody, pad: 1.2, cols: []column{{width: 32}, {width: d.contentWidth() - 32}}}
	label := func(s string) cell { return cell{{text: s, style: "B"}} }
	if !m.StartedAt.IsZero() {
		when := l.clock(m.StartedAt)
		if m.EndedAt.IsZero() {
			when += " (" + l.ongoing + ")"
		} else {
			when = l.span(m.StartedAt, m.EndedAt) + fmt.Sprintf(" (%d %s)", int(m.EndedAt.Sub(m.StartedAt).Minutes()+0.5), l.minutes)
		}
		t.row(label(l.duration), cell{{text: when}})
	}
	if m.FacilitatorID != 0 {
		t.row(label(l.facilitator), cell{{text: p.member(m.FacilitatorID)}})
	}
	var att cell
	for _, id := range m.Attendees {
		mem := p.in.Members[id]
		if mem == nil {
			continue
		}
		att = append(att, para{text: joinNonEmpty(", ", mem.Name, mem.Role, word(l.sectors, mem.Sector))})
	}
	if len(att) == 0 {
		att = cell{{text: l.noAttendees, style: "I", color: &grey}}
	}
	t.row(label(l.attendees), att)
	if !m.EndedAt.IsZero() {
		approval := cell{{text: l.w.T("meeting.print.not_approved", "Not approved"), style: "I", color: &grey}}
		if m.Approved() {
			approval = cell{{text: l.dateTime(m.ApprovedAt) + ", " + p.member(m.ApprovedBy)}}
		}
		t.row(label(l.w.T("meeting.print.approved", "Approved")), approval)
	}
	d.space(4)
}

func (p *minutesPrinter) items() {
	d, l := p.d, p.l
	items := append([]board.MeetingItem(nil), p.in.Meeting.Items...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Position < items[j].Position })
	t := &table{d: d, title: l.citizensHeading, size: minutesBody, pad: 1.6,
		cols: []column{{width: 48}, {width: d.contentWidth() - 48}}}
	// The rules of board.MeetingItem.Outcome: discussed means something
	// written or the explicit tick; skipped only when skipped on purpose.
	var missed, skipped []string
	printed := 0
	for _, it := range items {
		switch it.Outcome() {
		case board.OutcomeNotReached:
			missed = append(missed, p.citizen(it.CitizenID))
			continue
		case board.OutcomeSkipped:
			skipped = append(skipped, p.citizen(it.CitizenID))
			continue
		}
		name := cell{{text: p.citizen(it.CitizenID), style: "B"}}
		if (it.Seconds+30)/60 > 0 {
			name = append(name, para{text: fmt.Sprintf("%d %s", (it.Seconds+30)/60, l.minutes), size: minutesSmall, color: &grey})
		}
		name = append(name, p.citizenPresent(it)...)
		var body cell
		add := func(head, text string) {
			if strings.TrimSpace(text) == "" {
				return
			}
			body = append(body, para{text: head, style: "B", size: minutesSmall, color: &bandFill}, para{text: text, gap: 1})
		}
		add(l.notes, it.Notes)
		add(l.decisions, it.Decisions)
		add(l.boardChange, it.BoardChange)
		if len(body) == 0 {
			body = cell{{text: l.w.T("meeting.print.nothing_written", "Discussed; nothing written."), style: "I", color: &grey}}
		}
		t.row(name, body)
		printed++
	}
	if printed == 0 && len(missed) == 0 && len(skipped) == 0 {
		t.row(cell{{text: l.noItems, style: "I", color: &grey}})
	}
	if len(missed) > 0 {
		t.row(cell{{text: l.notReached, style: "B"}}, cell{{text: strings.Join(missed, ", ")}})
	}
	if len(skipped) > 0 {
		t.row(cell{{text: l.skipped, style: "B"}}, cell{{text: strings.Join(skipped, ", ")}})
	}
	d.space(3)
}

// corrections prints the dated corrections added after approval.
func (p *minutesPrinter) corrections() {
	cs := p.in.Meeting.Corrections
	if len(cs) == 0 {
		return
	}
	d, l := p.d, p.l
	d.space(3)
	t := &table{d: d, title: l.w.T("meeting.print.corrections", "Corrections after approval"), size: minutesBody, pad: 1.6,
		cols: []column{{width: 48}, {width: d.contentWidth() - 48}}}
	for _, c := range cs {
		about := l.w.T("meeting.print.the_meeting", "The meeting")
		if c.CitizenID != 0 {
			about = p.citizen(c.CitizenID)
		}
		t.row(cell{{text: l.dateTime(c.At), style: "B"}, {text: p.member(c.By), size: minutesSmall, color: &grey}},
			cell{{text: about, style: "B", size: minutesSmall, color: &bandFill}, {text: c.Text, gap: 1}})
	}
}

func (p *minutesPrinter) actions() {
	d, l := p.d, p.l
	if len(p.in.NewActions) == 0 {
		t := &table{d: d, title: l.newActions, size: minutesBody, pad: 1.5, cols: []column{{width: d.contentWidth()}}}
		t.row(cell{{text: l.noNewActions, style: "I", color: &grey}})
		d.space(3)
		return
	}
	t := &table{d: d, title: l.newActions, size: minutesBody, pad: 1.6, header: true,
		cols: []column{{head: l.colCitizen, width: 42}, {head: l.colAction, width: 76},
			{head: l.colWho, width: 36}, {head: l.colDue, width: 26}}}
	for _, a := range p.in.NewActions {
		who := "–"
		if m := p.in.Members[a.ResponsibleID]; m != nil {
			who = m.Name
		}
		t.row(cell{{text: p.citizen(a.CitizenID), style: "B"}}, cell{{text: a.Text}}, cell{{text: who}},
			cell{{text: orDash(l.shortDate(a.Due, p.in.Meeting.Date))}})
	}
	d.space(3)
}

func (p *minutesPrinter) boardChanges() {
	d, l := p.d, p.l
	t := &table{d: d, title: l.boardChanges, size: minutesBody, pad: 1.6,
		cols: []column{{width: 48}, {width: d.contentWidth() - 48}}}
	n := 0
	for _, it := range p.in.Meeting.Items {
		if strings.TrimSpace(it.BoardChange) == "" {
			continue
		}
		t.row(cell{{text: p.citizen(it.CitizenID), style: "B"}}, cell{{text: it.BoardChange}})
		n++
	}
	if n == 0 {
		t.cols = []column{{width: d.contentWidth()}}
		t.row(cell{{text: l.noBoardChanges, style: "I", color: &grey}})
	}
}

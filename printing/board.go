package printing

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// BoardInput is the week board printed as a poster.
type BoardInput struct {
	Team    string
	Week    calendar.Week
	Board   *board.WeekBoard
	Printed time.Time // marks today's column and counts days on the board
	Lang    string
	// Theme is the year wheel's theme of the week's meeting, or nil.
	Theme *board.Theme
}

// Sector colours of the initials chips, light enough for black text and
// for a black-and-white printer; the chips also carry the sector's letter,
// so no one has to tell the colours apart.
var sectorFill = map[board.Sector]rgb{
	board.SectorRegion:  {190, 214, 240},
	board.SectorKommune: {196, 232, 188},
	board.SectorGP:      {252, 210, 160},
	board.SectorOther:   {220, 220, 220},
}

var (
	chipFill  = rgb{236, 236, 236}
	todayFill = rgb{255, 247, 214}
)

// Poster type sizes, pt. The poster hangs on a wall, read from close by.
const (
	boardBody  = 9.0
	boardName  = 10.5
	boardSmall = 8.0
)

// WriteBoard writes the week board as an A3 landscape poster.
func WriteBoard(w io.Writer, in BoardInput) (err error) {
	defer recovered(&err)
	if in.Board == nil {
		return board.Errorf(board.EInvalid, "There is no board to print.")
	}
	l := labelsFor(in.Lang)
	title := joinNonEmpty(" – ", l.boardTitle, in.Team)
	weekLine := weekTitle(l, in.Week)
	d := newDoc("L", "A3", l, boardBody, title+" · "+weekLine, in.Printed)
	d.left, d.top = 12, 12
	d.limit = d.h - 14
	d.pdf.SetMargins(d.left, d.top, d.left)
	d.footLeft = title + " · " + weekLine
	b := &boardPrinter{d: d, l: l, in: in, today: board.DateOf(local(in.Printed))}
	d.pageHead = func() {
		d.font("B", boardBody+1, grey)
		d.pdf.SetXY(d.left, d.top)
		d.cellText(d.contentWidth(), 5, title+" · "+weekLine, 1, "L")
		d.pdf.SetY(d.top + 7)
	}
	d.headRoom = 7
	d.newPage()
	b.header(title, weekLine)
	b.theme()
	b.rows()
	return d.output(w)
}

// weekTitle is "Uge 50 · 7.–13. december 2026".
func weekTitle(l *labels, w calendar.Week) string {
	from := board.DateOf(w.Day(0))
	to := board.DateOf(w.Day(6))
	var span string
	switch {
	case l.lang == English && from.Month == to.Month:
		span = fmt.Sprintf("%d–%d %s %d", from.Day, to.Day, l.months[to.Month-1], to.Year)
	case l.lang == English:
		span = fmt.Sprintf("%d %s – %s", from.Day, l.months[from.Month-1], l.date(to))
	case from.Month == to.Month:
		span = fmt.Sprintf("%d.–%d. %s %d", from.Day, to.Day, l.months[to.Month-1], to.Year)
	default:
		span = fmt.Sprintf("%d. %s – %s", from.Day, l.months[from.Month-1], l.date(to))
	}
	return fmt.Sprintf("%s %d · %s", l.week, w.Week, span)
}

type boardPrinter struct {
	d     *doc
	l     *labels
	in    BoardInput
	today board.Date
}

func (b *boardPrinter) header(title, weekLine string) {
	d, l := b.d, b.l
	pdf := d.pdf
	cw := d.contentWidth()
	d.font("B", 20, ink)
	pdf.SetXY(d.left, d.top)
	d.cellText(cw*0.6, 9, title, 0, "L")
	d.font("", boardBody+1, grey)
	pdf.CellFormat(cw*0.4, 9, l.printed+" "+l.dateTime(b.in.Printed), "", 1, "R", false, 0, "")
	d.font("B", 14, bandFill)
	pdf.SetX(d.left)
	d.cellText(cw*0.5, 7, weekLine, 0, "L")
	b.legend(d.left+cw*0.5, pdf.GetY(), cw*0.5)
	pdf.SetY(pdf.GetY() + 10)
}

// legend draws the sector chips with their letters and names, right-aligned.
func (b *boardPrinter) legend(x, y, w float64) {
	d, l := b.d, b.l
	pdf := d.pdf
	d.font("", boardBody, ink)
	type entry struct {
		chip, name string
		fill       rgb
	}
	var es []entry
	total := 0.0
	for _, s := range board.Sectors {
		e := entry{word(l.sectorShort, s), word(l.sectors, s), sectorFill[s]}
		es = append(es, e)
		total += pdf.GetStringWidth(e.chip) + 2*chipPadX + 1.5 + pdf.GetStringWidth(e.name) + 5
	}
	cx := x + w - total + 5
	for _, e := range es {
		cwid := pdf.GetStringWidth(e.chip) + 2*chipPadX
		d.fill(e.fill)
		pdf.RoundedRect(cx, y+1, cwid, 5, 0.8, "1234", "F")
		d.font("B", boardBody, ink)
		pdf.SetXY(cx+chipPadX, y+1)
		pdf.CellFormat(cwid, 5, e.chip, "", 0, "L", false, 0, "")
		d.font("", boardBody, ink)
		cx += cwid + 1.5
		pdf.SetXY(cx, y+1)
		pdf.CellFormat(pdf.GetStringWidth(e.name), 5, e.name, "", 0, "L", false, 0, "")
		cx += pdf.GetStringWidth(e.name) + 5
	}
}

func (b *boardPrinter) table() *table {
	l := b.l
	cols := []column{{head: l.colCitizen, width: 58}, {head: l.colResponsible, width: 24}}
	days := b.in.Week.Days()
	for i, day := range days {
		date := board.DateOf(day)
		w := 35.0
		if i >= 5 {
			w = 24
		}
		head := capitalise(l.weekdaysShort[date.Weekday()]) + " " + dayMonth(date)
		c := column{head: head, width: w}
		if date == b.today {
			c.head += " · " + l.today
			c.fill = &todayFill
		}
		cols = append(cols, c)
	}
	cols = append(cols, column{head: l.colNextAction, width: 52}, column{head: l.colAttention, width: 39})
	return &table{d: b.d, cols: cols, size: boardBody, pad: 1.2, header: true, grid: true}
}

func (b *boardPrinter) rows() {
	l := b.l
	t := b.table()
	groups := map[board.BoardGroup][]*board.BoardRow{}
	for _, r := range b.in.Board.Rows {
		if r == nil || r.Citizen == nil {
			continue
		}
		g := board.GroupOf(r.Citizen)
		groups[g] = append(groups[g], r)
	}
	if len(groups) == 0 {
		t.span(cell{{text: l.noCitizens, style: "I", color: &grey}}, nil, 0)
		return
	}
	for _, g := range []board.BoardGroup{board.GroupOnBoard, board.GroupActive, board.GroupIntake, board.GroupPaused, board.GroupClosed} {
		rows := groups[g]
		if len(rows) == 0 {
			continue
		}
		band := fmt.Sprintf("%s (%d)", l.groups[g], len(rows))
		t.span(cell{{text: band, style: "B", size: boardName, color: &white}}, &bandFill, 14)
		for _, r := range rows {
			t.row(b.rowCells(r)...)
		}
	}
}

func (b *boardPrinter) rowCells(r *board.BoardRow) []cell {
	l := b.l
	c := r.Citizen
	name := cell{{text: c.Name, style: "B", size: boardName}}
	// Why on the board (or the status), days on the board and the review
	// date, in as few lines as the column allows.
	facts := []string{word(l.citizenStatus, c.Status)}
	if c.OnBoard {
		facts = []string{c.BoardReason}
	}
	if n := board.DaysOnBoard(c, b.today); n > 0 {
		facts = append(facts, fmt.Sprintf("%s %d", l.dayOnBoard, n))
	}
	if !c.ReviewDate.IsZero() {
		facts = append(facts, l.review+" "+dayMonth(c.ReviewDate))
	}
	name = append(name, para{text: joinNonEmpty(" · ", facts...), size: boardSmall})

	var resp cell
	for _, m := range r.Responsible {
		if m == nil {
			continue
		}
		f := sectorFill[m.Sector]
		resp = append(resp, para{text: m.Initials + " · " + word(l.sectorShort, m.Sector), style: "B", size: boardSmall, fill: &f, gap: 0.8})
	}

	cells := []cell{name, resp}
	cells = append(cells, b.dayCells(r.Entries)...)
	cells = append(cells, b.nextAction(r.NextAction))
	var att cell
	for _, a := range r.Attention {
		att = append(att, para{text: word(l.attention, a), style: "B", size: boardSmall, color: &alert, gap: 0.6})
	}
	return append(cells, att)
}

// dayCells puts the week's appointment chips into the seven day columns.
func (b *boardPrinter) dayCells(entries []board.DayEntry) []cell {
	l := b.l
	days := make([]cell, 7)
	sorted := append([]board.DayEntry(nil), entries...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start.Before(sorted[j].Start) })
	for _, e := range sorted {
		if !b.in.Week.Contains(e.Start) {
			continue
		}
		day := board.DateOf(local(e.Start)).DaysSince(board.DateOf(b.in.Week.Start()))
		if day < 0 || day > 6 {
			continue
		}
		text := joinNonEmpty(" ", l.clock(e.Start), word(l.kinds, calendar.Kind(e.Kind)))
		if len(e.Initials) > 0 {
			text += " · " + strings.Join(e.Initials, ", ")
		}
		st := calendar.Status(e.Status)
		chip := para{text: text, size: boardSmall, fill: &chipFill, strike: st == calendar.StatusCancelled, gap: 0.8}
		days[day] = append(days[day], chip)
		if st != calendar.StatusPlanned && st != "" {
			days[day][len(days[day])-1].gap = 0
			days[day] = append(days[day], para{text: strings.ToLower(word(l.apptStatuses, st)), style: "B", size: boardSmall - 0.5, color: &alert, gap: 0.8})
		}
	}
	return days
}

func (b *boardPrinter) nextAction(a *board.Action) cell {
	if a == nil {
		return nil
	}
	l := b.l
	c := cell{{text: a.Text, size: boardSmall}}
	var parts []string
	if !a.Due.IsZero() {
		parts = append(parts, l.due+" "+dayMonth(a.Due))
	}
	if m := b.in.Board.Members[a.ResponsibleID]; m != nil {
		parts = append(parts, m.Initials)
	}
	switch {
	case a.Overdue(b.today):
		c = append(c, para{text: joinNonEmpty(" · ", strings.Join(parts, " · "), l.overdue), style: "B", size: boardSmall, color: &alert})
	case len(parts) > 0:
		c = append(c, para{text: strings.Join(parts, " · "), size: boardSmall, color: &grey})
	}
	return c
}

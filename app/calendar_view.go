package app

import (
	"image/color"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// Hours the calendar shows.
const (
	calFirstHour = 7
	calLastHour  = 20
)

// memberPalette colours blocks by member; the initials are written on the
// block too.
var memberPalette = []color.NRGBA{
	{0x1f, 0x77, 0xb4, 0xff}, {0xd6, 0x5f, 0x0e, 0xff}, {0x2c, 0x8c, 0x2c, 0xff}, {0xc6, 0x28, 0x28, 0xff},
	{0x7b, 0x4f, 0xa6, 0xff}, {0x8c, 0x56, 0x4b, 0xff}, {0xc2, 0x47, 0x9e, 0xff}, {0x5f, 0x5f, 0x5f, 0xff},
	{0x8a, 0x8a, 0x10, 0xff}, {0x10, 0x8e, 0x9e, 0xff},
}

// calendarView is the week calendar: days across, hours down.
type calendarView struct {
	u         *UI
	week      calendar.Week
	occs      []calendar.Occurrence
	clashes   map[int64]bool // appointment IDs that double-book someone
	byMember  bool
	memberID  int64
	citizenID int64
	citizens  []*board.Citizen
	names     map[int64]string // citizens' display names by ID, for the blocks

	weekLabel *widget.Label
	member    *widget.Select
	citizen   *widget.Select
	colourBy  *widget.Select
	problem   *widget.Label
	grid      *calGrid
	undo      *undoLine
	root      fyne.CanvasObject
}

func newCalendarView(u *UI) *calendarView {
	v := &calendarView{u: u, week: calendar.WeekOf(u.now())}
	v.weekLabel = widget.NewLabelWithStyle(kit.WeekTitle(v.week), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.week = v.week.Prev(); v.reload() })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.week = v.week.Next(); v.reload() })
	this := widget.NewButton(T("board.this_week", "This week"), func() { v.week = calendar.WeekOf(u.now()); v.reload() })
	add := widget.NewButtonWithIcon(T("appt.add", "New appointment"), theme.ContentAddIcon(), func() {
		v.newAt(kit.NextHalfHour(u.now()))
	})
	add.Importance = widget.HighImportance
	mopts, mids := u.memberOptions(T("board.all_members", "All members"))
	v.member = widget.NewSelect(mopts, func(string) {
		if i := v.member.SelectedIndex(); i >= 0 {
			v.memberID = mids[i]
		}
		v.reload()
	})
	v.member.PlaceHolder = T("board.all_members", "All members")
	v.citizen = widget.NewSelect(nil, func(string) {
		v.citizenID = 0
		if i := v.citizen.SelectedIndex(); i > 0 && i <= len(v.citizens) {
			v.citizenID = v.citizens[i-1].ID
		}
		v.reload()
	})
	v.citizen.PlaceHolder = T("cal.all_citizens", "All citizens")
	// A select, not two radio buttons side by side: those took a third of a
	// laptop's width and pushed "Import calendar…" off the window.
	v.colourBy = widget.NewSelect([]string{T("cal.colour.kind", "Colour by kind"), T("cal.colour.member", "Colour by member")}, func(s string) {
		v.byMember = s == T("cal.colour.member", "Colour by member")
		v.grid.refreshBlocks()
	})
	// fyne sizes a select by its placeholder: the longer choice, so the
	// chosen one is never cut to "Farve efter …".
	v.colourBy.PlaceHolder = T("cal.colour.member", "Colour by member")
	v.problem = kit.ErrorLabel()
	v.grid = newCalGrid(v)
	v.undo = newUndoLine()
	v.colourBy.SetSelected(T("cal.colour.kind", "Colour by kind"))
	imp := widget.NewButtonWithIcon(T("ics.import", "Import calendar…"), theme.UploadIcon(), func() { u.importCalendar(v.citizenID) })
	if u.readOnly() {
		imp.Disable()
	}
	// The import keeps the right end, whole, whatever the filters take.
	bar := container.NewBorder(nil, nil, container.NewHBox(prev, this, next, v.weekLabel, add, v.member, v.citizen, v.colourBy), imp)
	// The grid scrolls both ways: a day with many side-by-side
	// appointments gets wider instead of slivers, and never the window.
	v.root = container.NewBorder(container.NewVBox(container.NewHScroll(bar), v.problem, v.undo.row), nil, nil, nil, container.NewScroll(v.grid))
	return v
}

func (v *calendarView) content() fyne.CanvasObject { return v.root }

// reload reads the week's appointments and the double bookings in it.
func (v *calendarView) reload() {
	u := v.u
	if u.store == nil {
		return
	}
	v.weekLabel.SetText(kit.WeekTitle(v.week))
	if cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{}); err == nil {
		v.citizens = cs
		v.names = map[int64]string{}
		opts := []string{T("cal.all_citizens", "All citizens")}
		for _, c := range cs {
			opts = append(opts, c.Name)
			v.names[c.ID] = c.DisplayName()
		}
		v.citizen.Options = opts
	}
	apps, err := u.store.FindAppointments(u.ctx, calendar.Filter{From: v.week.Start(), To: v.week.End(),
		MemberID: v.memberID, CitizenID: v.citizenID})
	if err != nil {
		kit.SetProblem(v.problem, kit.ErrorText(err))
		return
	}
	kit.SetProblem(v.problem, "")
	v.occs = calendar.Expand(apps, v.week.Start(), v.week.End())
	v.clashes = map[int64]bool{}
	for _, c := range calendar.DoubleBookings(v.occs) {
		v.clashes[c.A.Appointment.ID] = true
		v.clashes[c.B.Appointment.ID] = true
	}
	v.grid.refreshBlocks()
}

// newAt opens the form for a new appointment at start.
func (v *calendarView) newAt(start time.Time) {
	a := &calendar.Appointment{Title: "", Kind: calendar.KindHomeVisit, Start: start, End: start.Add(time.Hour),
		Status: calendar.StatusPlanned, CitizenID: v.citizenID}
	if v.memberID != 0 {
		a.Participants = []int64{v.memberID}
	} else if v.u.me != nil {
		a.Participants = []int64{v.u.me.ID}
	}
	v.u.editAppointment(a, v.afterSave)
}

// afterSave shows the week of the appointment just saved, which may be
// another than the one shown.
func (v *calendarView) afterSave() {
	if f := v.u.newestApptForm; f != nil {
		if start, _, err := f.times(); err == nil && !v.week.Contains(start) {
			v.week = calendar.WeekOf(start)
		}
	}
	v.reload()
}

func (v *calendarView) blockColor(o calendar.Occurrence) color.Color {
	a := o.Appointment
	if o.EffectiveStatus() == calendar.StatusCancelled {
		return kit.ColMuted
	}
	if v.byMember && len(a.Participants) > 0 {
		for i, m := range v.u.members {
			if m.ID == a.Participants[0] {
				return memberPalette[i%len(memberPalette)]
			}
		}
	}
	return kit.KindColor(a.Kind)
}

func (v *calendarView) blockText(o calendar.Occurrence) string {
	a := o.Appointment
	var who []string
	for _, id := range a.Participants {
		if m := v.u.byID[id]; m != nil {
			who = append(who, m.Initials)
		}
	}
	s := kit.FmtTime(o.Start)
	if name := v.names[a.CitizenID]; name != "" {
		s += " " + name + " ·"
	}
	s += " " + a.Title
	if len(who) > 0 {
		s += " · " + strings.Join(who, " ")
	}
	switch st := o.EffectiveStatus(); st {
	case calendar.StatusHeld:
		s += " · " + kit.ApptStatusLabel(st)
	case calendar.StatusNoShow:
		s = "! " + s + " · " + kit.ApptStatusLabel(st)
	}
	if o.Moved() {
		s += " · " + T("cal.moved", "moved")
	}
	if v.clashes[a.ID] {
		s = "⚠ " + s
	}
	return s
}

// calGrid draws the week: a gutter of hours, a heading of days and the
// appointment blocks placed by time, side by side when they overlap.
type calGrid struct {
	widget.BaseWidget
	v      *calendarView
	blocks []*calBlock
	lanes  []lane
	// dayLanes is the most appointments side by side on each day.
	dayLanes [7]int
}

type lane struct{ idx, of int }

func newCalGrid(v *calendarView) *calGrid {
	g := &calGrid{v: v}
	g.ExtendBaseWidget(g)
	return g
}

// refreshBlocks makes one block per occurrence and lays out lanes.
func (g *calGrid) refreshBlocks() {
	g.blocks = g.blocks[:0]
	for _, o := range g.v.occs {
		g.blocks = append(g.blocks, newCalBlock(g.v, o))
	}
	g.lanes = lanesFor(g.v.occs)
	g.dayLanes = [7]int{}
	for i, o := range g.v.occs {
		if d := g.v.dayIndexOf(o.Start); d >= 0 {
			g.dayLanes[d] = max(g.dayLanes[d], g.lanes[i].of)
		}
	}
	g.Refresh()
}

// lanesFor puts overlapping occurrences of one day side by side.
func lanesFor(occs []calendar.Occurrence) []lane {
	out := make([]lane, len(occs))
	idx := make([]int, len(occs))
	for i := range occs {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return occs[idx[a]].Start.Before(occs[idx[b]].Start) })
	var group []int
	var groupEnd time.Time
	var ends []time.Time
	flush := func() {
		n := len(ends)
		for _, i := range group {
			out[i].of = n
		}
		group, ends = nil, nil
	}
	for _, i := range idx {
		o := occs[i]
		if len(group) > 0 && !o.Start.Before(groupEnd) {
			flush()
		}
		placed := false
		for l, e := range ends {
			if !o.Start.Before(e) {
				ends[l] = o.End
				out[i].idx = l
				placed = true
				break
			}
		}
		if !placed {
			out[i].idx = len(ends)
			ends = append(ends, o.End)
		}
		group = append(group, i)
		if o.End.After(groupEnd) {
			groupEnd = o.End
		}
	}
	flush()
	return out
}

func (g *calGrid) DoubleTapped(e *fyne.PointEvent) {
	day, t, ok := g.timeAt(e.Position)
	if !ok {
		return
	}
	g.v.newAt(time.Date(day.Year(), day.Month(), day.Day(), t/60, t%60, 0, 0, calendar.Copenhagen))
}

// timeAt returns the day and minute of the day (rounded to half hours)
// at pos.
func (g *calGrid) timeAt(pos fyne.Position) (time.Time, int, bool) {
	m := g.metrics(g.Size())
	if pos.X < m.gutter || pos.Y < m.head {
		return time.Time{}, 0, false
	}
	d := 0
	for d < 7 && pos.X >= m.dayX[d+1] {
		d++
	}
	if d > 6 {
		return time.Time{}, 0, false
	}
	mins := int((pos.Y-m.head)/m.hourH*60) + calFirstHour*60
	mins = mins / 30 * 30
	return g.v.week.Day(d), mins, true
}

// calMetrics place the grid: dayX[d] is where day d starts and
// dayX[d+1] where it ends.
type calMetrics struct {
	gutter, head, hourH float32
	dayX                [8]float32
}

// dayW is the width of day d.
func (m calMetrics) dayW(d int) float32 { return m.dayX[d+1] - m.dayX[d] }

// laneWidth is the least width of one appointment beside others, so its
// time and name stay readable.
func laneWidth() float32 { return theme.TextSize() * 6 }

// dayNeeds is the width each day needs for its side-by-side appointments.
func (g *calGrid) dayNeeds() (need [7]float32, total float32) {
	for d, n := range g.dayLanes {
		need[d] = float32(max(n, 1)) * laneWidth()
		total += need[d]
	}
	return need, total
}

func (g *calGrid) metrics(s fyne.Size) calMetrics {
	ts := theme.TextSize()
	m := calMetrics{gutter: ts * 3.5, head: ts * 2.2}
	room := s.Width - m.gutter
	need, total := g.dayNeeds()
	x := m.gutter
	for d := 0; d < 7; d++ {
		m.dayX[d] = x
		switch {
		case total <= room && slices.Max(need[:]) <= room/7:
			x += room / 7 // the usual week: equal days
		case total <= room:
			x += need[d] + (room-total)/7 // a busy day gets the room it needs
		default:
			x += need[d] // wider than the view: the grid scrolls sideways
		}
	}
	m.dayX[7] = x
	m.hourH = (s.Height - m.head) / (calLastHour - calFirstHour)
	if min := ts * 3.4; m.hourH < min {
		m.hourH = min
	}
	return m
}

func (g *calGrid) CreateRenderer() fyne.WidgetRenderer { return &calGridRenderer{g: g} }

type calGridRenderer struct {
	g       *calGrid
	objects []fyne.CanvasObject
}

func (r *calGridRenderer) Destroy()                     {}
func (r *calGridRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *calGridRenderer) MinSize() fyne.Size {
	ts := theme.TextSize()
	_, days := r.g.dayNeeds()
	return fyne.NewSize(ts*3.5+days, ts*2.2+(calLastHour-calFirstHour)*ts*3.4)
}

func (r *calGridRenderer) Refresh() { r.Layout(r.g.Size()); canvas.Refresh(r.g) }

func (r *calGridRenderer) Layout(s fyne.Size) {
	g := r.g
	m := g.metrics(s)
	fg := kit.ThemeColor(theme.ColorNameForeground)
	line := kit.ThemeColor(theme.ColorNameSeparator)
	var objs []fyne.CanvasObject
	today := g.v.u.today()
	for d := 0; d < 7; d++ {
		day := board.DateOf(g.v.week.Day(d))
		x := m.dayX[d]
		if day == today {
			bg := canvas.NewRectangle(kit.ThemeColor(theme.ColorNameHover))
			bg.Move(fyne.NewPos(x, 0))
			bg.Resize(fyne.NewSize(m.dayW(d), m.head+m.hourH*(calLastHour-calFirstHour)))
			objs = append(objs, bg)
		}
		t := canvas.NewText(kit.WeekdayShort(d)+" "+kit.FmtDay(day), fg)
		t.TextStyle.Bold = true
		t.Move(fyne.NewPos(x+4, 4))
		objs = append(objs, t)
		l := canvas.NewLine(line)
		l.Position1, l.Position2 = fyne.NewPos(x, 0), fyne.NewPos(x, m.head+m.hourH*(calLastHour-calFirstHour))
		objs = append(objs, l)
	}
	for h := calFirstHour; h <= calLastHour; h++ {
		y := m.head + float32(h-calFirstHour)*m.hourH
		l := canvas.NewLine(line)
		l.Position1, l.Position2 = fyne.NewPos(m.gutter, y), fyne.NewPos(s.Width, y)
		objs = append(objs, l)
		if h < calLastHour {
			t := canvas.NewText(time.Date(2000, 1, 1, h, 0, 0, 0, time.UTC).Format("15:04"), fg)
			t.TextSize = theme.CaptionTextSize()
			t.Move(fyne.NewPos(4, y+2))
			objs = append(objs, t)
		}
	}
	for i, b := range g.blocks {
		o := b.o
		d := g.v.dayIndexOf(o.Start)
		if d < 0 {
			continue
		}
		st := o.Start.In(calendar.Copenhagen)
		en := o.End.In(calendar.Copenhagen)
		startMin := float32(st.Hour()*60+st.Minute()) - calFirstHour*60
		endMin := float32(en.Hour()*60+en.Minute()) - calFirstHour*60
		if en.Day() != st.Day() {
			endMin = (calLastHour - calFirstHour) * 60
		}
		if startMin < 0 {
			startMin = 0
		}
		maxMin := float32(calLastHour-calFirstHour) * 60
		if endMin > maxMin {
			endMin = maxMin
		}
		if endMin <= startMin {
			endMin = startMin + 20
		}
		ln := g.lanes[i]
		w := (m.dayW(d) - 4) / float32(ln.of)
		x := m.dayX[d] + 2 + float32(ln.idx)*w
		y := m.head + startMin/60*m.hourH
		h := (endMin - startMin) / 60 * m.hourH
		b.home = fyne.NewPos(x, y+1)
		b.Move(b.home.AddXY(b.drag.DX, b.drag.DY)) // a block being dragged stays under the pointer
		b.Resize(fyne.NewSize(w-2, h-2))
		objs = append(objs, b)
	}
	r.objects = objs
}

func (v *calendarView) dayIndexOf(t time.Time) int {
	for i := 6; i >= 0; i-- {
		if !t.Before(v.week.Day(i)) {
			if t.Before(v.week.End()) {
				return i
			}
			return -1
		}
	}
	return -1
}

// calBlock is one appointment occurrence on the calendar; a tap opens it.
type calBlock struct {
	widget.BaseWidget
	v *calendarView
	o calendar.Occurrence
	// home is where the grid places the block; drag is how far the
	// pointer has dragged it from there. The grid lays out again while
	// a block is dragged (its texts change size), so the drag is kept
	// apart from the position, or the block would jump back home.
	home fyne.Position
	drag fyne.Delta
}

func newCalBlock(v *calendarView, o calendar.Occurrence) *calBlock {
	b := &calBlock{v: v, o: o}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped opens the occurrence; for a repeating appointment the form asks
// first whether only this one, this and the following, or all change.
func (b *calBlock) Tapped(*fyne.PointEvent) { b.v.u.openOccurrence(b.o, b.v.afterSave) }

// TappedSecondary offers the quick marks. They change only this
// occurrence of a repeating appointment.
func (b *calBlock) TappedSecondary(e *fyne.PointEvent) {
	u, o := b.v.u, b.o
	if u.readOnly() {
		return
	}
	widget.ShowPopUpMenuAtPosition(b.v.statusMenu(o), u.canvas(), e.AbsolutePosition)
}

// statusMenu is the block's menu: edit, and the quick marks, "planned
// again" among them so a mark can be taken back.
func (v *calendarView) statusMenu(o calendar.Occurrence) *fyne.Menu {
	u := v.u
	mark := func(s calendar.Status) *fyne.MenuItem {
		label := map[calendar.Status]string{
			calendar.StatusHeld:      T("appt.mark_held", "Held"),
			calendar.StatusNoShow:    T("appt.mark_no_show", "No-show"),
			calendar.StatusCancelled: T("appt.mark_cancelled", "Cancel appointment"),
			calendar.StatusPlanned:   T("appt.mark_planned", "Planned again"),
		}[s]
		item := fyne.NewMenuItem(label, func() { v.mark(o, s) })
		item.Disabled = o.EffectiveStatus() == s
		return item
	}
	return fyne.NewMenu("",
		fyne.NewMenuItem(T("edit", "Edit"), func() { u.openOccurrence(o, v.afterSave) }),
		fyne.NewMenuItemSeparator(),
		mark(calendar.StatusHeld), mark(calendar.StatusNoShow), mark(calendar.StatusCancelled), mark(calendar.StatusPlanned))
}

func (b *calBlock) CreateRenderer() fyne.WidgetRenderer {
	rect := &canvas.Rectangle{CornerRadius: 4, FillColor: b.v.blockColor(b.o)}
	if b.v.clashes[b.o.Appointment.ID] {
		rect.StrokeColor, rect.StrokeWidth = kit.ColWarn, 3
	}
	txt := canvas.NewText(b.v.blockText(b.o), kit.ColWhite)
	txt.TextSize = theme.CaptionTextSize()
	txt.TextStyle.Strikethrough = b.o.EffectiveStatus() == calendar.StatusCancelled
	return &calBlockRenderer{b: b, rect: rect, txt: txt}
}

type calBlockRenderer struct {
	b    *calBlock
	rect *canvas.Rectangle
	txt  *canvas.Text
}

func (r *calBlockRenderer) Destroy() {}
func (r *calBlockRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.rect, r.txt}
}
func (r *calBlockRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }
func (r *calBlockRenderer) Refresh()           { r.Layout(r.b.Size()) }
func (r *calBlockRenderer) Layout(s fyne.Size) {
	r.rect.Resize(s)
	r.txt.Text = kit.FitText(r.b.v.blockText(r.b.o), r.txt.TextSize, r.txt.TextStyle, s.Width-6)
	r.txt.Move(fyne.NewPos(3, 1))
	r.txt.Refresh()
}

// Dragged moves the block with the pointer; DragEnd moves the appointment
// to where the block was dropped, in steps of half an hour.
func (b *calBlock) Dragged(e *fyne.DragEvent) {
	b.drag.DX += e.Dragged.DX
	b.drag.DY += e.Dragged.DY
	b.Move(b.home.AddXY(b.drag.DX, b.drag.DY))
}

func (b *calBlock) DragEnd() {
	g := b.v.grid
	m := g.metrics(g.Size())
	pos := b.home.AddXY(b.drag.DX+b.Size().Width/2, b.drag.DY+m.hourH/4)
	b.drag = fyne.Delta{}
	day, mins, ok := g.timeAt(pos)
	if !ok {
		g.Refresh()
		return
	}
	start := time.Date(day.Year(), day.Month(), day.Day(), mins/60, mins%60, 0, 0, calendar.Copenhagen)
	b.v.move(b.o, start)
}

// move shifts occurrence o to start at start: a single appointment
// moves; for a repeating one the person chooses only this occurrence,
// this and the following, or the whole series. Double bookings are
// warned about first.
func (v *calendarView) move(o calendar.Occurrence, start time.Time) {
	if start.Equal(o.Start) {
		v.grid.Refresh()
		return
	}
	a := o.Appointment
	if a.Recurrence.Freq == calendar.FreqNone {
		v.moveSeries(o, start)
		return
	}
	d := v.u.askScope(a, func(s apptScope) {
		switch s {
		case scopeOne:
			v.moveOne(o, start)
		case scopeFollowing:
			v.moveFollowing(o, start)
		default:
			v.moveSeries(o, start)
		}
	})
	d.SetOnClosed(v.reload) // cancelled: the block goes back
}

// confirmMove saves at once without double bookings, else after asking.
func (v *calendarView) confirmMove(cs []calendar.Clash, save func()) {
	if len(cs) == 0 {
		save()
		return
	}
	dialog.ShowConfirm(T("appt.move.title", "Move appointment?"),
		clashText(cs, v.u.byID)+"\n"+T("appt.move.confirm", "Move it anyway?"), func(ok bool) {
			if ok {
				save()
			} else {
				v.reload()
			}
		}, v.u.win)
}

// saveMoved saves a, the moved edit of o's appointment.
func (v *calendarView) saveMoved(o calendar.Occurrence, a *calendar.Appointment) {
	u := v.u
	err := saveEdit(u, u.apptMerge(o.Appointment, a), func(*calendar.Appointment, bool, string) { v.reload() })
	if err != nil && err != errAsked {
		kit.ShowError(u.win, err)
	}
	v.reload()
}

// moveOne moves only occurrence o.
func (v *calendarView) moveOne(o calendar.Occurrence, start time.Time) {
	a := o.Appointment.Clone()
	if err := a.MoveOccurrence(o.Original, start, start.Add(o.End.Sub(o.Start))); err != nil {
		kit.ShowError(v.u.win, err)
		v.reload()
		return
	}
	moved, _ := a.OccurrenceAt(o.Original)
	v.confirmMove(occurrenceClashes(v.u.ctx, v.u.store, moved), func() { v.saveMoved(o, a) })
}

// moveSeries shifts the whole appointment by as much as o moves, keeping
// the changes to single occurrences on theirs.
func (v *calendarView) moveSeries(o calendar.Occurrence, start time.Time) {
	a := o.Appointment.Clone()
	shift := start.Sub(o.Start)
	if dropped := a.Reschedule(a.Start.Add(shift), a.End.Add(shift)); len(dropped) > 0 {
		v.warnDropped(o.Appointment, dropped)
	}
	v.confirmMove(appointmentClashes(v.u.ctx, v.u.store, a), func() { v.saveMoved(o, a) })
}

// moveFollowing splits the series at o and moves the second part.
func (v *calendarView) moveFollowing(o calendar.Occurrence, start time.Time) {
	u := v.u
	before, rest, err := o.Appointment.SplitAt(o.Original)
	if err != nil {
		kit.ShowError(u.win, err)
		v.reload()
		return
	}
	if before == nil {
		v.moveSeries(o, start)
		return
	}
	shift := start.Sub(o.Start)
	if dropped := rest.Reschedule(rest.Start.Add(shift), rest.End.Add(shift)); len(dropped) > 0 {
		v.warnDropped(o.Appointment, dropped)
	}
	v.confirmMove(appointmentClashes(u.ctx, u.store, rest), func() {
		if err := u.saveSplit(o.Appointment, before, rest); err != nil {
			kit.ShowError(u.win, err)
		}
		v.reload()
	})
}

// warnDropped tells the person which changes to single occurrences a move
// removed.
func (v *calendarView) warnDropped(a *calendar.Appointment, dropped []calendar.Exception) {
	dialog.ShowInformation(T("appt.dropped.title", "Changes removed"),
		T("appt.dropped", "These changes to single appointments no longer fit the series and will be removed:")+"\n"+exceptionLines(a, dropped), v.u.win)
}

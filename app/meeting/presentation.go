package meeting

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// maxAppointments bounds the appointment list so the card fits the screen.
const maxAppointments = 8

// stripRows is how many agenda rows the side strip shows around the
// current citizen.
const stripRows = 15

// presentation is the wall view: one citizen at a time in large type,
// the clocks, and the rest of the agenda in a side strip.
type presentation struct {
	name  *widget.Label
	sub   *widget.Label
	clock *clockView
	left  *fyne.Container
	right *fyne.Container
	last  *fyne.Container // notes from the last meeting, under the shorter column
	strip *fyne.Container
	// body and stripBox hold the freshly built parts, each in its own
	// theme override so they are measured in the wall sizes from the start.
	body     *fyne.Container
	stripBox *fyne.Container
	theme    *wallTheme
	progress *thinBar
	count    *widget.Label
	override *container.ThemeOverride
	content  fyne.CanvasObject

	// On a narrow screen the strip folds into one progress line under the
	// name (compact), and all wall type shrinks by scale (wallLayout).
	compact      *fyne.Container
	compactCount *widget.Label
	compactBar   *thinBar
	scale        float32
	collapsed    bool
	// cd and x are what is shown, to build it again at another scale.
	cd *card
	x  *session
	// mode is the citizen-present mode: the wall shows that citizen alone.
	mode presentState
}

func newPresentation() *presentation {
	p := &presentation{
		name:     widget.NewLabel(""),
		sub:      widget.NewLabel(""),
		clock:    newClockView(true),
		body:     container.NewStack(),
		stripBox: container.NewStack(),
		theme:    newWallTheme(),
		progress: newThinBar(),
		count:    widget.NewLabel(""),
		scale:    1,

		compactCount: widget.NewLabel(""),
		compactBar:   newThinBar(),
	}
	p.name.SizeName = sizeNameWallName
	p.name.TextStyle = fyne.TextStyle{Bold: true}
	// A long name or theme title wraps: cut off, the room reads half of it.
	p.name.Wrapping = fyne.TextWrapWord
	p.sub.SizeName = theme.SizeNameSubHeadingText
	p.sub.Wrapping = fyne.TextWrapWord
	p.count.SizeName = theme.SizeNameCaptionText
	p.compactCount.SizeName = theme.SizeNameCaptionText
	p.compact = container.NewBorder(nil, nil, p.compactCount, nil, p.compactBar.content)
	p.compact.Hide()

	header := container.NewBorder(nil, nil, nil, p.clock.content,
		container.NewVBox(p.name, p.sub, p.compact))
	body := p.body
	title := widget.NewLabel(T("meeting.agenda", "Agenda"))
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.SizeName = theme.SizeNameSubHeadingText
	// The card and the strip scroll rather than grow: their height must not
	// push the window past the screen, where a real driver cuts the top off.
	side := container.NewBorder(container.NewVBox(title, p.count, p.progress.content), nil, nil, nil, container.NewVScroll(p.stripBox))
	sideBg := canvas.NewRectangle(themeColor(theme.ColorNameInputBackground))
	sideBox := container.NewStack(sideBg, container.NewPadded(side))
	main := container.NewBorder(container.NewVBox(header, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(body))
	split := container.New(&wallLayout{p: p}, container.NewPadded(main), sideBox)
	p.override = container.NewThemeOverride(split, p.theme)
	p.content = p.override
	return p
}

// show puts a citizen's card and the agenda state on the wall.
func (p *presentation) show(cd *card, x *session) {
	p.cd, p.x = cd, x
	if p.mode.on() {
		if cd != nil && cd.Citizen.ID != p.mode.citizenID {
			cd = nil // never another citizen's card while one is in the room
		}
		p.showPresent(cd, x)
		return
	}
	if x.ms.OnTheme() {
		p.showTheme(x)
		return
	}
	p.left = container.New(&columnLayout{})
	p.right = container.New(&columnLayout{})
	p.last = container.New(&columnLayout{})
	if cd == nil {
		p.name.SetText(T("meeting.empty", "The agenda is empty"))
		p.sub.SetText("")
	} else {
		c := cd.Citizen
		p.name.SetText(c.DisplayName())
		p.sub.SetText(subtitle(cd))
		p.fillLeft(cd)
		p.fillRight(cd, x.plan)
	}
	p.body.Objects = []fyne.CanvasObject{container.NewThemeOverride(container.New(&cardLayout{}, p.left, p.right, p.last), p.theme)}
	p.body.Refresh()
	p.fillStrip(x)
	p.clock.update(x, x.now())
}

// subtitle is the line under the name: section, status, time on the board.
func subtitle(cd *card) string {
	parts := []string{sectionLabel(cd.Section), statusLabel(cd.Citizen.Status)}
	if cd.DaysOnBoard > 0 {
		parts = append(parts, T("meeting.days_on_board", "day {{.Days}} on the board", map[string]any{"Days": cd.DaysOnBoard}))
	}
	return strings.Join(parts, " · ")
}

func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord // a long heading must not widen the card past the screen
	return l
}

// dimLine is a secondary line: italic, but in full colour so it still
// reads from the back of the room.
func dimLine(text string) *widget.Label {
	l := kit.WrapLabel(text)
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

// chip is a coloured marker with white text, at the wall scale.
func chip(text string, bg color.Color, scale float32) fyne.CanvasObject {
	r := canvas.NewRectangle(bg)
	r.CornerRadius = 10
	t := canvas.NewText(text, color.White)
	t.TextSize = wallCaption * scale
	t.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(r, container.New(layout.NewCustomPaddedLayout(4, 4, 14, 14), t))
}

func (p *presentation) fillLeft(cd *card) {
	c := cd.Citizen
	add := func(o ...fyne.CanvasObject) { p.left.Objects = append(p.left.Objects, o...) }
	if c.OnBoard {
		add(heading(T("meeting.why", "Why on the board")), kit.WrapLabel(c.BoardReason))
		add(dimLine(T("meeting.board_since", "On the board since {{.Since}} ({{.Days}} days) · review {{.Review}}",
			map[string]any{"Since": fmtLongDate(c.BoardSince), "Days": cd.DaysOnBoard, "Review": fmtLongDate(c.ReviewDate)})))
	} else {
		add(heading(T("meeting.why_agenda", "Why on the agenda")), kit.WrapLabel(sectionLabel(cd.Section)))
		switch {
		case c.Status == board.StatusReferred || c.Status == board.StatusIntake:
			add(dimLine(T("meeting.referred", "Referred {{.On}} by {{.By}}",
				map[string]any{"On": fmtLongDate(c.ReferredOn), "By": c.ReferredBy})))
		case !c.ReviewDate.IsZero():
			add(dimLine(T("meeting.review", "Review {{.Review}}", map[string]any{"Review": fmtLongDate(c.ReviewDate)})))
		}
	}
	if len(cd.Attention) > 0 {
		var chips []fyne.CanvasObject
		for _, a := range cd.Attention {
			chips = append(chips, chip(attentionLabel(a), colorAmber, p.scale))
		}
		add(container.New(&flowLayout{}, chips...))
	}
	add(heading(T("meeting.goals", "Goals")))
	if len(cd.Goals) == 0 {
		add(dimLine(T("meeting.none", "None")))
	}
	for _, g := range cd.Goals {
		add(kit.WrapLabel("• " + g.Text))
	}
	add = func(o ...fyne.CanvasObject) { p.last.Objects = append(p.last.Objects, o...) }
	if cd.Last == nil || cd.LastItem == nil {
		add(heading(T("meeting.last_meeting", "From the last meeting")))
		add(dimLine(T("meeting.not_discussed", "Not discussed at an earlier meeting")))
		return
	}
	add(heading(T("meeting.last_meeting_on", "From the last meeting, {{.Date}}", map[string]any{"Date": fmtDate(cd.Last.Date)})))
	for _, s := range []string{cd.LastItem.Notes, cd.LastItem.Decisions, cd.LastItem.BoardChange} {
		if s = strings.TrimSpace(s); s != "" {
			add(kit.WrapLabel(s))
		}
	}
}

func (p *presentation) fillRight(cd *card, pl *planning) {
	add := func(o ...fyne.CanvasObject) { p.right.Objects = append(p.right.Objects, o...) }
	add(heading(T("meeting.actions", "Open actions")))
	if len(cd.Actions) == 0 {
		add(dimLine(T("meeting.none", "None")))
	}
	for _, a := range cd.Actions {
		who := T("meeting.citizen_or_network", "citizen/network")
		if a.ResponsibleID != 0 {
			who = pl.initials(a.ResponsibleID)
		}
		l := kit.WrapLabel(fmt.Sprintf("• %s — %s, %s", a.Text, who, fmtDate(a.Due)))
		if a.Overdue(pl.Today) {
			l.Importance = widget.DangerImportance
		}
		add(l)
	}
	add(heading(T("meeting.appointments", "Appointments, this week and the next two")))
	if len(cd.Appointments) == 0 {
		add(dimLine(T("meeting.none", "None")))
	}
	thisWeek := calendar.WeekOf(pl.Today.In(calendar.Copenhagen))
	for i, o := range cd.Appointments {
		if i == maxAppointments {
			add(dimLine(T("meeting.more", "+ {{.N}} more", map[string]any{"N": len(cd.Appointments) - i})))
			break
		}
		var who []string
		for _, id := range o.Appointment.Participants {
			who = append(who, pl.initials(id))
		}
		l := kit.WrapLabel(fmt.Sprintf("%s  %s · %s", fmtDateTime(o.Start), kindLabel(o.Appointment.Kind), strings.Join(who, ", ")))
		l.Wrapping, l.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
		if thisWeek.Contains(o.Start) {
			l.TextStyle = fyne.TextStyle{Bold: true}
		}
		switch o.EffectiveStatus() {
		case calendar.StatusHeld:
			l.Text += " · " + T("meeting.held", "held")
		case calendar.StatusNoShow:
			l.Text += " · " + T("meeting.no_show", "did not show up")
			l.Importance = widget.DangerImportance
		}
		if o.Moved() {
			l.Text += " · " + T("meeting.moved", "moved")
		}
		add(l)
	}
}

// fillStrip lists the agenda around the current citizen with progress.
func (p *presentation) fillStrip(x *session) {
	items := x.meeting().Items
	done, total := x.meeting().Progress()
	p.count.SetText(T("meeting.progress", "{{.Done}} of {{.Total}} discussed", map[string]any{"Done": done, "Total": total}))
	p.progress.set(done, total)
	p.compactCount.SetText(p.count.Text)
	p.compactBar.set(done, total)
	first, end := board.AgendaWindow(len(items), x.ms.Current, stripRows)
	p.strip = container.NewVBox()
	if x.meeting().Theme.Set() && first == 0 {
		p.strip.Objects = append(p.strip.Objects, themeStripRow(x))
	}
	if first > 0 {
		p.strip.Objects = append(p.strip.Objects, stripLabel(T("meeting.earlier", "{{.N}} earlier", map[string]any{"N": first}), widget.MediumImportance))
	}
	for i := first; i < end; i++ {
		p.strip.Objects = append(p.strip.Objects, stripRow(x, i))
	}
	if rest := x.meeting().LeftAfter(end); rest > 0 {
		p.strip.Objects = append(p.strip.Objects, stripLabel(T("meeting.later", "+ {{.N}} more", map[string]any{"N": rest}), widget.MediumImportance))
	}
	p.stripBox.Objects = []fyne.CanvasObject{container.NewThemeOverride(p.strip, p.theme)}
	p.stripBox.Refresh()
}

func stripLabel(text string, imp widget.Importance) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	l.Truncation = fyne.TextTruncateEllipsis
	l.Importance = imp
	return l
}

// stripRow is one agenda row: an icon for its state and the name.
func stripRow(x *session, i int) fyne.CanvasObject {
	it := x.meeting().Items[i]
	name := x.plan.name(it.CitizenID)
	imp := widget.MediumImportance
	var icon fyne.Resource = theme.NewThemedResource(theme.RadioButtonIcon())
	switch {
	case i == x.ms.Current:
		imp, icon = widget.HighImportance, theme.NavigateNextIcon()
	case it.Skipped:
		imp, icon = widget.LowImportance, theme.ContentRemoveIcon()
	case it.WasDiscussed():
		icon = theme.ConfirmIcon()
	}
	l := stripLabel(name, imp)
	if i == x.ms.Current {
		l.TextStyle = fyne.TextStyle{Bold: true}
		bg := canvas.NewRectangle(withAlpha(themeColor(theme.ColorNamePrimary), 0x30))
		bg.CornerRadius = 6
		return container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l))
	}
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

// The wall view is made for the card beside the strip on a 1920-px
// screen (with the capture panel beside it on a single screen). On a
// smaller screen the type shrinks with the width the card gets, and below
// foldBelow the strip folds into a progress line under the name, which
// gives the card its width back; no part runs off the screen down to
// 1280×720.
const (
	refCardWidth = 1092 // the card's width at scale 1: 1920 px less the capture panel and the strip
	minScale     = 0.55
	foldBelow    = 0.85
	stripWidth   = 400
	stripFrac    = 0.22
)

// wallLayout puts the card left and the agenda strip right, and sets the
// presentation's scale for the width it gets.
type wallLayout struct{ p *presentation }

func (l *wallLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	side := fyne.Min(stripWidth, size.Width*stripFrac)
	scale := wallScale(size.Width - side)
	folded := scale < foldBelow
	if folded {
		side = 0
		scale = wallScale(size.Width)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width-side, size.Height))
	if folded {
		objs[1].Hide()
	} else {
		objs[1].Show()
		objs[1].Move(fyne.NewPos(size.Width-side, 0))
		objs[1].Resize(fyne.NewSize(side, size.Height))
	}
	if size.Width > 0 {
		l.p.setScale(scale, folded)
	}
}

// MinSize is the card's alone: the strip can fold away, and the type
// shrinks rather than widen the window past the screen.
func (l *wallLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width, fyne.Max(a.Height, b.Height))
}

// wallScale is the type scale for a card width.
func wallScale(cardWidth float32) float32 {
	s := cardWidth / refCardWidth
	if s > 1 {
		return 1
	}
	if s < minScale {
		return minScale
	}
	return s
}

// setScale shows the presentation at a new scale (and the strip folded
// or not), building the card again at the new sizes.
func (p *presentation) setScale(scale float32, folded bool) {
	if folded == p.collapsed && scale > p.scale-0.02 && scale < p.scale+0.02 {
		return
	}
	p.scale, p.collapsed = scale, folded
	p.theme.scale = scale
	p.clock.setScale(scale)
	if folded {
		p.compact.Show()
	} else {
		p.compact.Hide()
	}
	if p.x != nil {
		p.show(p.cd, p.x)
	}
	if p.override != nil {
		p.override.Refresh()
	}
}

// stripLayout puts the main view left and the strip on the right, at a
// fixed width but at most frac of the whole.
type stripLayout struct{ width, frac float32 }

func (l *stripLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := l.width
	if w > size.Width*l.frac {
		w = size.Width * l.frac
	}
	// Never narrower than the panel needs (large text on a laptop): the
	// presentation scales itself down instead.
	if need := objs[1].MinSize().Width; w < need {
		w = fyne.Min(need, size.Width-objs[0].MinSize().Width)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width-w, size.Height))
	objs[1].Move(fyne.NewPos(size.Width-w, 0))
	objs[1].Resize(fyne.NewSize(w, size.Height))
}

func (l *stripLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width, fyne.Max(a.Height, b.Height))
}

// thinBar is a quiet progress bar: a thin line filled in the primary
// colour.
type thinBar struct {
	bg, fill *canvas.Rectangle
	frac     float32
	content  *fyne.Container
}

func newThinBar() *thinBar {
	b := &thinBar{bg: canvas.NewRectangle(themeColor(theme.ColorNameSeparator)), fill: canvas.NewRectangle(themeColor(theme.ColorNamePrimary))}
	b.bg.CornerRadius, b.fill.CornerRadius = 4, 4
	b.content = container.New(b, b.bg, b.fill)
	return b
}

func (b *thinBar) set(done, total int) {
	b.frac = 0
	if total > 0 {
		b.frac = float32(done) / float32(total)
	}
	b.content.Refresh()
}

func (b *thinBar) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := float32(10)
	y := (size.Height - h) / 2
	b.bg.Move(fyne.NewPos(0, y))
	b.bg.Resize(fyne.NewSize(size.Width, h))
	b.fill.Move(fyne.NewPos(0, y))
	b.fill.Resize(fyne.NewSize(size.Width*b.frac, h))
}

func (b *thinBar) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(40, 18) }

// columnLayout stacks objects top to bottom at the column's full width.
// Unlike a VBox it gives each object its width before asking its height,
// so wrapped labels get the height of the lines they really wrap to.
type columnLayout struct{}

const columnGap = 4

func (columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, y))
		y += h + columnGap
	}
}

func (columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = fyne.Max(w, m.Width)
		h += m.Height + columnGap
	}
	return fyne.NewSize(w, h)
}

// cardLayout puts the left and right columns side by side and the last
// meeting's notes under whichever column is shorter, so a long card still
// fits the screen.
type cardLayout struct{}

const cardGap = 24

func (cardLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	left, right, last := objs[0], objs[1], objs[2]
	w := (size.Width - cardGap) / 2
	place := func(o fyne.CanvasObject, x, y float32) float32 {
		o.Resize(fyne.NewSize(w, o.Size().Height))
		if c, ok := o.(*fyne.Container); ok && c.Layout != nil {
			c.Layout.Layout(c.Objects, c.Size()) // lay out even when the size did not change
		}
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, y))
		return h
	}
	hl := place(left, 0, 0)
	hr := place(right, w+cardGap, 0)
	if hl <= hr {
		place(last, 0, hl)
	} else {
		place(last, w+cardGap, hr)
	}
}

func (cardLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	l, r, x := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(2*fyne.Max(fyne.Max(l.Width, r.Width), x.Width)+cardGap, fyne.Max(l.Height, r.Height)+x.Height)
}

// flowLayout sets objects left to right and wraps to a new row when the
// width runs out; the markers use it. It remembers the width it last laid
// out at, which columnLayout gives it before asking for the height.
type flowLayout struct{ width float32 }

const flowGap = 8

func (f *flowLayout) rows(objs []fyne.CanvasObject, width float32, place bool) fyne.Size {
	x, y, rowH, maxW := float32(0), float32(0), float32(0), float32(0)
	for _, o := range objs {
		m := o.MinSize()
		if x > 0 && width > 0 && x+m.Width > width {
			x, y, rowH = 0, y+rowH+flowGap, 0
		}
		if place {
			o.Resize(m)
			o.Move(fyne.NewPos(x, y))
		}
		x += m.Width + flowGap
		rowH = fyne.Max(rowH, m.Height)
		maxW = fyne.Max(maxW, x-flowGap)
	}
	return fyne.NewSize(maxW, y+rowH)
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.rows(objs, size.Width, true)
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := f.rows(objs, f.width, false)
	if f.width > 0 {
		s.Width = fyne.Min(s.Width, f.width)
	}
	return s
}

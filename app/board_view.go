package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/calendar"
)

// Board columns.
const (
	colName = iota
	colWhy
	colResponsible
	colMonday // … colMonday+6 = Sunday
	colNext   = colMonday + 7 + iota - 4
	colDiscussed
	colLatestNote
	colCount
)

// baseColumnWidths at 100 % text size; scaled with the text.
var baseColumnWidths = [colCount]float32{180, 190, 112, 104, 104, 104, 104, 104, 104, 104, 190, 150, 230}

// boardView is the main screen: the week board.
type boardView struct {
	u      *UI
	week   calendar.Week
	wb     *board.WeekBoard
	lines  []boardLine
	filter boardFilter
	sel    int // selected line, -1 for none

	table     *boardTable
	tip       *kit.CellTip
	weekLabel *widget.Label
	count     *widget.Label
	search    *kit.Entry
	keysHint  *widget.Label // the keys the search hint has no room for
	member    *widget.Select
	sector    *widget.Select
	problem   *widget.Label
	noMatch   *widget.Label // says in words that the filter leaves no one
	meetBtn   *widget.Button
	printBtn  *widget.Button
	exportBtn *widget.Button
	root      fyne.CanvasObject
}

func newBoardView(u *UI) *boardView {
	v := &boardView{u: u, week: calendar.WeekOf(u.now()), sel: -1}
	v.build()
	return v
}

func (v *boardView) content() fyne.CanvasObject { return v.root }

func (v *boardView) build() {
	u := v.u
	v.weekLabel = widget.NewLabelWithStyle(kit.WeekTitle(v.week), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.setWeek(v.week.Prev()) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.setWeek(v.week.Next()) })
	this := widget.NewButton(T("board.this_week", "This week"), func() { v.setWeek(calendar.WeekOf(u.now())) })
	pick := widget.NewButtonWithIcon(T("board.pick_week", "Pick week…"), theme.CalendarIcon(), v.pickWeek)

	v.search = newKeyEntry(u)
	v.search.SetPlaceHolder(T("board.search", "Search name (Ctrl+F) · Enter opens"))
	v.search.OnChanged = func(s string) { v.filter.search = s; v.filterChanged() }
	v.search.OnSubmitted = func(string) { v.openFirstMatch() }
	v.search.OnEscape = func() { v.search.SetText(""); v.focus() }

	v.member = widget.NewSelect(nil, func(string) { v.filter.memberID = v.selectedMember(); v.filterChanged() })
	v.member.PlaceHolder = T("board.all_members", "All members")
	v.sector = widget.NewSelect(nil, func(s string) { v.filter.sector = v.selectedSector(); v.filterChanged() })
	v.sector.PlaceHolder = T("board.all_sectors", "All sectors")
	v.fillFilters()

	v.count = widget.NewLabel("")
	v.problem = widget.NewLabel("")
	v.problem.Importance = widget.DangerImportance
	v.problem.Hide()

	v.meetBtn = widget.NewButtonWithIcon(T("meetings.start", "Start meeting"), theme.MediaPlayIcon(), u.startMeeting)
	v.meetBtn.Importance = widget.HighImportance
	v.printBtn = widget.NewButtonWithIcon(T("board.print", "Print board"), theme.DocumentPrintIcon(), func() {
		if err := u.printBoard(v.week); err != nil {
			kit.ShowError(u.win, err)
		}
	})
	v.exportBtn = widget.NewButtonWithIcon(T("ics.export", "Export calendar…"), theme.DownloadIcon(), func() { u.exportCalendar(exportScope{}) })

	nav := container.NewHBox(prev, this, next, pick, v.weekLabel)
	filters := container.NewHBox(v.member, v.sector, v.count)
	// Scrolls sideways with large text instead of widening the window.
	bar := container.NewHScroll(container.NewBorder(nil, nil, nav, filters, v.search))

	v.tip = kit.NewCellTip()
	v.table = newBoardTable(v)
	v.noMatch = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	v.noMatch.Wrapping = fyne.TextWrapWord
	v.noMatch.Hide()
	v.root = container.NewBorder(container.NewVBox(bar, v.problem), v.legend(), nil, nil,
		container.NewStack(v.table, container.NewVBox(layout.NewSpacer(), v.noMatch, layout.NewSpacer()), v.tip.Layer))
}

// actions are the board's buttons for the header row, where there is
// room for them even on a laptop screen: the meeting, printing the week
// shown, and exporting the team's calendar.
func (v *boardView) actions() fyne.CanvasObject {
	return container.NewHBox(v.meetBtn, v.printBtn, v.exportBtn)
}

// showActions shows the week's print and export only with the board.
func (v *boardView) showActions(on bool) {
	for _, b := range []*widget.Button{v.printBtn, v.exportBtn} {
		if on {
			b.Show()
		} else {
			b.Hide()
		}
	}
}

// fillFilters lists the members and sectors in the two filter selects.
func (v *boardView) fillFilters() {
	opts := []string{T("board.all_members", "All members")}
	for _, m := range v.u.activeMembers() {
		opts = append(opts, m.Initials+" – "+m.Name)
	}
	v.member.Options = opts
	sopts := []string{T("board.all_sectors", "All sectors")}
	for _, s := range board.Sectors {
		sopts = append(sopts, kit.SectorLabel(s))
	}
	v.sector.Options = sopts
}

func (v *boardView) selectedMember() int64 {
	i := v.member.SelectedIndex()
	ms := v.u.activeMembers()
	if i <= 0 || i > len(ms) {
		return 0
	}
	return ms[i-1].ID
}

func (v *boardView) selectedSector() board.Sector {
	i := v.sector.SelectedIndex()
	if i <= 0 || i > len(board.Sectors) {
		return ""
	}
	return board.Sectors[i-1]
}

// legend explains the chips' shapes and the markers.
func (v *boardView) legend() fyne.CanvasObject {
	c := kit.NewGridCell()
	chips := legendChips()
	c.Set(kit.CellSpec{Items: []kit.CellItem{{Chips: chips}}})
	// As wide as the chips, so the legend never widens the window.
	w := 3*theme.Padding() + 2
	for _, ch := range chips {
		w += kit.ChipSize(ch, theme.CaptionTextSize()).Width + 3
	}
	h := theme.CaptionTextSize()*1.35 + 2 + theme.Padding()
	// The keys that did not fit the search field's hint (it was cut off
	// at "F11 full…" on a laptop) stand at the legend's right end; they
	// give way before the legend does.
	keys := widget.NewLabel(T("board.keys_hint", "N adds a note · F11 full screen"))
	keys.SizeName = theme.SizeNameCaptionText
	keys.Alignment = fyne.TextAlignTrailing
	keys.Truncation = fyne.TextTruncateEllipsis
	v.keysHint = keys
	return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(w, h), c), nil, keys)
}

// legendChips are the legend's examples: the sectors' shapes and colours
// and the markers.
func legendChips() []kit.ChipSpec {
	var chips []kit.ChipSpec
	for _, s := range board.Sectors {
		chips = append(chips, kit.ChipSpec{Text: kit.SectorLetter(s) + " " + kit.SectorLabel(s), Fill: kit.SectorColor(s), Shape: kit.SectorShape(s)})
	}
	chips = append(chips,
		kit.ChipSpec{Text: T("legend.safety", "! safety note for visits"), Fill: kit.ColWarn},
		kit.ChipSpec{Text: T("legend.attention", "needs attention"), Fill: kit.ColAlert},
		kit.ChipSpec{Text: T("legend.cancelled", "cancelled"), Fill: kit.ColMuted, Strike: true},
	)
	return chips
}

// focus puts the keyboard on the grid.
func (v *boardView) focus() {
	if c := v.u.canvas(); c != nil && v.table.Visible() {
		c.Focus(v.table)
	}
}

func (v *boardView) setWeek(w calendar.Week) {
	v.week = w
	v.reload()
}

// pickWeek offers the weeks half a year back and ahead by number and
// dates (fyne's date picker writes month names in English only).
func (v *boardView) pickWeek() {
	var weeks []calendar.Week
	var opts []string
	w := calendar.WeekOf(v.u.now())
	for i := 0; i < 26; i++ {
		w = w.Prev()
	}
	for i := 0; i <= 52; i++ {
		weeks = append(weeks, w)
		opts = append(opts, kit.WeekTitle(w))
		w = w.Next()
	}
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(opts) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.SetText(opts[i])
			l.TextStyle.Bold = weeks[i] == v.week
			l.Refresh()
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		v.setWeek(weeks[i])
	}
	d = dialog.NewCustom(T("board.pick_week.title", "Pick a week"), T("Cancel", "Cancel"), list, v.u.win)
	d.Resize(fyne.NewSize(420, 520))
	d.Show()
	for i, wk := range weeks { // only once shown: the list has no height before
		if wk == v.week {
			list.ScrollTo(i)
		}
	}
	v.u.canvas().Focus(list)
}

// reload reads the week board again and keeps the selected citizen.
func (v *boardView) reload() {
	if v.u.store == nil {
		return
	}
	v.weekLabel.SetText(kit.WeekTitle(v.week))
	wb, err := v.u.store.WeekBoard(v.u.ctx, v.week.Start(), v.week.End(), v.u.today())
	if err != nil {
		v.problem.SetText(kit.ErrorText(err))
		v.problem.Show()
		return
	}
	v.problem.Hide()
	v.wb = wb
	v.applyFilter()
	v.showMeetingState()
}

// showMeetingState names the meeting button after what it will do.
func (v *boardView) showMeetingState() {
	if v.u.meetingRunning() {
		v.meetBtn.SetText(T("meetings.resume", "Resume meeting"))
	} else {
		v.meetBtn.SetText(T("meetings.start", "Start meeting"))
	}
}

// applyFilter rebuilds the lines from the loaded board.
func (v *boardView) applyFilter() {
	var selID int64
	if c := v.selectedCitizen(); c != nil {
		selID = c.ID
	}
	v.lines = boardLines(v.wb, v.filter)
	v.sel = -1
	n := 0
	for i, l := range v.lines {
		if !l.heading() {
			n++
			if l.row.Citizen.ID == selID {
				v.sel = i
			}
		}
	}
	v.count.SetText(citizenCount(n))
	v.showNoMatch(n)
	v.tip.Hide()
	v.table.layoutRows()
	v.table.Refresh()
}

// filterChanged shows the lines the new filter leaves from the top: a
// table scrolled further down than the fewer lines reach would show
// nothing, or stale rows, until scrolled up.
func (v *boardView) filterChanged() {
	v.applyFilter()
	v.table.ScrollToTop()
	v.table.Refresh()
}

// openFirstMatch is Enter in the search field: it opens the first
// citizen the filter leaves, or keeps the keyboard on the board when
// nothing matches.
func (v *boardView) openFirstMatch() {
	for i, l := range v.lines {
		if !l.heading() {
			v.openLine(i)
			return
		}
	}
	v.focus()
}

func (v *boardView) selectedCitizen() *board.Citizen {
	if v.sel < 0 || v.sel >= len(v.lines) || v.lines[v.sel].heading() {
		return nil
	}
	return v.lines[v.sel].row.Citizen
}

// selectLine marks line i as selected and redraws the two rows involved.
func (v *boardView) selectLine(i int) {
	if i < 0 || i >= len(v.lines) {
		return
	}
	old := v.sel
	v.sel = i
	for c := 0; c < colCount; c++ {
		if old >= 0 {
			v.table.RefreshItem(widget.TableCellID{Row: old, Col: c})
		}
		v.table.RefreshItem(widget.TableCellID{Row: i, Col: c})
	}
}

// openLine opens the citizen on line i.
func (v *boardView) openLine(i int) {
	if i < 0 || i >= len(v.lines) || v.lines[i].heading() {
		return
	}
	v.selectLine(i)
	v.u.openCitizen(v.lines[i].row.Citizen.ID)
}

// quickNote asks for a progress note for the selected citizen: N, the
// text, Enter.
func (v *boardView) quickNote() {
	c := v.selectedCitizen()
	if c == nil {
		return
	}
	v.u.showQuickNote(c, v.reload)
}

// dayIndex returns which day of the week t falls on, or -1.
func (v *boardView) dayIndex(t time.Time) int {
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

// tipForCell shows the full text of the cell the keyboard selected, when
// it had to be cut.
func (v *boardView) tipForCell(id widget.TableCellID) {
	if c := v.table.cellShowing(id); c != nil {
		v.tip.ShowFor(c)
		return
	}
	v.tip.Hide()
}

// hideTipOf hides the tip when the pointer leaves the cell it belongs to.
func (v *boardView) hideTipOf(c *kit.GridCell) {
	if v.tip.Of == c {
		v.tip.Hide()
	}
}

// citizenCount says "1 citizen" or "N citizens".
func citizenCount(n int) string {
	if n == 1 {
		return T("board.count.one", "1 citizen")
	}
	return T("board.count", "{{.N}} citizens", map[string]any{"N": n})
}

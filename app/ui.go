// Package app is Tavlen's desktop user interface, built with Fyne. It
// never imports the cgo driver (fyne.io/fyne/v2/app): main.go makes the
// fyne.App and calls Start, and the tests drive the same code through
// fyne.io/fyne/v2/test without a display.
package app

import (
	"context"
	"io"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/assets"
	"tavlen/board"
	"tavlen/calendar"
)

// Config is what main.go passes in.
type Config struct {
	Version string
	Now     func() time.Time // nil = time.Now
}

// Preference keys (per PC, kept by fyne).
const (
	prefLastFile = "lastFile"
	prefMember   = "member:" // + file path
	prefLanguage = "language"
	prefTheme    = "theme"
	prefScale    = "textScale"
)

// UI is one main window on one team file.
type UI struct {
	app   fyne.App
	win   fyne.Window
	cfg   Config
	ctx   context.Context
	theme *kit.Theme

	store   Store
	team    *board.Team
	me      *board.Member
	members []*board.Member
	byID    board.MemberIndex

	root  *fyne.Container // holds the current page
	tabs  *container.AppTabs
	board *boardView
	cal   *calendarView
	cts   *contactsView
	title *widget.Label

	// page is the page shown over the tabs (a citizen record), or nil.
	page page

	// bg counts writes running in the background (access logging); the
	// file is closed only after they finish.
	bg sync.WaitGroup

	// dialogs are the open form dialogs, newest last, for Escape.
	dialogs *dialog.Host

	// live follows the other PCs on the open file (live.go), or nil.
	live *live

	// newestApptForm is the appointment form opened last, so the calendar
	// can show the week of the appointment it saved.
	newestApptForm *apptForm

	// meetingWin is the open meeting mode window, or nil.
	meetingWin fyne.Window
	meetings   *container.TabItem
	room       *roomTabs // Årshjul and Venteliste (meeting_tabs.go)

	// printDir holds this session's printed PDFs; lastPDF is the newest.
	printDir, lastPDF string

	// The system's file viewer and file dialogs; the tests replace them.
	viewFile func(path string, failed func(error)) error
	saveFile func(parent fyne.Window, name string, exts []string, done func(io.WriteCloser))
	openFile func(exts []string, done func(r io.ReadCloser, name string))
}

// page is a screen pushed over the main tabs; it may refuse to close while
// it holds unsaved changes.
type page interface {
	content() fyne.CanvasObject
	// close asks the page to close; done runs once it may.
	close(done func())
	shortcut(s *desktop.CustomShortcut) bool
}

// Start builds the UI on a (path "" = reopen the last used file from
// preferences, else the first-run screen) and shows the main window. The
// caller then calls a.Run().
func Start(a fyne.App, path string, cfg Config) {
	u := newUI(a, a.NewWindow("Tavlen"), cfg)
	u.win.Resize(kit.LaptopSize) // fits every screen; people with more room maximise
	if path == "" {
		path = a.Preferences().String(prefLastFile)
	}
	if path != "" {
		u.openPath(path)
	} else {
		u.showFirstRun("")
	}
	u.win.Show()
}

func newUI(a fyne.App, w fyne.Window, cfg Config) *UI {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	u := &UI{app: a, win: w, cfg: cfg, ctx: context.Background(), viewFile: openInViewer}
	u.saveFile, u.openFile = u.pickSaveFile, u.pickOpenFile
	u.dialogs = &dialog.Host{Win: w, ReadOnly: u.readOnly}
	_ = applyLanguage(effectiveLanguage(a.Preferences().String(prefLanguage)))
	u.theme = themeFromPrefs(a.Preferences())
	a.Settings().SetTheme(u.theme)
	if icon := assets.Icon(); icon != nil {
		a.SetIcon(icon)
		w.SetIcon(icon)
	}
	w.SetTitle(T("app.title", "Tavlen"))
	w.SetCloseIntercept(u.quit)
	u.registerShortcuts()
	return u
}

// themeFromPrefs is the theme this PC chose: text size and light or dark.
func themeFromPrefs(p fyne.Preferences) *kit.Theme {
	return kit.NewTheme(p.IntWithFallback(prefScale, 100), p.String(prefTheme))
}

func (u *UI) now() time.Time { return u.cfg.Now().In(calendar.Copenhagen) }

func (u *UI) today() board.Date { return board.DateOf(u.now()) }

// openPath opens an existing team file and goes on to "who are you?".
func (u *UI) openPath(path string) {
	s, err := openTeamFile(path, u.cfg.Now, "")
	if isRegion(path) && regionLoginRefused(err) {
		u.showFirstRun("")
		u.askRegionPassword(path, func(err error) { u.showFirstRun(kit.ErrorText(err)) })
		return
	}
	if err != nil {
		u.showFirstRun(kit.ErrorText(err))
		return
	}
	u.useStore(s)
}

// useStore makes s the open team file: remembers it and asks who works
// here unless this PC already knows.
func (u *UI) useStore(s Store) {
	if u.store != nil && u.store != s {
		u.closeStore()
	}
	u.store = s
	u.app.Preferences().SetString(prefLastFile, s.Path())
	u.checkOpenedFile(s)
	if err := u.loadMembers(); err != nil {
		u.showFirstRun(kit.ErrorText(err))
		return
	}
	u.team, _ = s.FindTeam(u.ctx)
	if m := u.memberByInitials(u.app.Preferences().String(prefMember + s.Path())); m != nil {
		u.setMe(m)
		u.showMain()
		return
	}
	u.showWhoAreYou()
}

func (u *UI) loadMembers() error {
	ms, err := u.store.FindMembers(u.ctx, board.MemberFilter{})
	if err != nil {
		return err
	}
	u.members = ms
	u.byID = board.IndexMembers(ms)
	return nil
}

func (u *UI) activeMembers() []*board.Member {
	var out []*board.Member
	for _, m := range u.members {
		if m.Active {
			out = append(out, m)
		}
	}
	return out
}

func (u *UI) memberByInitials(in string) *board.Member {
	if in == "" {
		return nil
	}
	for _, m := range u.members {
		if m.Initials == in {
			return m
		}
	}
	return nil
}

func (u *UI) setMe(m *board.Member) {
	u.me = m
	u.store.SetMember(m.Initials)
	u.app.Preferences().SetString(prefMember+u.store.Path(), m.Initials)
}

// showMain builds the main tabs: board, calendar, contacts.
func (u *UI) showMain() {
	u.page = nil
	u.board = newBoardView(u)
	u.cal = newCalendarView(u)
	u.cts = newContactsView(u)
	tabs := []*container.TabItem{
		container.NewTabItem(T("tab.board", "Board"), u.board.content()),
		container.NewTabItem(T("tab.calendar", "Calendar"), u.cal.content()),
		container.NewTabItem(T("tab.contacts", "Contacts"), u.cts.content()),
		u.newMeetingsTab(),
	}
	followTabs, followReload := u.followUpTabs()
	// All at once: each Append lays out and re-themes the whole tab bar,
	// which was a tenth of a second of the start.
	tabs = append(append(tabs, u.newRoomTabs()...), followTabs...)
	u.tabs = container.NewAppTabs(tabs...)
	u.tabs.OnSelected = func(t *container.TabItem) {
		if reload := followReload[t]; reload != nil {
			reload()
		}
		u.board.showActions(u.tabs.SelectedIndex() == 0)
		switch u.tabs.SelectedIndex() {
		case 0:
			u.board.reload()
			u.board.focus()
		case 1:
			u.cal.reload()
		case 2:
			u.cts.reload()
		case 3:
			u.reloadMeetings()
		default:
			u.reloadRoomTab(t)
		}
	}
	u.title = widget.NewLabel(u.headerText())
	u.title.TextStyle.Bold = true
	u.title.Truncation = fyne.TextTruncateEllipsis // a long team name never widens the window
	newBtn := widget.NewButton(T("action.new_citizen", "New citizen"), u.showNewCitizen)
	newBtn.Importance = widget.HighImportance
	settings := widget.NewButton(T("action.settings", "Settings"), u.showSettings)
	about := widget.NewButtonWithIcon("", theme.InfoIcon(), u.showAbout)
	// With large text the header scrolls sideways inside the window
	// rather than widening it past a laptop's screen.
	top := fyne.CanvasObject(container.NewHScroll(container.NewBorder(nil, nil, nil,
		container.NewHBox(u.board.actions(), widget.NewSeparator(), newBtn, settings, about), u.title)))
	u.startLive()
	var banners, status fyne.CanvasObject
	if u.live != nil {
		banners, status = u.live.widgets()
		top = container.NewVBox(top, banners)
	}
	main := container.NewBorder(top, status, nil, nil, u.tabs)
	u.root = container.NewStack(main)
	u.win.SetContent(u.root)
	if u.team != nil {
		u.win.SetTitle(T("app.title", "Tavlen") + " – " + u.team.Name)
	}
	u.board.reload()
	u.board.focus()
}

func (u *UI) headerText() string {
	name := ""
	if u.team != nil {
		name = u.team.Name
	}
	who := ""
	if u.me != nil {
		who = u.me.Initials
	}
	s := T("header", "{{.Team}} · you are {{.Me}}", map[string]any{"Team": name, "Me": who})
	if u.store != nil && u.store.ReadOnly() {
		s += " · " + T("header.read_only", "read only")
	}
	return s
}

// push shows p over the main tabs.
func (u *UI) push(p page) {
	u.page = p
	u.root.Objects = []fyne.CanvasObject{u.root.Objects[0], p.content()}
	u.root.Objects[0].Hide()
	u.root.Refresh()
	u.editingChanged()
}

// pop removes the page shown over the tabs, asking it first.
func (u *UI) pop() {
	if u.page == nil {
		return
	}
	u.page.close(u.popNow)
}

func (u *UI) popNow() {
	u.page = nil
	u.editingChanged()
	u.root.Objects = u.root.Objects[:1]
	u.root.Objects[0].Show()
	u.root.Refresh()
	if u.tabs != nil && u.tabs.SelectedIndex() == 0 {
		u.board.reload()
		u.board.focus()
	}
}

// quit closes the window unless a page holds unsaved changes the user
// wants to keep.
func (u *UI) quit() {
	closeAll := func() {
		if u.meetingWin != nil {
			u.meetingWin.Close()
		}
		u.closeStore()
		u.removePrints()
		u.win.Close()
	}
	if u.page != nil {
		u.page.close(closeAll)
		return
	}
	closeAll()
}

// closeStore closes the open file once background writes are done.
func (u *UI) closeStore() {
	if u.store == nil {
		return
	}
	u.stopLive()
	u.bg.Wait()
	_ = u.store.Close()
	u.store = nil
}

// rebuild builds every screen again, after a language change.
func (u *UI) rebuild() {
	u.win.SetTitle(T("app.title", "Tavlen"))
	if u.store != nil && u.me != nil {
		u.showMain()
	}
}

// canvas returns the window's canvas.
func (u *UI) canvas() fyne.Canvas { return u.win.Canvas() }

// writeDisabled reports (and explains) that the file is read-only.
func (u *UI) readOnly() bool { return u.store != nil && u.store.ReadOnly() }

package record

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// Tabs of the citizen record, in order (Page.tabs).
const (
	TabOverview = iota
	TabNotes
	TabGoals
	TabActions
	TabCrisis
	TabContacts
	TabAppointments
	TabWellbeing
	TabHistory
)

// Page is one citizen's record, shown over the board. Each tab loads its
// own data; forms keep typed text until saved or thrown away.
type Page struct {
	env       Env
	C         *board.Citizen
	now       board.Date
	attention []board.Attention

	title *widget.Label
	Tabs  *container.AppTabs
	// LiveNote says who changed the citizen on another PC while it is open.
	LiveNote *widget.Label
	Root     fyne.CanvasObject

	Overview *Overview
	Notes    *NotesTab
	Goals    *GoalsTab
	Actions  *ActionsTab
	Crisis   *CrisisForm
	Contacts *ContactsTab
	Appts    *ApptsTab
	// Wellbeing is the WHO-5 tab, built by another screen (Screens.Wellbeing).
	Wellbeing *ExtraTab
	History   *HistoryTab

	tabs []tab
}

// tab is one tab of the record: its title and content, what it does when
// selected, and what it reads again when the record is refreshed while it
// shows (nil: nothing).
type tab struct {
	title          string
	content        fyne.CanvasObject
	shown, refresh func()
}

// tabList is the record's tabs, in the order of the Tab constants. A new
// tab is one more line here and its constant above; a tab with a form
// that keeps typed text also joins Dirty and Save.
func (p *Page) tabList() []tab {
	return []tab{
		{title: T("record.tab.overview", "Overview"), content: p.Overview.Root},
		{title: T("record.tab.notes", "Progress notes"), content: p.Notes.Root, shown: p.Notes.Focus},
		{title: T("record.tab.goals", "Goals"), content: p.Goals.Root, refresh: p.Goals.Reload},
		{title: T("record.tab.actions", "Actions"), content: p.Actions.Root, refresh: p.Actions.Reload},
		{title: T("record.tab.crisis", "Crisis plan"), content: p.Crisis.Root},
		{title: T("record.tab.contacts", "Contacts"), content: p.Contacts.Root},
		{title: T("record.tab.appointments", "Appointments"), content: p.Appts.Root, shown: p.Appts.Reload, refresh: p.Appts.Reload},
		{title: T("record.tab.wellbeing", "Wellbeing (WHO-5)"), content: p.Wellbeing.Content, shown: p.Wellbeing.Reload, refresh: p.Wellbeing.Reload},
		{title: T("record.tab.history", "History"), content: p.History.Root, shown: p.History.Reload, refresh: p.History.Reload},
	}
}

// Open reads citizen id and builds its record; attention is the board's
// markers for the citizen.
func Open(env Env, id int64, attention []board.Attention) (*Page, error) {
	c, err := env.Store().FindCitizenByID(env.Ctx, id)
	if err != nil {
		return nil, err
	}
	p := &Page{env: env, C: c, now: env.today(), attention: attention}
	p.build()
	return p, nil
}

func (p *Page) build() {
	env := p.env
	back := widget.NewButtonWithIcon(T("record.back", "Board"), theme.NavigateBackIcon(), func() {
		if env.Screens.Back != nil {
			env.Screens.Back()
		}
	})
	p.title = widget.NewLabel("")
	p.title.TextStyle.Bold = true
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.title.Truncation = fyne.TextTruncateEllipsis // a long name never widens the window
	p.setTitle()

	p.Overview = newOverview(p)
	p.Notes = NewNotesTab(env, p.C.ID)
	p.Goals = newGoalsTab(env, p.C)
	p.Actions = newActionsTab(env, p.C, p.now)
	p.Crisis = newCrisisForm(env, p.C)
	p.Contacts = newContactsTab(env, p.C)
	p.Appts = newApptsTab(env, p.C)
	p.Wellbeing = newExtraTab(env.Screens.Wellbeing, p.C.ID)
	p.History = NewHistoryTab(env, p.C.ID)

	p.tabs = p.tabList()
	items := make([]*container.TabItem, len(p.tabs))
	for i, t := range p.tabs {
		items[i] = container.NewTabItem(t.title, t.content)
	}
	p.Tabs = container.NewAppTabs(items...)
	p.Tabs.OnSelected = func(*container.TabItem) { p.tabSelected() }
	printBtn := widget.NewButtonWithIcon(T("record.print_plan", "Print plan"), theme.DocumentPrintIcon(), func() {
		if env.Screens.PrintPlan == nil {
			return
		}
		if err := env.Screens.PrintPlan(p.C.ID); err != nil {
			env.showError(err)
		}
	})
	export := widget.NewButtonWithIcon(T("ics.export", "Export calendar…"), theme.DownloadIcon(), func() {
		if env.Screens.ExportCalendar != nil {
			env.Screens.ExportCalendar(p.C)
		}
	})
	imp := widget.NewButtonWithIcon(T("ics.import", "Import calendar…"), theme.UploadIcon(), func() {
		if env.Screens.ImportCalendar != nil {
			env.Screens.ImportCalendar(p.C.ID)
		}
	})
	if env.readOnly() {
		imp.Disable()
	}
	top := container.NewBorder(nil, nil, back, container.NewHBox(printBtn, export, imp), p.title)
	p.LiveNote = widget.NewLabel("")
	p.LiveNote.Importance = widget.WarningImportance
	p.LiveNote.TextStyle.Bold = true
	p.LiveNote.Hide()
	p.Root = container.NewBorder(container.NewVBox(top, p.LiveNote, p.banner()), nil, nil, nil, p.Tabs)
}

// banner shows what a visitor must know first: the safety note and the
// board's attention markers, in chips like on the board.
func (p *Page) banner() fyne.CanvasObject {
	var chips []kit.ChipSpec
	if note := strings.TrimSpace(p.C.SafetyNote); note != "" {
		chips = append(chips, kit.ChipSpec{Text: T("record.safety", "! Safety: {{.Note}}", map[string]any{"Note": note}), Fill: kit.ColWarn})
	}
	for _, a := range p.attention {
		chips = append(chips, kit.ChipSpec{Text: kit.AttentionLabel(a), Fill: kit.ColAlert})
	}
	if len(chips) == 0 {
		return container.NewVBox()
	}
	c := kit.NewGridCell()
	c.Set(kit.CellSpec{Items: []kit.CellItem{{Chips: chips}}})
	return container.New(kit.WidthFree{Height: theme.CaptionTextSize()*1.35 + 2 + theme.Padding()}, c)
}

func (p *Page) setTitle() {
	c := p.C
	s := c.Name + " · " + kit.StatusLabel(c.Status)
	if c.OnBoard {
		s += " · " + T("group.onboard", "On the board")
	}
	p.title.SetText(s)
}

// tabSelected loads the tab's data when it is shown.
func (p *Page) tabSelected() {
	if i := p.Tabs.SelectedIndex(); i >= 0 && i < len(p.tabs) && p.tabs[i].shown != nil {
		p.tabs[i].shown()
	}
}

// ShowTab selects tab (TabGoals…), as when chosen by hand; an unknown
// tab leaves the record on the tab it shows.
func (p *Page) ShowTab(tab int) {
	if tab >= 0 && tab < len(p.tabs) {
		p.Tabs.SelectIndex(tab)
	}
}

// FocusFirst puts the cursor in the first field of the overview.
func (p *Page) FocusFirst() {
	if p.Tabs.SelectedIndex() == TabOverview {
		p.env.focus(p.Overview.Name)
	}
}

// Dirty reports whether any form holds typed text that is not saved.
func (p *Page) Dirty() bool {
	return p.Overview.Dirty() || p.Crisis.Dirty() || p.Notes.Dirty() || p.Wellbeing.dirty()
}

// Save saves every dirty form; false when one failed (its problem is then
// shown on its tab, which is selected).
func (p *Page) Save() bool {
	if p.Overview.Dirty() && !p.Overview.Save() {
		p.Tabs.SelectIndex(TabOverview)
		return false
	}
	if p.Crisis.Dirty() && !p.Crisis.Save() {
		p.Tabs.SelectIndex(TabCrisis)
		return false
	}
	if p.Notes.Dirty() && !p.Notes.Add() {
		p.Tabs.SelectIndex(TabNotes)
		return false
	}
	if p.Wellbeing.dirty() && !p.Wellbeing.Save() {
		p.Tabs.SelectIndex(TabWellbeing)
		return false
	}
	return true
}

// Close runs done at once when nothing is unsaved, else after asking.
func (p *Page) Close(done func()) {
	if !p.Dirty() {
		done()
		return
	}
	p.env.Dialogs.ConfirmUnsaved(p.Save, done)
}

// AddNote adds the typed note when the notes tab shows (Ctrl+Enter);
// false when another tab shows.
func (p *Page) AddNote() bool {
	if p.Tabs.SelectedIndex() != TabNotes {
		return false
	}
	p.Notes.Add()
	return true
}

// ReloadCitizen reads the citizen again after a save elsewhere.
func (p *Page) ReloadCitizen() error {
	c, err := p.env.Store().FindCitizenByID(p.env.Ctx, p.C.ID)
	if err != nil {
		return err
	}
	p.C = c
	p.setTitle()
	return nil
}

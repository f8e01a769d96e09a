package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
)

// Tabs of the citizen record, in order.
const (
	tabOverview = iota
	tabNotes
	tabGoals
	tabActions
	tabCrisis
	tabContacts
	tabAppointments
	tabHistory
)

// citizenRecord is one citizen's record, shown over the board. Each tab
// loads its own data; forms keep typed text until saved or thrown away.
type citizenRecord struct {
	u         *UI
	c         *board.Citizen
	now       board.Date
	attention []board.Attention

	title *widget.Label
	tabs  *container.AppTabs
	// liveNote says who changed the citizen on another PC while it is open.
	liveNote *widget.Label
	root     fyne.CanvasObject

	overview *overviewForm
	notes    *record.NotesTab
	goals    *goalsTab
	actions  *actionsTab
	crisis   *crisisForm
	contacts *contactsTab
	appts    *apptsTab
	history  *record.HistoryTab
}

// openCitizen shows the record of citizen id over the board and logs the
// access in the history.
func (u *UI) openCitizen(id int64) {
	r, err := u.newCitizenRecord(id)
	if err != nil {
		kit.ShowError(u.win, err)
		return
	}
	u.push(r)
	r.focusFirst()
}

func (u *UI) newCitizenRecord(id int64) (*citizenRecord, error) {
	c, err := u.store.FindCitizenByID(u.ctx, id)
	if err != nil {
		return nil, err
	}
	// Reading a record is logged. The write waits for the disk (fsync),
	// so it runs beside the screen instead of before it; Close waits for
	// it. A read-only file cannot log, and that must not keep anyone from
	// reading.
	if !u.readOnly() {
		s := u.store
		u.bg.Add(1)
		go func() {
			defer u.bg.Done()
			_ = s.LogAccess(u.ctx, id, board.AuditView, "record opened")
		}()
	}
	r := &citizenRecord{u: u, c: c, now: u.today(), attention: u.attentionOf(id)}
	r.build()
	return r, nil
}

func (r *citizenRecord) build() {
	u := r.u
	back := widget.NewButtonWithIcon(T("record.back", "Board"), theme.NavigateBackIcon(), u.pop)
	r.title = widget.NewLabel("")
	r.title.TextStyle.Bold = true
	r.title.SizeName = theme.SizeNameSubHeadingText
	r.title.Truncation = fyne.TextTruncateEllipsis // a long name never widens the window
	r.setTitle()

	r.overview = newOverviewForm(r)
	r.notes = record.NewNotesTab(u.recordEnv(), r.c.ID)
	r.goals = newGoalsTab(r)
	r.actions = newActionsTab(r)
	r.crisis = newCrisisForm(r)
	r.contacts = newContactsTab(r)
	r.appts = newApptsTab(r)
	r.history = record.NewHistoryTab(u.recordEnv(), r.c.ID)

	r.tabs = container.NewAppTabs(
		container.NewTabItem(T("record.tab.overview", "Overview"), r.overview.root),
		container.NewTabItem(T("record.tab.notes", "Progress notes"), r.notes.Root),
		container.NewTabItem(T("record.tab.goals", "Goals"), r.goals.root),
		container.NewTabItem(T("record.tab.actions", "Actions"), r.actions.root),
		container.NewTabItem(T("record.tab.crisis", "Crisis plan"), r.crisis.root),
		container.NewTabItem(T("record.tab.contacts", "Contacts"), r.contacts.root),
		container.NewTabItem(T("record.tab.appointments", "Appointments"), r.appts.root),
		container.NewTabItem(T("record.tab.history", "History"), r.history.Root),
	)
	r.tabs.OnSelected = func(*container.TabItem) { r.tabSelected() }
	printBtn := widget.NewButtonWithIcon(T("record.print_plan", "Print plan"), theme.DocumentPrintIcon(), func() {
		if err := u.printPlan(r.c.ID); err != nil {
			kit.ShowError(u.win, err)
		}
	})
	export := widget.NewButtonWithIcon(T("ics.export", "Export calendar…"), theme.DownloadIcon(), func() { u.exportCalendar(exportScope{citizen: r.c}) })
	imp := widget.NewButtonWithIcon(T("ics.import", "Import calendar…"), theme.UploadIcon(), func() { u.importCalendar(r.c.ID) })
	if u.readOnly() {
		imp.Disable()
	}
	top := container.NewBorder(nil, nil, back, container.NewHBox(printBtn, export, imp), r.title)
	r.liveNote = widget.NewLabel("")
	r.liveNote.Importance = widget.WarningImportance
	r.liveNote.TextStyle.Bold = true
	r.liveNote.Hide()
	r.root = container.NewBorder(container.NewVBox(top, r.liveNote, r.banner()), nil, nil, nil, r.tabs)
}

// banner shows what a visitor must know first: the safety note and the
// board's attention markers, in chips like on the board.
func (r *citizenRecord) banner() fyne.CanvasObject {
	var chips []kit.ChipSpec
	if note := strings.TrimSpace(r.c.SafetyNote); note != "" {
		chips = append(chips, kit.ChipSpec{Text: T("record.safety", "! Safety: {{.Note}}", map[string]any{"Note": note}), Fill: kit.ColWarn})
	}
	for _, a := range r.attention {
		chips = append(chips, kit.ChipSpec{Text: kit.AttentionLabel(a), Fill: kit.ColAlert})
	}
	if len(chips) == 0 {
		return container.NewVBox()
	}
	c := kit.NewGridCell()
	c.Set(kit.CellSpec{Items: []kit.CellItem{{Chips: chips}}})
	return container.New(kit.WidthFree{Height: theme.CaptionTextSize()*1.35 + 2 + theme.Padding()}, c)
}

// attentionOf returns the board's attention markers for citizen id, as
// the loaded week board has them.
func (u *UI) attentionOf(id int64) []board.Attention {
	if u.board == nil || u.board.wb == nil {
		return nil
	}
	for _, row := range u.board.wb.Rows {
		if row.Citizen.ID == id {
			return row.Attention
		}
	}
	return nil
}

func (r *citizenRecord) setTitle() {
	c := r.c
	s := c.Name + " · " + kit.StatusLabel(c.Status)
	if c.OnBoard {
		s += " · " + T("group.onboard", "On the board")
	}
	r.title.SetText(s)
}

// tabSelected loads the tab's data when it is first shown.
func (r *citizenRecord) tabSelected() {
	switch r.tabs.SelectedIndex() {
	case tabNotes:
		r.notes.Focus()
	case tabHistory:
		r.history.Reload()
	case tabAppointments:
		r.appts.reload()
	}
}

func (r *citizenRecord) focusFirst() {
	if r.tabs.SelectedIndex() == tabOverview {
		r.u.canvas().Focus(r.overview.name)
	}
}

func (r *citizenRecord) content() fyne.CanvasObject { return r.root }

// dirty reports whether any form holds typed text that is not saved.
func (r *citizenRecord) dirty() bool {
	return r.overview.dirty() || r.crisis.dirty() || r.notes.Dirty()
}

// save saves every dirty form; false when one failed (its problem is then
// shown on its tab, which is selected).
func (r *citizenRecord) save() bool {
	if r.overview.dirty() && !r.overview.save() {
		r.tabs.SelectIndex(tabOverview)
		return false
	}
	if r.crisis.dirty() && !r.crisis.save() {
		r.tabs.SelectIndex(tabCrisis)
		return false
	}
	if r.notes.Dirty() && !r.notes.Add() {
		r.tabs.SelectIndex(tabNotes)
		return false
	}
	return true
}

func (r *citizenRecord) close(done func()) {
	if !r.dirty() {
		done()
		return
	}
	r.u.dialogs.ConfirmUnsaved(r.save, done)
}

func (r *citizenRecord) shortcut(s *desktop.CustomShortcut) bool {
	switch {
	case sameShortcut(s, keySave):
		r.save()
		return true
	case sameShortcut(s, keyAdd), sameShortcut(s, keyAddKP):
		if r.tabs.SelectedIndex() == tabNotes {
			r.notes.Add()
			return true
		}
	}
	return false
}

// reloadCitizen reads the citizen again after a save elsewhere.
func (r *citizenRecord) reloadCitizen() error {
	c, err := r.u.store.FindCitizenByID(r.u.ctx, r.c.ID)
	if err != nil {
		return err
	}
	r.c = c
	r.setTitle()
	return nil
}

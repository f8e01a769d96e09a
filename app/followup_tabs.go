package app

import (
	"fyne.io/fyne/v2/widget"
	"io"

	"fyne.io/fyne/v2/container"

	"tavlen/app/followup"
	"tavlen/app/record"
	"tavlen/app/wellbeing"
	"tavlen/board"
)

// followUpEnv is what the follow-up screens get from the shell instead of
// *UI.
func (u *UI) followUpEnv() followup.Env {
	return followup.Env{
		Ctx: u.ctx, Store: u.store, Keeper: u.keeper(), Now: u.now,
		Me:      func() *board.Member { return u.me },
		Members: func() []*board.Member { return u.members },
		Team: func() string {
			if u.team == nil {
				return ""
			}
			return u.team.Name
		},
		ReadOnly:    u.readOnly,
		OpenCitizen: u.openCitizen,
		ShowPDF:     func(name string, write func(w io.Writer) error) error { return u.showPDF(u.win, name, write) },
		SaveFile:    func(name string, exts []string, data []byte) { u.saveBytes(u.win, name, exts, data) },
		Changed:     func() { u.board.reload() },
		Form: func(title, save string, items []*widget.FormItem, submit func() error) {
			u.dialogs.FormWith(title, save, items, submit)
		},
	}
}

// followUpTabs are the three follow-up tabs; each reads the file when it
// is selected (reload).
func (u *UI) followUpTabs() (tabs []*container.TabItem, reload map[*container.TabItem]func()) {
	env := u.followUpEnv()
	att, mine, status := followup.NewAttention(env), followup.NewMyTasks(env), followup.NewTeamStatus(env)
	a := container.NewTabItem(T("followup.tab_attention", "Who needs us"), att.Root)
	m := container.NewTabItem(T("followup.tab_mylist", "My tasks"), mine.Root)
	s := container.NewTabItem(T("followup.tab_status", "Team status"), status.Root)
	return []*container.TabItem{a, m, s}, map[*container.TabItem]func(){a: att.Reload, m: mine.Reload, s: status.Reload}
}

// wellbeingEnv is what the record's WHO-5 tab (package wellbeing) gets;
// the record wires wellbeing.New(u.wellbeingEnv(), id) in as a tab.
func (u *UI) wellbeingEnv() wellbeing.Env {
	return wellbeing.Env{
		Ctx: u.ctx, Store: u.store, Keeper: u.keeper(), Now: u.now,
		Me:       func() *board.Member { return u.me },
		Members:  func() []*board.Member { return u.members },
		ReadOnly: u.readOnly,
		Entries:  u.entryHost(),
		Saved:    func() { u.board.reload() },
	}
}

// wellbeingTab is the record's WHO-5 tab for citizen id.
func (u *UI) wellbeingTab(id int64) *record.ExtraTab {
	t := wellbeing.New(u.wellbeingEnv(), id)
	return &record.ExtraTab{Content: t.Root, Reload: t.Reload, Dirty: t.Dirty, Save: t.Submit}
}

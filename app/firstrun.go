package app

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// demoFileName is where "Try with demo data" puts its file, inside the
// app's own data folder.
const demoFileName = "demo.tavle"

// showFirstRun shows the start screen: open, create or try the demo. msg,
// when set, says why the last file did not open.
func (u *UI) showFirstRun(msg string) {
	u.page = nil
	title := widget.NewLabelWithStyle(T("first.title", "Welcome to Tavlen"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	intro := widget.NewLabelWithStyle(T("first.intro", "Tavlen keeps the team's board in one file on the shared drive. Open the team's file, make a new one, or try Tavlen with made-up data."), fyne.TextAlignCenter, fyne.TextStyle{})
	intro.Wrapping = fyne.TextWrapWord
	problem := widget.NewLabel(msg)
	problem.Wrapping = fyne.TextWrapWord
	problem.Importance = widget.DangerImportance
	if msg == "" {
		problem.Hide()
	}
	open := widget.NewButton(T("first.open", "Open team file…"), u.chooseFile)
	open.Importance = widget.HighImportance
	create := widget.NewButton(T("first.create", "Create new team file…"), u.showCreateTeam)
	demo := widget.NewButton(T("first.demo", "Try with demo data"), u.openDemo)
	region := widget.NewButton(T("region.connect", "Connect to the region's database…"), u.showConnectRegion)
	box := container.NewVBox(title, intro, problem, widget.NewSeparator(), open, create, demo, region)
	u.win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(560, box.MinSize().Height+40), box)))
}

// chooseFile asks for an existing team file.
func (u *UI) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		u.openPath(path)
	}, u.win)
	d.Show()
}

// openDemo opens the demo file in the app's data folder, making it first.
func (u *UI) openDemo() {
	path := u.demoPath()
	if _, err := os.Stat(path); err == nil {
		u.openPath(path)
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		u.showFirstRun(kit.ErrorText(board.Errorf(board.EUnavailable, "cannot make data folder")))
		return
	}
	s, err := createDemoFile(path, u.now())
	if err != nil {
		u.showFirstRun(kit.ErrorText(err))
		return
	}
	u.useStore(s)
}

func (u *UI) demoPath() string {
	root := u.app.Storage().RootURI().Path()
	return filepath.Join(root, demoFileName)
}

// teamForm is the "create new team file" form: the team's name and the
// first member, who is the person at this PC.
type teamForm struct {
	team, name, initials, role *kit.Entry
	sector                     *widget.Select
	form                       *widget.Form
}

func (u *UI) newTeamForm() *teamForm {
	f := &teamForm{team: newKeyEntry(u), name: newKeyEntry(u), initials: newKeyEntry(u), role: newKeyEntry(u)}
	f.sector = kit.NewSectorSelect(false)
	f.team.SetPlaceHolder(T("first.team.placeholder", "e.g. FACT team West"))
	f.form = widget.NewForm(
		widget.NewFormItem(T("first.team", "Team name"), f.team),
		widget.NewFormItem(T("member.name", "Your name"), f.name),
		widget.NewFormItem(T("member.initials", "Initials"), f.initials),
		widget.NewFormItem(T("member.role", "Role"), f.role),
		widget.NewFormItem(T("member.sector", "Sector"), f.sector),
	)
	return f
}

// member returns the first member from the form, or a sentence saying what
// is missing.
func (f *teamForm) member() (*board.Member, string) {
	if f.team.Text == "" {
		return nil, T("first.team.missing", "Give the team a name.")
	}
	m := &board.Member{Name: f.name.Text, Initials: f.initials.Text, Role: f.role.Text,
		Sector: kit.SectorFromSelect(f.sector), Active: true}
	if err := m.Validate(); err != nil {
		return nil, kit.ErrorText(err)
	}
	return m, ""
}

// showCreateTeam asks for the team and the first member, then where to
// save the new file.
func (u *UI) showCreateTeam() {
	f := u.newTeamForm()
	u.showAskDialog(T("first.create.title", "New team file"), T("first.create.choose", "Choose where to save…"), fyne.NewSize(560, 420),
		func(say func(string), hide func()) {
			m, problem := f.member()
			say(problem)
			if m == nil {
				return
			}
			fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
				if err != nil || w == nil {
					return
				}
				path := w.URI().Path()
				_ = w.Close()
				_ = os.Remove(path) // the save dialog made it empty; storage refuses existing files
				if err := u.createTeam(path, f.team.Text, m); err != nil {
					say(kit.ErrorText(err))
					return
				}
				hide()
			}, u.win)
			fd.SetFileName(f.team.Text + ".tavle")
			fd.Show()
		}, f.form)
}

// createTeam makes the new file and goes on as its first member.
func (u *UI) createTeam(path, team string, first *board.Member) error {
	s, err := createTeamFile(path, team, first, u.cfg.Now)
	if err != nil {
		return err
	}
	u.app.Preferences().SetString(prefMember+s.Path(), first.Initials)
	u.useStore(s)
	return nil
}

// showWhoAreYou lets the person at this PC pick themselves from the team.
func (u *UI) showWhoAreYou() {
	u.page = nil
	title := widget.NewLabelWithStyle(T("who.title", "Who are you?"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = "headingText"
	intro := widget.NewLabelWithStyle(T("who.intro", "Tavlen writes your initials on what you change. This PC remembers your choice; you can change it in Settings."), fyne.TextAlignCenter, fyne.TextStyle{})
	intro.Wrapping = fyne.TextWrapWord
	list := container.NewVBox()
	for _, m := range u.activeMembers() {
		m := m
		b := widget.NewButton(m.Initials+" — "+m.Name+" ("+kit.SectorLabel(m.Sector)+")", func() {
			u.setMe(m)
			u.showMain()
		})
		b.Alignment = widget.ButtonAlignLeading
		list.Add(b)
	}
	box := container.NewBorder(container.NewVBox(title, intro, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(list))
	u.win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(560, 520), box)))
}

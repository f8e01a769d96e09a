package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/record"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// contactsView is the team's address book: members and every citizen's
// external contacts, searchable and editable.
type contactsView struct {
	u        *UI
	search   *kit.Entry
	members  *fyne.Container
	external *fyne.Container
	problem  *widget.Label
	root     fyne.CanvasObject
}

func newContactsView(u *UI) *contactsView {
	v := &contactsView{u: u, members: container.NewVBox(), external: container.NewVBox(), problem: kit.ErrorLabel()}
	v.search = newKeyEntry(u)
	v.search.SetPlaceHolder(T("contacts.search", "Search name, relation, organisation or phone"))
	v.search.OnChanged = func(string) { v.reload() }
	addMember := widget.NewButtonWithIcon(T("members.add", "New member"), theme.ContentAddIcon(), func() {
		u.editMember(&board.Member{Active: true}, v.reload)
	})
	if u.readOnly() {
		addMember.Disable()
	}
	head := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.TextStyle.Bold = true
		return l
	}
	left := container.NewBorder(container.NewHBox(head(T("contacts.members", "Team members")), addMember), nil, nil, nil, container.NewVScroll(v.members))
	right := container.NewBorder(head(T("contacts.external", "Citizens' contacts")), nil, nil, nil, container.NewVScroll(v.external))
	v.root = container.NewBorder(container.NewVBox(v.search, v.problem), nil, nil, nil, container.NewGridWithColumns(2, left, right))
	return v
}

func (v *contactsView) content() fyne.CanvasObject { return v.root }

func (v *contactsView) reload() {
	u := v.u
	if u.store == nil {
		return
	}
	q := strings.TrimSpace(v.search.Text)
	members, err := u.store.FindMembers(u.ctx, board.MemberFilter{Search: q})
	if err != nil {
		kit.SetProblem(v.problem, kit.ErrorText(err))
		return
	}
	v.members.RemoveAll()
	for _, m := range members {
		m := m
		title := m.Initials + " – " + m.Name
		if !m.Active {
			title += " (" + T("members.inactive", "no longer in the team") + ")"
		}
		sub := strings.Join(nonEmpty(m.Role, kit.SectorLabel(m.Sector), m.Organisation, m.Phone, m.Email), " · ")
		edit := widget.NewButton(T("edit", "Edit"), func() { u.editMember(m, v.reload) })
		if u.readOnly() {
			edit.Disable()
		}
		export := widget.NewButtonWithIcon(T("members.export", "Export calendar…"), theme.DownloadIcon(), func() { u.exportCalendar(exportScope{member: m}) })
		v.members.Add(contactRow(title, sub, container.NewHBox(export, edit)))
	}
	contacts, err := u.store.FindContacts(u.ctx, board.ContactFilter{Search: q})
	if err != nil {
		kit.SetProblem(v.problem, kit.ErrorText(err))
		return
	}
	kit.SetProblem(v.problem, "")
	names := map[int64]string{}
	if cs, err := u.store.FindCitizens(u.ctx, board.CitizenFilter{IncludeClosed: true}); err == nil {
		for _, c := range cs {
			names[c.ID] = c.Name
		}
	}
	v.external.RemoveAll()
	for _, c := range contacts {
		c := c
		edit := widget.NewButton(T("edit", "Edit"), func() { record.EditContact(u.recordEnv(), c, v.reload) })
		if u.readOnly() {
			edit.Disable()
		}
		title := record.ContactTitle(c) + " — " + T("contacts.for", "for {{.Name}}", map[string]any{"Name": names[c.CitizenID]})
		v.external.Add(contactRow(title, record.ContactLine(c), edit))
	}
	v.members.Refresh()
	v.external.Refresh()
}

func contactRow(title, sub string, button fyne.CanvasObject) fyne.CanvasObject {
	t := widget.NewLabel(title)
	t.TextStyle.Bold = true
	t.Truncation = fyne.TextTruncateEllipsis
	s := widget.NewLabel(sub)
	s.TextStyle.Italic = true
	s.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, widget.NewSeparator(), nil, button, container.NewVBox(t, s))
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// editMember opens the form for a team member.
func (u *UI) editMember(m *board.Member, after func()) *formDlg {
	e := filledKeyEntries(u, m.Name, m.Initials, m.Role, m.Organisation, m.Phone, m.Email)
	name, initials, role, org, phone, email := e[0], e[1], e[2], e[3], e[4], e[5]
	sector := kit.NewSectorSelect(false)
	kit.SetSectorSelect(sector, m.Sector)
	active := widget.NewCheck(T("members.active", "In the team"), nil)
	active.SetChecked(m.Active)
	var d *formDlg
	d = u.dialogs.Form(T("members.edit", "Team member"), []*widget.FormItem{
		widget.NewFormItem(T("members.name", "Name"), name),
		widget.NewFormItem(T("member.initials", "Initials"), initials),
		widget.NewFormItem(T("member.role", "Role"), role),
		widget.NewFormItem(T("member.sector", "Sector"), sector),
		widget.NewFormItem(T("members.organisation", "Organisation"), org),
		widget.NewFormItem(T("contacts.phone", "Phone"), phone),
		widget.NewFormItem(T("contacts.email", "E-mail"), email),
		widget.NewFormItem("", active),
	}, func() error {
		nm := *m
		nm.Name, nm.Initials, nm.Role = name.Text, initials.Text, strings.TrimSpace(role.Text)
		nm.Sector = kit.SectorFromSelect(sector)
		nm.Organisation, nm.Phone, nm.Email = strings.TrimSpace(org.Text), strings.TrimSpace(phone.Text), strings.TrimSpace(email.Text)
		nm.Active = active.Checked
		if err := nm.Validate(); err != nil {
			return err
		}
		stored := func(_ *board.Member, later bool, _ string) {
			_ = u.loadMembers()
			closeAfter(d, later, after)
		}
		if nm.ID == 0 {
			if err := saveNew(u, outbox.KindMember, &nm, u.store.CreateMember); err != nil {
				return err
			}
			stored(&nm, false, "")
			return nil
		}
		return saveEdit(u, mergeEdit[*board.Member]{kind: outbox.KindMember, base: m, mine: &nm, save: u.store.UpdateMember, fields: memberField,
			load: func(ctx context.Context) (*board.Member, error) { return u.store.FindMemberByID(ctx, m.ID) }}, stored)
	})
	u.canvas().Focus(name)
	return d
}

package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// contactsTab lists the citizen's network: GP, relatives, housing support…
type contactsTab struct {
	*listTab
}

func newContactsTab(r *citizenRecord) *contactsTab {
	t := &contactsTab{}
	t.listTab = newListTab(r, T("contacts.add", "New contact"), func() {
		r.u.editContact(&board.Contact{CitizenID: r.c.ID}, t.reload)
	})
	t.reload()
	return t
}

func (t *contactsTab) reload() {
	u := t.r.u
	cs, err := u.store.FindContacts(u.ctx, board.ContactFilter{CitizenID: t.r.c.ID})
	if err != nil {
		kit.SetProblem(t.problem, kit.ErrorText(err))
		return
	}
	t.list.RemoveAll()
	for _, c := range cs {
		c := c
		edit := widget.NewButton(T("edit", "Edit"), func() { u.editContact(c, t.reload) })
		del := widget.NewButton(T("delete", "Delete"), func() {
			u.dialogs.ConfirmDelete(func() error { return deleteOrKeep(u, outbox.KindContact, c, u.store.DeleteContact) }, t.reload)
		})
		t.list.Add(t.row(contactTitle(c), contactLine(c), edit, del))
	}
	t.empty(T("contacts.none", "No contacts yet."))
	t.list.Refresh()
}

func contactTitle(c *board.Contact) string {
	if c.Relation != "" {
		return c.Name + " (" + c.Relation + ")"
	}
	return c.Name
}

func contactLine(c *board.Contact) string {
	var parts []string
	for _, s := range []string{c.Organisation, c.Phone, c.Email, c.Notes} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// editContact opens the form for one external contact.
func (u *UI) editContact(c *board.Contact, after func()) *formDlg {
	e := filledKeyEntries(u, c.Name, c.Relation, c.Organisation, c.Phone, c.Email, c.Notes)
	name, rel, org, phone, email, notes := e[0], e[1], e[2], e[3], e[4], e[5]
	rel.SetPlaceHolder(T("contacts.relation.placeholder", "e.g. own GP, mother, housing support, job centre"))
	var d *formDlg
	d = u.dialogs.Form(T("contacts.edit", "Contact"), []*widget.FormItem{
		widget.NewFormItem(T("contacts.name", "Name"), name),
		widget.NewFormItem(T("contacts.relation", "Relation"), rel),
		widget.NewFormItem(T("contacts.organisation", "Organisation"), org),
		widget.NewFormItem(T("contacts.phone", "Phone"), phone),
		widget.NewFormItem(T("contacts.email", "E-mail"), email),
		widget.NewFormItem(T("contacts.notes", "Notes"), notes),
	}, func() error {
		nc := *c
		nc.Name, nc.Relation, nc.Organisation = name.Text, strings.TrimSpace(rel.Text), strings.TrimSpace(org.Text)
		nc.Phone, nc.Email, nc.Notes = strings.TrimSpace(phone.Text), strings.TrimSpace(email.Text), strings.TrimSpace(notes.Text)
		if err := nc.Validate(); err != nil {
			return err
		}
		if nc.ID == 0 {
			err := saveNew(u, outbox.KindContact, &nc, u.store.CreateContact)
			if err == nil && after != nil {
				after()
			}
			return err
		}
		return saveEdit(u, mergeEdit[*board.Contact]{kind: outbox.KindContact, base: c, mine: &nc, save: u.store.UpdateContact, fields: contactField,
			load: func(ctx context.Context) (*board.Contact, error) {
				cs, err := u.store.FindContacts(ctx, board.ContactFilter{CitizenID: c.CitizenID})
				if err != nil {
					return nil, err
				}
				for _, x := range cs {
					if x.ID == c.ID {
						return x, nil
					}
				}
				return nil, board.Errorf(board.ENotFound, "The contact was deleted.")
			}}, func(_ *board.Contact, later bool, _ string) { closeAfter(d, later, after) })
	})
	u.canvas().Focus(name)
	return d
}

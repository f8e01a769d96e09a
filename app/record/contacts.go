package record

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// ContactsTab lists the citizen's network: GP, relatives, housing
// support…
type ContactsTab struct {
	*listTab
}

func newContactsTab(env Env, c *board.Citizen) *ContactsTab {
	t := &ContactsTab{}
	t.listTab = newListTab(env, c, T("contacts.add", "New contact"), func() {
		EditContact(env, &board.Contact{CitizenID: c.ID}, t.Reload)
	})
	t.Reload()
	return t
}

// Reload reads the contacts again.
func (t *ContactsTab) Reload() {
	env := t.env
	fill(t.listTab, contactsOf(env, t.c.ID), func(c *board.Contact) fyne.CanvasObject {
		edit := widget.NewButton(T("edit", "Edit"), func() { EditContact(env, c, t.Reload) })
		del := deleteButton(env, outbox.KindContact, c, env.Store().DeleteContact, t.Reload)
		return t.row(ContactTitle(c), ContactLine(c), edit, del)
	}, T("contacts.none", "No contacts yet."))
}

// contactsOf reads citizen's contacts.
func contactsOf(env Env, citizen int64) func(context.Context) ([]*board.Contact, error) {
	return func(ctx context.Context) ([]*board.Contact, error) {
		return env.Store().FindContacts(ctx, board.ContactFilter{CitizenID: citizen})
	}
}

// ContactTitle is a contact's name with the relation.
func ContactTitle(c *board.Contact) string {
	if c.Relation != "" {
		return c.Name + " (" + c.Relation + ")"
	}
	return c.Name
}

// ContactLine is a contact's organisation, phone, e-mail and notes.
func ContactLine(c *board.Contact) string {
	var parts []string
	for _, s := range []string{c.Organisation, c.Phone, c.Email, c.Notes} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// EditContact opens the form for one external contact; after runs once
// it was saved. The contacts screen opens it too.
func EditContact(env Env, c *board.Contact, after func()) *dialog.Form {
	e := kit.FilledEntries(env.Entries, c.Name, c.Relation, c.Organisation, c.Phone, c.Email, c.Notes)
	name, rel, org, phone, email, notes := e[0], e[1], e[2], e[3], e[4], e[5]
	rel.SetPlaceHolder(T("contacts.relation.placeholder", "e.g. own GP, mother, housing support, job centre"))
	var d *dialog.Form
	d = env.Dialogs.Form(T("contacts.edit", "Contact"), []*widget.FormItem{
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
		return saveForm(env, dialog.Edit[*board.Contact]{Kind: outbox.KindContact, Base: c, Mine: &nc, Save: env.Store().UpdateContact, Fields: ContactField,
			Load: rereadBy(contactsOf(env, c.CitizenID), c.ID, "The contact was deleted.")}, env.Store().CreateContact, d, after)
	})
	env.focus(name)
	return d
}

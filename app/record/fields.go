package record

import (
	"strings"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
)

// How the conflict dialog names and shows the fields of each record the
// record's forms edit: with the form's own labels, and values as the form
// shows them. A field missing here is shown by its Go name and plain
// value. The shell uses them too, when an edit kept on this PC meets
// another PC's change.

// GoalField names and shows a field of board.Goal.
func GoalField(field string) dialog.Field[*board.Goal] {
	type f = dialog.Field[*board.Goal]
	switch field {
	case "Text":
		return f{Label: T("goals.text", "In the citizen's words"), Text: func(g *board.Goal) string { return g.Text }}
	case "LifeArea":
		return f{Label: T("goals.area", "Life area"), Text: func(g *board.Goal) string { return g.LifeArea }}
	case "Position":
		return f{Label: T("goals.position", "Order on the plan")}
	}
	return f{}
}

// ActionField names and shows a field of board.Action; member looks up
// the responsible member (nil: none known).
func ActionField(member func(id int64) *board.Member, field string) dialog.Field[*board.Action] {
	type f = dialog.Field[*board.Action]
	switch field {
	case "Text":
		return f{Label: T("actions.text", "What is to be done"), Text: func(a *board.Action) string { return a.Text }}
	case "ResponsibleID":
		return f{Label: T("actions.who", "Who does it"), Text: func(a *board.Action) string {
			if member != nil {
				if m := member(a.ResponsibleID); m != nil {
					return m.Initials + " – " + m.Name
				}
			}
			return T("actions.citizen_does", "citizen or network")
		}}
	case "Sector":
		return f{Label: T("actions.sector", "Sector"), Text: func(a *board.Action) string { return kit.SectorLabel(a.Sector) }}
	case "Due":
		return f{Label: T("actions.due", "Due date"), Text: func(a *board.Action) string { return kit.FmtDate(a.Due) }}
	case "Status":
		return f{Label: T("actions.status", "Status"), Text: func(a *board.Action) string { return kit.ActionStatusLabel(a.Status) }}
	case "DoneOn":
		return f{Label: T("actions.done_on", "Done on")}
	}
	return f{}
}

// CrisisField names and shows a field of board.CrisisPlan.
func CrisisField(field string) dialog.Field[*board.CrisisPlan] {
	type f = dialog.Field[*board.CrisisPlan]
	switch field {
	case "WarningSigns":
		return f{Label: T("crisis.signs", "Warning signs"), Text: func(p *board.CrisisPlan) string { return p.WarningSigns }}
	case "WhatHelps":
		return f{Label: T("crisis.helps", "What helps"), Text: func(p *board.CrisisPlan) string { return p.WhatHelps }}
	case "WhomToCall":
		return f{Label: T("crisis.call", "Whom to call"), Text: func(p *board.CrisisPlan) string { return p.WhomToCall }}
	}
	return f{}
}

// ContactField names a field of board.Contact.
func ContactField(field string) dialog.Field[*board.Contact] {
	labels := map[string]string{
		"Name":         T("contacts.name", "Name"),
		"Relation":     T("contacts.relation", "Relation"),
		"Organisation": T("contacts.organisation", "Organisation"),
		"Phone":        T("contacts.phone", "Phone"),
		"Email":        T("contacts.email", "E-mail"),
		"Notes":        T("contacts.notes", "Notes"),
	}
	return dialog.Field[*board.Contact]{Label: labels[field]}
}

// CitizenField names and shows a field of board.Citizen; member looks up
// responsible members.
func CitizenField(member func(id int64) *board.Member, field string) dialog.Field[*board.Citizen] {
	return dialog.Field[*board.Citizen]{Label: CitizenFieldLabel(field),
		Text: func(c *board.Citizen) string { return CitizenFieldText(member, c, field) }}
}

// CitizenFieldLabel names a field of board.Citizen as the form does.
func CitizenFieldLabel(field string) string {
	switch field {
	case "Name":
		return T("citizen.name", "Name")
	case "PreferredName":
		return T("citizen.preferred", "Likes to be called")
	case "Phone":
		return T("citizen.phone", "Phone")
	case "Address":
		return T("citizen.address", "Address")
	case "Status":
		return T("citizen.status", "Status")
	case "OnBoard":
		return T("live.field.on_board", "On the board")
	case "BoardReason":
		return T("citizen.reason", "Why on the board")
	case "BoardSince":
		return T("citizen.since", "On the board since")
	case "ReviewDate":
		return T("citizen.review", "Review date")
	case "Responsible":
		return T("citizen.section.responsible", "Responsible members")
	case "Consent":
		return T("citizen.section.consent", "Consent to share across sectors")
	case "SafetyNote":
		return T("citizen.safety", "Safety note for visits")
	case "Notes":
		return T("citizen.notes", "Internal notes")
	case "ReferredBy":
		return T("citizen.referred_by", "Referred by")
	case "ReferredOn":
		return T("citizen.referred_on", "Referred on")
	}
	return field
}

// CitizenFieldText shows one field's value as the person reads it.
func CitizenFieldText(member func(id int64) *board.Member, c *board.Citizen, field string) string {
	switch field {
	case "Name", "PreferredName", "Phone", "Address", "OnBoard", "BoardReason", "BoardSince",
		"ReviewDate", "SafetyNote", "Notes", "ReferredBy", "ReferredOn":
		return dialog.FieldString(c, field) // text, yes/no or a Danish date, as any plain field
	case "Status":
		return kit.StatusLabel(c.Status)
	case "Responsible":
		var in []string
		for _, r := range c.Responsible {
			if member == nil {
				break
			}
			if m := member(r.MemberID); m != nil {
				in = append(in, m.Initials)
			}
		}
		return strings.Join(in, ", ")
	case "Consent":
		s := kit.FmtDate(c.Consent.GivenOn) + " " + c.Consent.Scope
		if c.Consent.Withdrawn {
			s += " · " + T("citizen.consent_withdrawn", "Consent withdrawn") + " " + kit.FmtDate(c.Consent.WithdrawnOn)
		}
		return strings.TrimSpace(s)
	}
	return ""
}

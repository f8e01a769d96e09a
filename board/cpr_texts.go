package board

// StoredTexts of each record type list every string the record stores,
// free text and codes alike, for the one CPR check (RefuseCPR). A test
// fails when a record gains a string field that is not listed here.

func (s Stamp) texts() []string { return []string{s.UpdatedBy} }

// StoredTexts lists every string a citizen stores.
func (c *Citizen) StoredTexts() []string {
	out := []string{c.Name, c.PreferredName, c.Phone, c.Address, string(c.Status), c.BoardReason,
		c.SafetyNote, c.Notes, c.ReferredBy, c.Consent.Scope, string(c.ReferrerKind), c.ReferralReason, c.DeclinedReason}
	for _, r := range c.Responsible {
		out = append(out, r.Role)
	}
	return append(out, c.Stamp.texts()...)
}

// StoredTexts lists every string a contact stores.
func (c *Contact) StoredTexts() []string {
	return append([]string{c.Name, c.Relation, c.Organisation, c.Phone, c.Email, c.Notes}, c.Stamp.texts()...)
}

// StoredTexts lists every string a progress note stores.
func (n *Note) StoredTexts() []string { return []string{n.Text} }

// StoredTexts lists every string a goal stores.
func (g *Goal) StoredTexts() []string {
	return append([]string{g.Text, g.LifeArea}, g.Stamp.texts()...)
}

// StoredTexts lists every string an action stores.
func (a *Action) StoredTexts() []string {
	return append([]string{a.Text, string(a.Sector), string(a.Status)}, a.Stamp.texts()...)
}

// StoredTexts lists every string a crisis plan stores.
func (p *CrisisPlan) StoredTexts() []string {
	return append([]string{p.WarningSigns, p.WhatHelps, p.WhomToCall}, p.Stamp.texts()...)
}

// StoredTexts lists every string a meeting and its minutes store.
func (m *Meeting) StoredTexts() []string {
	out := m.Stamp.texts()
	for _, it := range m.Items {
		out = append(out, it.Notes, it.Decisions, it.BoardChange)
	}
	out = append(out, m.Theme.Title, m.Theme.Notes)
	for _, c := range m.Corrections {
		out = append(out, c.Text)
	}
	return out
}

// StoredTexts lists every string a team member stores.
func (m *Member) StoredTexts() []string {
	return append([]string{m.Name, m.Initials, m.Role, string(m.Sector), m.Organisation, m.Phone, m.Email},
		m.Stamp.texts()...)
}

// StoredTexts lists every string the team stores.
func (t *Team) StoredTexts() []string { return append([]string{t.Name}, t.Stamp.texts()...) }

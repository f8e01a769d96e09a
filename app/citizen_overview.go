package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
)

// overviewForm edits the citizen record itself: status, board, responsible
// members, consent, safety note, referral.
type overviewForm struct {
	r *citizenRecord

	name, preferred, phone, address *kit.Entry
	status                          *widget.Select
	onBoard                         *widget.Check
	reason                          *kit.Entry
	since, review                   *kit.Entry
	responsible                     *memberPicker
	consentOn, consentScope         *kit.Entry
	withdrawn                       *widget.Check
	withdrawnOn                     *kit.Entry
	safety, notes                   *kit.Entry
	referredBy, referredOn          *kit.Entry
	daysInfo                        *widget.Label

	problem   *widget.Label
	saveBtn   *widget.Button
	cancelBtn *widget.Button
	reloadBtn *widget.Button
	loaded    string // the form's values as loaded, to see changes
	root      fyne.CanvasObject
}

func newOverviewForm(r *citizenRecord) *overviewForm {
	u := r.u
	f := &overviewForm{r: r}
	f.name, f.preferred, f.phone, f.address = newKeyEntry(u), newKeyEntry(u), newKeyEntry(u), newKeyEntry(u)
	var statusOpts []string
	for _, s := range board.Statuses {
		statusOpts = append(statusOpts, kit.StatusLabel(s))
	}
	f.status = widget.NewSelect(statusOpts, func(string) { f.changed() })
	f.onBoard = widget.NewCheck(T("citizen.on_board", "On the board (shared, intensive caseload)"), func(bool) { f.boardChanged(); f.changed() })
	f.reason = newKeyMultiLine(u)
	f.reason.SetMinRowsVisible(2)
	f.since, f.review = newDateEntry(u, board.Date{}), newDateEntry(u, board.Date{})
	f.daysInfo = widget.NewLabel("")
	f.responsible = u.newMemberPicker(2)
	f.responsible.OnChanged = f.changed
	f.consentOn, f.consentScope = newDateEntry(u, board.Date{}), newKeyEntry(u)
	f.withdrawn = widget.NewCheck(T("citizen.consent_withdrawn", "Consent withdrawn"), func(bool) { f.changed() })
	f.withdrawnOn = newDateEntry(u, board.Date{})
	f.safety, f.notes = newKeyMultiLine(u), newKeyMultiLine(u)
	f.safety.SetPlaceHolder(T("citizen.safety.placeholder", "e.g. visit two together; dog in the flat"))
	f.safety.SetMinRowsVisible(2)
	f.notes.SetMinRowsVisible(2)
	f.referredBy, f.referredOn = newKeyEntry(u), newDateEntry(u, board.Date{})
	f.referredBy.SetPlaceHolder(T("citizen.referred_by.placeholder", "GP, hospital ward, municipality…"))
	for _, e := range []*kit.Entry{f.name, f.preferred, f.phone, f.address, f.reason, f.since, f.review,
		f.consentOn, f.consentScope, f.withdrawnOn, f.safety, f.notes, f.referredBy, f.referredOn} {
		e.OnChanged = func(string) { f.changed() }
	}

	f.problem = kit.ErrorLabel()
	f.saveBtn = widget.NewButton(T("Save", "Save")+" (Ctrl+S)", func() { f.save() })
	f.saveBtn.Importance = widget.HighImportance
	f.cancelBtn = widget.NewButton(T("record.undo", "Undo changes"), f.cancel)
	f.reloadBtn = widget.NewButton(T("record.reload", "Reload (throws away my changes)"), f.reload)
	f.reloadBtn.Hide()
	if u.readOnly() {
		f.saveBtn.Disable()
	}

	head := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.TextStyle.Bold = true
		return l
	}
	person := widget.NewForm(
		widget.NewFormItem(T("citizen.name", "Name"), f.name),
		widget.NewFormItem(T("citizen.preferred", "Likes to be called"), f.preferred),
		widget.NewFormItem(T("citizen.phone", "Phone"), f.phone),
		widget.NewFormItem(T("citizen.address", "Address"), f.address),
		widget.NewFormItem(T("citizen.status", "Status"), f.status),
	)
	boardForm := widget.NewForm(
		widget.NewFormItem("", f.onBoard),
		widget.NewFormItem(T("citizen.reason", "Why on the board"), f.reason),
		widget.NewFormItem(T("citizen.since", "On the board since"), f.since),
		widget.NewFormItem(T("citizen.review", "Review date"), f.review),
		widget.NewFormItem("", f.daysInfo),
	)
	consent := widget.NewForm(
		widget.NewFormItem(T("citizen.consent_on", "Consent given on"), f.consentOn),
		widget.NewFormItem(T("citizen.consent_scope", "Consent covers"), f.consentScope),
		widget.NewFormItem("", f.withdrawn),
		widget.NewFormItem(T("citizen.withdrawn_on", "Withdrawn on"), f.withdrawnOn),
	)
	other := widget.NewForm(
		widget.NewFormItem(T("citizen.safety", "Safety note for visits"), f.safety),
		widget.NewFormItem(T("citizen.referred_by", "Referred by"), f.referredBy),
		widget.NewFormItem(T("citizen.referred_on", "Referred on"), f.referredOn),
		widget.NewFormItem(T("citizen.notes", "Internal notes"), f.notes),
	)
	left := container.NewVBox(head(T("citizen.section.person", "Citizen")), person,
		head(T("citizen.section.board", "Board")), boardForm)
	right := container.NewVBox(head(T("citizen.section.responsible", "Responsible members")), f.responsible.Grid,
		head(T("citizen.section.consent", "Consent to share across sectors")), consent,
		head(T("citizen.section.other", "Visits and referral")), other)
	buttons := container.NewHBox(layout.NewSpacer(), f.reloadBtn, f.cancelBtn, f.saveBtn)
	f.root = container.NewBorder(nil, container.NewVBox(f.problem, buttons), nil, nil,
		container.NewVScroll(container.NewGridWithColumns(2, left, right)))
	f.load(r.c)
	return f
}

// load fills the form from c and remembers it as unchanged.
func (f *overviewForm) load(c *board.Citizen) {
	f.name.SetText(c.Name)
	f.preferred.SetText(c.PreferredName)
	f.phone.SetText(c.Phone)
	f.address.SetText(c.Address)
	f.status.SetSelected(kit.StatusLabel(c.Status))
	f.onBoard.SetChecked(c.OnBoard)
	f.reason.SetText(c.BoardReason)
	f.since.SetText(kit.FmtDate(c.BoardSince))
	f.review.SetText(kit.FmtDate(c.ReviewDate))
	var ids []int64
	for _, resp := range c.Responsible {
		ids = append(ids, resp.MemberID)
	}
	f.responsible.Set(ids)
	f.consentOn.SetText(kit.FmtDate(c.Consent.GivenOn))
	f.consentScope.SetText(c.Consent.Scope)
	f.withdrawn.SetChecked(c.Consent.Withdrawn)
	f.withdrawnOn.SetText(kit.FmtDate(c.Consent.WithdrawnOn))
	f.safety.SetText(c.SafetyNote)
	f.notes.SetText(c.Notes)
	f.referredBy.SetText(c.ReferredBy)
	f.referredOn.SetText(kit.FmtDate(c.ReferredOn))
	f.loaded = f.values()
	f.boardChanged()
	f.changed()
}

// values is the form's content as one string, to compare.
func (f *overviewForm) values() string {
	parts := []string{f.name.Text, f.preferred.Text, f.phone.Text, f.address.Text, f.status.Selected,
		boolText(f.onBoard.Checked), f.reason.Text, f.since.Text, f.review.Text,
		f.responsible.Key(), f.consentOn.Text, f.consentScope.Text,
		boolText(f.withdrawn.Checked), f.withdrawnOn.Text, f.safety.Text, f.notes.Text,
		f.referredBy.Text, f.referredOn.Text}
	return strings.Join(parts, "\x00")
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (f *overviewForm) dirty() bool { return f.loaded != "" && f.values() != f.loaded }

// changed updates the buttons as the user types.
func (f *overviewForm) changed() {
	if f.cancelBtn == nil {
		return
	}
	if f.dirty() {
		f.cancelBtn.Enable()
	} else {
		f.cancelBtn.Disable()
	}
}

// boardChanged shows the board fields only when the citizen is on the
// board.
func (f *overviewForm) boardChanged() {
	for _, e := range []*kit.Entry{f.reason, f.since} {
		if f.onBoard.Checked {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	c := f.r.c
	if days := board.DaysOnBoard(c, f.r.now); days > 0 {
		f.daysInfo.SetText(T("citizen.days_on_board", "Day {{.N}} on the board", map[string]any{"N": days}))
	} else {
		f.daysInfo.SetText("")
	}
	if f.onBoard.Checked && f.since.Text == "" {
		f.since.SetText(kit.FmtDate(f.r.now))
	}
}

// citizen builds the citizen to save from the form, or explains in plain
// words what to fix.
func (f *overviewForm) citizen() (*board.Citizen, error) {
	c := *f.r.c
	c.Name, c.PreferredName = f.name.Text, f.preferred.Text
	c.Phone, c.Address = f.phone.Text, f.address.Text
	for _, s := range board.Statuses {
		if f.status.Selected == kit.StatusLabel(s) {
			c.Status = s
		}
	}
	c.OnBoard = f.onBoard.Checked
	c.BoardReason = strings.TrimSpace(f.reason.Text)
	var err error
	dates := []struct {
		e     *kit.Entry
		field string
		d     *board.Date
	}{
		{f.since, T("citizen.since", "On the board since"), &c.BoardSince},
		{f.review, T("citizen.review", "Review date"), &c.ReviewDate},
		{f.consentOn, T("citizen.consent_on", "Consent given on"), &c.Consent.GivenOn},
		{f.withdrawnOn, T("citizen.withdrawn_on", "Withdrawn on"), &c.Consent.WithdrawnOn},
		{f.referredOn, T("citizen.referred_on", "Referred on"), &c.ReferredOn},
	}
	for _, d := range dates {
		if *d.d, err = kit.ReadDate(d.e, d.field); err != nil {
			return nil, err
		}
	}
	if !c.OnBoard {
		c.BoardSince = board.Date{}
		c.BoardReason = ""
	}
	c.Consent.Scope = strings.TrimSpace(f.consentScope.Text)
	c.Consent.Withdrawn = f.withdrawn.Checked
	if c.Consent.Withdrawn && c.Consent.WithdrawnOn.IsZero() {
		c.Consent.WithdrawnOn = f.r.now
	}
	c.SafetyNote = strings.TrimSpace(f.safety.Text)
	c.Notes = strings.TrimSpace(f.notes.Text)
	c.ReferredBy = strings.TrimSpace(f.referredBy.Text)
	// Keep the roles of members who stay responsible.
	roles := map[int64]string{}
	for _, resp := range f.r.c.Responsible {
		roles[resp.MemberID] = resp.Role
	}
	c.Responsible = nil
	for _, id := range f.responsible.Selected() {
		c.Responsible = append(c.Responsible, board.Responsibility{MemberID: id, Role: roles[id]})
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// save stores the form; on failure the typed text stays and the problem
// is shown in plain words.
func (f *overviewForm) save() bool {
	c, err := f.citizen()
	if err != nil {
		f.problem.Importance = widget.DangerImportance
		kit.SetProblem(f.problem, kit.ProblemText(err))
		return false
	}
	return f.saveMerged(c) // live_record.go
}

// cancel puts back what was loaded.
func (f *overviewForm) cancel() {
	kit.SetProblem(f.problem, "")
	f.load(f.r.c)
}

// reload reads the newest version after a conflict, throwing away the
// user's changes (the button says so).
func (f *overviewForm) reload() {
	if err := f.r.reloadCitizen(); err != nil {
		kit.SetProblem(f.problem, kit.ErrorText(err))
		return
	}
	f.reloadBtn.Hide()
	kit.SetProblem(f.problem, "")
	f.load(f.r.c)
}

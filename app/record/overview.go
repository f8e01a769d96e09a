package record

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/dialog"
	"tavlen/app/kit"
	"tavlen/board"
)

// Overview edits the citizen record itself: status, board, responsible
// members, consent, safety note, referral.
type Overview struct {
	p *Page

	Name, preferred, Phone, address *kit.Entry
	status                          *widget.Select
	onBoard                         *widget.Check
	Reason                          *kit.Entry
	since, Review                   *kit.Entry
	Responsible                     *dialog.MemberPicker
	consentOn, consentScope         *kit.Entry
	withdrawn                       *widget.Check
	withdrawnOn                     *kit.Entry
	Safety, Notes                   *kit.Entry
	referredBy, referredOn          *kit.Entry
	DaysInfo                        *widget.Label

	Problem   *widget.Label
	SaveBtn   *widget.Button
	CancelBtn *widget.Button
	ReloadBtn *widget.Button
	loaded    string // the form's values as loaded, to see changes
	Root      fyne.CanvasObject
}

func newOverview(p *Page) *Overview {
	env := p.env
	f := &Overview{p: p}
	f.Name, f.preferred, f.Phone, f.address = env.entry(), env.entry(), env.entry(), env.entry()
	var statusOpts []string
	for _, s := range board.Statuses {
		statusOpts = append(statusOpts, kit.StatusLabel(s))
	}
	f.status = widget.NewSelect(statusOpts, func(string) { f.changed() })
	f.onBoard = widget.NewCheck(T("citizen.on_board", "On the board (shared, intensive caseload)"), func(bool) { f.boardChanged(); f.changed() })
	f.Reason = env.multiLine()
	f.Reason.SetMinRowsVisible(2)
	f.since, f.Review = env.dateEntry(board.Date{}), env.dateEntry(board.Date{})
	f.DaysInfo = widget.NewLabel("")
	f.Responsible = dialog.NewMemberPicker(env.members(), 2)
	f.Responsible.OnChanged = f.changed
	f.consentOn, f.consentScope = env.dateEntry(board.Date{}), env.entry()
	f.withdrawn = widget.NewCheck(T("citizen.consent_withdrawn", "Consent withdrawn"), func(bool) { f.changed() })
	f.withdrawnOn = env.dateEntry(board.Date{})
	f.Safety, f.Notes = env.multiLine(), env.multiLine()
	f.Safety.SetPlaceHolder(T("citizen.safety.placeholder", "e.g. visit two together; dog in the flat"))
	f.Safety.SetMinRowsVisible(2)
	f.Notes.SetMinRowsVisible(2)
	f.referredBy, f.referredOn = env.entry(), env.dateEntry(board.Date{})
	f.referredBy.SetPlaceHolder(T("citizen.referred_by.placeholder", "GP, hospital ward, municipality…"))
	for _, e := range []*kit.Entry{f.Name, f.preferred, f.Phone, f.address, f.Reason, f.since, f.Review,
		f.consentOn, f.consentScope, f.withdrawnOn, f.Safety, f.Notes, f.referredBy, f.referredOn} {
		e.OnChanged = func(string) { f.changed() }
	}

	f.Problem = kit.ErrorLabel()
	f.SaveBtn = widget.NewButton(T("Save", "Save")+" (Ctrl+S)", func() { f.Save() })
	f.SaveBtn.Importance = widget.HighImportance
	f.CancelBtn = widget.NewButton(T("record.undo", "Undo changes"), f.Cancel)
	f.ReloadBtn = widget.NewButton(T("record.reload", "Reload (throws away my changes)"), f.reload)
	f.ReloadBtn.Hide()
	if env.readOnly() {
		f.SaveBtn.Disable()
	}

	head := func(s string) *widget.Label {
		l := widget.NewLabel(s)
		l.TextStyle.Bold = true
		return l
	}
	person := widget.NewForm(
		widget.NewFormItem(T("citizen.name", "Name"), f.Name),
		widget.NewFormItem(T("citizen.preferred", "Likes to be called"), f.preferred),
		widget.NewFormItem(T("citizen.phone", "Phone"), f.Phone),
		widget.NewFormItem(T("citizen.address", "Address"), f.address),
		widget.NewFormItem(T("citizen.status", "Status"), f.status),
	)
	boardForm := widget.NewForm(
		widget.NewFormItem("", f.onBoard),
		widget.NewFormItem(T("citizen.reason", "Why on the board"), f.Reason),
		widget.NewFormItem(T("citizen.since", "On the board since"), f.since),
		widget.NewFormItem(T("citizen.review", "Review date"), f.Review),
		widget.NewFormItem("", f.DaysInfo),
	)
	consent := widget.NewForm(
		widget.NewFormItem(T("citizen.consent_on", "Consent given on"), f.consentOn),
		widget.NewFormItem(T("citizen.consent_scope", "Consent covers"), f.consentScope),
		widget.NewFormItem("", f.withdrawn),
		widget.NewFormItem(T("citizen.withdrawn_on", "Withdrawn on"), f.withdrawnOn),
	)
	other := widget.NewForm(
		widget.NewFormItem(T("citizen.safety", "Safety note for visits"), f.Safety),
		widget.NewFormItem(T("citizen.referred_by", "Referred by"), f.referredBy),
		widget.NewFormItem(T("citizen.referred_on", "Referred on"), f.referredOn),
		widget.NewFormItem(T("citizen.notes", "Internal notes"), f.Notes),
	)
	left := container.NewVBox(head(T("citizen.section.person", "Citizen")), person,
		head(T("citizen.section.board", "Board")), boardForm)
	right := container.NewVBox(head(T("citizen.section.responsible", "Responsible members")), f.Responsible.Grid,
		head(T("citizen.section.consent", "Consent to share across sectors")), consent,
		head(T("citizen.section.other", "Visits and referral")), other)
	buttons := container.NewHBox(layout.NewSpacer(), f.ReloadBtn, f.CancelBtn, f.SaveBtn)
	f.Root = container.NewBorder(nil, container.NewVBox(f.Problem, buttons), nil, nil,
		container.NewVScroll(container.NewGridWithColumns(2, left, right)))
	f.Load(p.C)
	return f
}

// load fills the form from c and remembers it as unchanged.
func (f *Overview) Load(c *board.Citizen) {
	f.Name.SetText(c.Name)
	f.preferred.SetText(c.PreferredName)
	f.Phone.SetText(c.Phone)
	f.address.SetText(c.Address)
	f.status.SetSelected(kit.StatusLabel(c.Status))
	f.onBoard.SetChecked(c.OnBoard)
	f.Reason.SetText(c.BoardReason)
	f.since.SetText(kit.FmtDate(c.BoardSince))
	f.Review.SetText(kit.FmtDate(c.ReviewDate))
	var ids []int64
	for _, resp := range c.Responsible {
		ids = append(ids, resp.MemberID)
	}
	f.Responsible.Set(ids)
	f.consentOn.SetText(kit.FmtDate(c.Consent.GivenOn))
	f.consentScope.SetText(c.Consent.Scope)
	f.withdrawn.SetChecked(c.Consent.Withdrawn)
	f.withdrawnOn.SetText(kit.FmtDate(c.Consent.WithdrawnOn))
	f.Safety.SetText(c.SafetyNote)
	f.Notes.SetText(c.Notes)
	f.referredBy.SetText(c.ReferredBy)
	f.referredOn.SetText(kit.FmtDate(c.ReferredOn))
	f.loaded = f.Values()
	f.boardChanged()
	f.changed()
}

// values is the form's content as one string, to compare.
func (f *Overview) Values() string {
	parts := []string{f.Name.Text, f.preferred.Text, f.Phone.Text, f.address.Text, f.status.Selected,
		kit.BoolText(f.onBoard.Checked), f.Reason.Text, f.since.Text, f.Review.Text,
		f.Responsible.Key(), f.consentOn.Text, f.consentScope.Text,
		kit.BoolText(f.withdrawn.Checked), f.withdrawnOn.Text, f.Safety.Text, f.Notes.Text,
		f.referredBy.Text, f.referredOn.Text}
	return strings.Join(parts, "\x00")
}

func (f *Overview) Dirty() bool { return f.loaded != "" && f.Values() != f.loaded }

// changed updates the buttons as the user types.
func (f *Overview) changed() {
	if f.CancelBtn == nil {
		return
	}
	// A refused save's message is about the form as it was; an edit makes
	// it stale. Notices (kept on this PC, merged) stay until the next save.
	if f.Problem.Importance == widget.DangerImportance {
		kit.SetProblem(f.Problem, "")
	}
	if f.Dirty() {
		f.CancelBtn.Enable()
	} else {
		f.CancelBtn.Disable()
	}
}

// boardChanged shows the board fields only when the citizen is on the
// board.
func (f *Overview) boardChanged() {
	for _, e := range []*kit.Entry{f.Reason, f.since} {
		if f.onBoard.Checked {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	c := f.p.C
	if days := board.DaysOnBoard(c, f.p.now); days > 0 {
		f.DaysInfo.SetText(T("citizen.days_on_board", "Day {{.N}} on the board", map[string]any{"N": days}))
	} else {
		f.DaysInfo.SetText("")
	}
	if f.onBoard.Checked && f.since.Text == "" {
		f.since.SetText(kit.FmtDate(f.p.now))
	}
}

// citizen builds the citizen to save from the form, or explains in plain
// words what to fix.
func (f *Overview) citizen() (*board.Citizen, error) {
	c := *f.p.C
	c.Name, c.PreferredName = f.Name.Text, f.preferred.Text
	c.Phone, c.Address = f.Phone.Text, f.address.Text
	for _, s := range board.Statuses {
		if f.status.Selected == kit.StatusLabel(s) {
			c.Status = s
		}
	}
	c.OnBoard = f.onBoard.Checked
	c.BoardReason = strings.TrimSpace(f.Reason.Text)
	var err error
	dates := []struct {
		e     *kit.Entry
		field string
		d     *board.Date
	}{
		{f.since, T("citizen.since", "On the board since"), &c.BoardSince},
		{f.Review, T("citizen.review", "Review date"), &c.ReviewDate},
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
		c.Consent.WithdrawnOn = f.p.now
	}
	c.SafetyNote = strings.TrimSpace(f.Safety.Text)
	c.Notes = strings.TrimSpace(f.Notes.Text)
	c.ReferredBy = strings.TrimSpace(f.referredBy.Text)
	c.SetResponsible(f.Responsible.Selected()) // a new list: f.p.C's stays as it was
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// save stores the form; on failure the typed text stays and the problem
// is shown in plain words.
func (f *Overview) Save() bool {
	c, err := f.citizen()
	if err != nil {
		f.Problem.Importance = widget.DangerImportance
		kit.SetProblem(f.Problem, kit.ProblemText(err))
		return false
	}
	return f.saveMerged(c) // overview_save.go
}

// cancel puts back what was loaded.
func (f *Overview) Cancel() {
	kit.SetProblem(f.Problem, "")
	f.Load(f.p.C)
}

// reload reads the newest version after a conflict, throwing away the
// user's changes (the button says so).
func (f *Overview) reload() {
	if err := f.p.ReloadCitizen(); err != nil {
		kit.SetProblem(f.Problem, kit.ErrorText(err))
		return
	}
	f.ReloadBtn.Hide()
	kit.SetProblem(f.Problem, "")
	f.Load(f.p.C)
}

package waiting

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

func (sc *Screen) host() *kit.EntryHost {
	if sc.cfg.Entry != nil {
		return sc.cfg.Entry
	}
	return &kit.EntryHost{Today: sc.today}
}

// referralForm edits a referral: who referred (kind and name), when, the
// reason in the referrer's words, and the consent agreed with the citizen.
type referralForm struct {
	sc           *Screen
	base         *board.Citizen
	kind         *widget.Select
	by           *kit.Entry
	on           *kit.Entry
	reason       *kit.Entry
	consentOn    *kit.Entry
	consentScope *kit.Entry
	problem      *widget.Label
}

func (sc *Screen) newReferralForm(c *board.Citizen) *referralForm {
	h := sc.host()
	f := &referralForm{sc: sc, base: c, problem: kit.ErrorLabel()}
	var opts []string
	for _, k := range board.ReferrerKinds {
		opts = append(opts, referrerLabel(k))
	}
	f.kind = widget.NewSelect(opts, nil)
	f.kind.PlaceHolder = T("waiting.referrer.choose", "Choose who referred")
	for i, k := range board.ReferrerKinds {
		if k == c.ReferrerKind {
			f.kind.SetSelectedIndex(i)
		}
	}
	f.by = kit.NewEntry(h)
	f.by.SetText(c.ReferredBy)
	f.by.SetPlaceHolder(T("waiting.referred_by_hint", "e.g. Dr. Holm, Lægehuset Vest"))
	f.on = kit.NewDateEntry(h, c.ReferredOn)
	f.reason = kit.NewMultiLine(h)
	f.reason.SetText(c.ReferralReason)
	f.reason.SetPlaceHolder(T("waiting.reason_hint", "As the referrer wrote it"))
	f.reason.SetMinRowsVisible(3)
	f.consentOn = kit.NewDateEntry(h, c.Consent.GivenOn)
	f.consentScope = kit.NewEntry(h)
	f.consentScope.SetText(c.Consent.Scope)
	f.consentScope.SetPlaceHolder(T("waiting.consent_scope_hint", "e.g. GP, psychiatry and the municipality"))
	return f
}

func (f *referralForm) items() []*widget.FormItem {
	consent := widget.NewFormItem(T("waiting.consent_on", "Consent given on"), f.consentOn)
	consent.HintText = T("waiting.consent_hint", "Empty while consent is not given")
	return []*widget.FormItem{
		widget.NewFormItem(T("referral.kind", "Referred by"), f.kind),
		widget.NewFormItem(T("waiting.referred_by", "Name of the referrer"), f.by),
		widget.NewFormItem(T("waiting.referred_on_label", "Referred on"), f.on),
		widget.NewFormItem(T("referral.reason", "Reason (in the referrer's words)"), f.reason),
		consent,
		widget.NewFormItem(T("waiting.consent_scope", "Consent covers"), f.consentScope),
		widget.NewFormItem("", f.problem),
	}
}

// citizen is the citizen with the form's referral, or what to fix.
func (f *referralForm) citizen() (*board.Citizen, error) {
	c := *f.base
	if i := f.kind.SelectedIndex(); i >= 0 && i < len(board.ReferrerKinds) {
		c.ReferrerKind = board.ReferrerKinds[i]
	}
	c.ReferredBy = strings.TrimSpace(f.by.Text)
	c.ReferralReason = f.reason.Text
	var err error
	if c.ReferredOn, err = kit.ReadDate(f.on, T("waiting.referred_on_label", "Referred on")); err != nil {
		return nil, err
	}
	if c.Consent.GivenOn, err = kit.ReadDate(f.consentOn, T("waiting.consent_on", "Consent given on")); err != nil {
		return nil, err
	}
	c.Consent.Scope = strings.TrimSpace(f.consentScope.Text)
	for _, field := range []struct{ name, text string }{
		{T("waiting.referred_by", "Name of the referrer"), c.ReferredBy},
		{T("referral.reason", "Reason (in the referrer's words)"), c.ReferralReason},
		{T("waiting.consent_scope", "Consent covers"), c.Consent.Scope},
	} {
		if board.ContainsCPR(field.text) {
			return nil, kit.ErrPlain(T("waiting.cpr_in_field", "{{.Field}}: Tavlen stores no CPR numbers: remove the CPR number from this field.", map[string]any{"Field": field.name}))
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := c.CheckReferredOn(f.sc.today()); err != nil {
		return nil, err
	}
	return &c, nil
}

// saveCitizen saves mine, an edit of base, through the one save path.
func (sc *Screen) saveCitizen(base, mine *board.Citizen) (kept bool, err error) {
	load := func(ctx context.Context) (*board.Citizen, error) { return sc.s.FindCitizenByID(ctx, base.ID) }
	res, err := saving.Update(sc.ctx, sc.cfg.Keeper, outbox.KindCitizen, base, mine, load, sc.s.UpdateCitizen)
	return res.Kept, err
}

// editReferral opens the referral form; a problem keeps it open with what
// was typed.
func (sc *Screen) editReferral(c *board.Citizen) {
	if sc.readOnly() {
		return
	}
	f := sc.newReferralForm(c)
	sc.lastForm = f
	sc.showForm(T("waiting.edit_title", "Referral: {{.Name}}", map[string]any{"Name": c.Name}), f.items(), f.problem, func() (bool, error) {
		mine, err := f.citizen()
		if err != nil {
			return false, err
		}
		return sc.saveCitizen(f.base, mine)
	})
}

// showForm shows a form whose save may fail: then it opens again with
// what was typed and the problem under it.
func (sc *Screen) showForm(title string, items []*widget.FormItem, problem *widget.Label, save func() (bool, error)) {
	w := sc.window()
	var win fyne.Size
	if w != nil {
		win = w.Canvas().Size()
	}
	kit.ShowFormUntilSaved(w, title, T("waiting.save", "Save"), T("waiting.cancel", "Cancel"), formWidth(win),
		items, problem, save, func(kept bool) { sc.saved(kept, nil) })
}

// declineReferral asks for the reason and declines: the citizen leaves
// the list, and the reason is kept.
func (sc *Screen) declineReferral(c *board.Citizen) {
	if sc.readOnly() {
		return
	}
	h := sc.host()
	reason := kit.NewMultiLine(h)
	reason.SetMinRowsVisible(3)
	reason.SetPlaceHolder(T("waiting.decline_hint", "e.g. Belongs in the outpatient clinic; the referrer is told"))
	day := kit.NewDateEntry(h, sc.today())
	problem := kit.ErrorLabel()
	items := []*widget.FormItem{
		widget.NewFormItem(T("referral.declined_reason", "Reason for declining"), reason),
		widget.NewFormItem(T("waiting.decline_on", "Declined on"), day),
		widget.NewFormItem("", problem),
	}
	sc.lastDecline, sc.lastDeclineDay = reason, day
	sc.showForm(T("waiting.decline_title", "Decline referral: {{.Name}}", map[string]any{"Name": c.Name}), items, problem, func() (bool, error) {
		d, err := kit.ReadDate(day, T("waiting.decline_on", "Declined on"))
		if err != nil {
			return false, err
		}
		mine := *c
		if err := mine.DeclineReferralOn(d, sc.today(), reason.Text); err != nil {
			return false, err
		}
		return sc.saveCitizen(c, &mine)
	})
}

// editGoal changes the team's goal for the intake.
func (sc *Screen) editGoal() {
	if sc.readOnly() || sc.team == nil {
		return
	}
	days := kit.NewEntry(sc.host())
	days.SetText(strconv.Itoa(sc.goalDays()))
	problem := kit.ErrorLabel()
	items := []*widget.FormItem{
		widget.NewFormItem(T("waiting.goal_days", "Intake within (days)"), days),
		widget.NewFormItem("", problem),
	}
	sc.lastGoal = days
	sc.showForm(T("waiting.goal_title", "Goal for the intake"), items, problem, func() (bool, error) {
		n, err := strconv.Atoi(strings.TrimSpace(days.Text))
		if err != nil || n < 1 || n > 365 {
			return false, kit.ErrPlain(T("waiting.goal_bad", "Write a number of days from 1 to 365."))
		}
		t := *sc.team
		t.IntakeGoalDays = n
		// The team has no outbox kind: its settings are saved only while
		// the file is reachable, and the error says so otherwise.
		return false, sc.s.UpdateTeam(sc.ctx, &t)
	})
}

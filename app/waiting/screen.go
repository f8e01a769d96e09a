// Package waiting is the Venteliste screen: the referrals waiting for
// their intake, longest waiting first, against the team's goal (intake
// within 14 days unless the team sets another). Those past the goal are
// marked in colour and in words. From a row the team edits the referral
// (who referred, the reason in the referrer's words, consent), books the
// two-hour intake with the app's slot finder (a callback), or declines the
// referral with its reason. Under the list, "Til indskrivning" shows the
// citizens whose intake is booked, opens their record to write the first
// plan, and marks the course as started once the plan has a goal.
//
// The screen never imports the app shell or another screen; the shell
// passes a Store and a Config.
package waiting

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
)

// Store is what the waiting list reads and writes.
type Store interface {
	FindCitizens(ctx context.Context, f board.CitizenFilter) ([]*board.Citizen, error)
	FindCitizenByID(ctx context.Context, id int64) (*board.Citizen, error)
	UpdateCitizen(ctx context.Context, c *board.Citizen) error
	FindTeam(ctx context.Context) (*board.Team, error)
	UpdateTeam(ctx context.Context, t *board.Team) error
	// The intake section reads the intake meeting and the plan's goals.
	FindAppointments(ctx context.Context, f calendar.Filter) ([]*calendar.Appointment, error)
	FindPlan(ctx context.Context, citizenID int64) (*board.Plan, error)
}

// Config is what the shell passes.
type Config struct {
	Now func() time.Time // nil = time.Now
	// Keeper keeps saves on this PC while the file is out of reach.
	Keeper saving.Keeper
	// Window is the window the forms and questions open on.
	Window func() fyne.Window
	// Entry passes the app's shortcuts and Escape through the fields.
	Entry *kit.EntryHost
	// ReadOnly reports whether the file may not be changed; nil: never.
	ReadOnly func() bool
	// BookIntake offers the two-hour intake at times everyone is free
	// (the app's slot finder) and books it, which moves the citizen to
	// intake; booked runs after a booking. nil hides the button.
	BookIntake func(c *board.Citizen, booked func())
	// NewReferral opens the app's form for a new citizen's referral; the
	// shell reads the list again after a save. nil hides the button.
	NewReferral func()
	// OpenPlan opens the citizen's record on the Goals tab, where the
	// intake meeting writes the first plan. nil hides the button.
	OpenPlan func(citizenID int64)
}

// Screen is the Venteliste tab.
type Screen struct {
	s   Store
	cfg Config
	ctx context.Context

	team    *board.Team
	entries []board.WaitingEntry

	goal    *widget.Label
	summary *widget.Label
	status  *widget.Label
	list    *widget.List
	intake  *intakeSection // citizens booked for intake, under the list
	goalBtn *widget.Button
	newBtn  *widget.Button
	content fyne.CanvasObject
	rows    map[*fyne.Container]*row // the list's rows and their widgets
	// lastForm is the referral form opened last, for the tests.
	lastForm    *referralForm
	lastDecline *kit.Entry // the decline form's reason
	// lastDeclineDay is the decline form's date.
	lastDeclineDay *kit.Entry
	lastGoal       *kit.Entry // the goal form's days
}

// New builds the screen; call Reload to read the list.
func New(s Store, cfg Config) *Screen {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	sc := &Screen{s: s, cfg: cfg, ctx: context.Background(), rows: map[*fyne.Container]*row{},
		goal: widget.NewLabel(""), summary: widget.NewLabel(""), status: widget.NewLabel("")}
	sc.goal.TextStyle = fyne.TextStyle{Bold: true}
	sc.summary.Wrapping = fyne.TextWrapWord
	sc.status.Wrapping = fyne.TextWrapWord
	sc.goalBtn = widget.NewButtonWithIcon(T("waiting.goal_edit", "Change goal…"), theme.SettingsIcon(), sc.editGoal)
	sc.newBtn = widget.NewButtonWithIcon(T("waiting.new_referral", "New referral…"), theme.ContentAddIcon(), sc.newReferral)
	sc.newBtn.Importance = widget.HighImportance
	if cfg.NewReferral == nil {
		sc.newBtn.Hide()
	}
	sc.list = widget.NewList(func() int { return len(sc.entries) }, sc.newRow, sc.updateRow)
	head := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(sc.newBtn, sc.goalBtn), sc.goal), sc.summary)
	sc.intake = sc.newIntakeSection()
	lists := container.NewVSplit(sc.list, sc.intake.content)
	lists.Offset = 0.6
	sc.content = container.NewBorder(head, sc.status, nil, nil, lists)
	return sc
}

// Content is the screen's canvas object.
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

func (sc *Screen) today() board.Date { return kit.Today(sc.cfg.Now) }

func (sc *Screen) window() fyne.Window { return kit.CallOrZero(sc.cfg.Window) }

func (sc *Screen) readOnly() bool { return kit.CallOrZero(sc.cfg.ReadOnly) }

func (sc *Screen) goalDays() int { return sc.team.IntakeGoal() }

// Reload reads the team's goal and the referrals again.
func (sc *Screen) Reload() {
	team, err := sc.s.FindTeam(sc.ctx)
	var cs []*board.Citizen
	if err == nil {
		cs, err = sc.s.FindCitizens(sc.ctx, board.CitizenFilter{Status: board.StatusReferred})
	}
	if err == nil {
		err = sc.reloadIntake()
	}
	if err != nil {
		sc.status.SetText(kit.ErrorText(err))
		sc.entries, sc.intake.entries = nil, nil
		sc.list.Refresh()
		sc.intake.list.Refresh()
		return
	}
	sc.team = team
	sc.entries = board.WaitingList(cs, sc.today(), sc.goalDays())
	sc.status.SetText("")
	sc.goal.SetText(T("waiting.goal", "Goal: intake within {{.Days}} days", map[string]any{"Days": sc.goalDays()}))
	past := 0
	for _, e := range sc.entries {
		if e.PastGoal {
			past++
		}
	}
	switch {
	case len(sc.entries) == 0:
		sc.summary.SetText(T("waiting.empty", "No referrals are waiting."))
	case past == 0:
		sc.summary.SetText(T("waiting.summary_ok", "{{.N}} waiting; none past the goal.", map[string]any{"N": len(sc.entries)}))
	default:
		sc.summary.SetText(T("waiting.summary_past", "{{.N}} waiting; {{.Past}} past the goal.", map[string]any{"N": len(sc.entries), "Past": past}))
	}
	for _, b := range []*widget.Button{sc.goalBtn, sc.newBtn} {
		if sc.readOnly() {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	sc.list.Refresh()
}

// referrerLabel is a referrer kind in words.
func referrerLabel(k board.ReferrerKind) string {
	switch k {
	case board.ReferrerGP:
		return T("referral.kind.gp", "GP")
	case board.ReferrerClinic:
		return T("referral.kind.clinic", "Outpatient clinic")
	case board.ReferrerSelf:
		return T("referral.kind.self", "Own contact")
	case board.ReferrerMunicipality:
		return T("referral.kind.municipality", "Municipality")
	case board.ReferrerOther:
		return T("referral.kind.other", "Other")
	}
	return T("waiting.referrer.unknown", "Referrer not given")
}

// daysText says how long a referral has waited, and whether past the
// goal: in words, so the mark does not rest on colour alone.
func daysText(e board.WaitingEntry, goal int) string {
	if e.Citizen.ReferredOn.IsZero() {
		return T("waiting.no_date", "No referral date")
	}
	s := T("waiting.days_waiting", "waiting {{.N}} days", map[string]any{"N": e.Days})
	if e.Days == 1 {
		s = T("waiting.days_waiting.one", "waiting 1 day")
	}
	if e.PastGoal {
		s = T("waiting.past_goal_days", "PAST THE GOAL: waiting {{.N}} days (goal {{.Goal}})", map[string]any{"N": e.Days, "Goal": goal})
	}
	return s
}

// detailText is the second line of a row: who referred, when, why.
func detailText(c *board.Citizen) string {
	parts := []string{referrerLabel(c.ReferrerKind)}
	if by := strings.TrimSpace(c.ReferredBy); by != "" && !strings.EqualFold(by, parts[0]) {
		parts[0] += " (" + by + ")"
	}
	if !c.ReferredOn.IsZero() {
		parts = append(parts, T("waiting.referred_on", "referred {{.On}}", map[string]any{"On": kit.FmtDate(c.ReferredOn)}))
	}
	if r := strings.TrimSpace(c.ReferralReason); r != "" {
		parts = append(parts, "“"+strings.ReplaceAll(r, "\n", " ")+"”")
	}
	if !c.Consent.Valid() {
		parts = append(parts, T("waiting.no_consent", "no consent yet"))
	}
	return strings.Join(parts, " · ")
}

// row is a list row's widgets.
type row struct {
	icon                *widget.Icon
	name, days, detail  *widget.Label
	edit, book, decline *widget.Button
}

func (sc *Screen) newRow() fyne.CanvasObject {
	r := &row{icon: widget.NewIcon(theme.HistoryIcon()), name: widget.NewLabel(""), days: widget.NewLabel(""), detail: widget.NewLabel("")}
	r.name.TextStyle = fyne.TextStyle{Bold: true}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.SizeName = theme.SizeNameCaptionText
	r.edit = widget.NewButtonWithIcon(T("waiting.edit", "Referral…"), theme.DocumentCreateIcon(), nil)
	r.book = widget.NewButtonWithIcon(T("waiting.book_intake", "Book intake"), theme.MailSendIcon(), nil)
	r.book.Importance = widget.HighImportance
	r.decline = widget.NewButtonWithIcon(T("waiting.decline", "Decline referral…"), theme.CancelIcon(), nil)
	top := container.NewBorder(nil, nil, r.icon, r.days, r.name)
	buttons := container.NewCenter(container.NewHBox(r.edit, r.book, r.decline))
	box := container.NewBorder(nil, nil, nil, buttons, container.NewVBox(top, r.detail))
	sc.rows[box] = r
	return box
}

func (sc *Screen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(sc.entries) {
		return
	}
	e := sc.entries[i]
	r := sc.rows[o.(*fyne.Container)]
	if r == nil {
		return
	}
	r.name.SetText(e.Citizen.Name)
	r.days.SetText(daysText(e, sc.goalDays()))
	r.days.TextStyle = fyne.TextStyle{Bold: e.PastGoal}
	if e.PastGoal {
		r.days.Importance = widget.DangerImportance
		r.icon.SetResource(theme.NewErrorThemedResource(theme.WarningIcon()))
	} else {
		r.days.Importance = widget.MediumImportance
		r.icon.SetResource(theme.HistoryIcon())
	}
	r.days.Refresh()
	r.detail.SetText(detailText(e.Citizen))
	c := e.Citizen
	r.edit.OnTapped = func() { sc.editReferral(c) }
	r.decline.OnTapped = func() { sc.declineReferral(c) }
	r.book.OnTapped = func() { sc.bookIntake(c) }
	for _, b := range []*widget.Button{r.edit, r.book, r.decline} {
		if sc.readOnly() {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if sc.cfg.BookIntake == nil {
		r.book.Hide()
	} else {
		r.book.Show()
	}
	o.Refresh() // the day label's width changed: lay the row out again
}

// bookIntake hands the citizen to the app's slot finder.
func (sc *Screen) bookIntake(c *board.Citizen) {
	if sc.cfg.BookIntake == nil || sc.readOnly() {
		return
	}
	sc.cfg.BookIntake(c, func() {
		sc.Reload()
		// The citizen leaves the list only when the booking was saved:
		// then say so, as the row just disappears.
		for _, e := range sc.entries {
			if e.Citizen.ID == c.ID {
				return
			}
		}
		sc.status.SetText(T("waiting.booked", "Intake booked for {{.Name}}.", map[string]any{"Name": c.Name}))
	})
}

// newReferral opens the app's referral form for a new citizen.
func (sc *Screen) newReferral() {
	if sc.cfg.NewReferral == nil || sc.readOnly() {
		return
	}
	sc.cfg.NewReferral()
}

// saved shows the outcome of a save and reads the list again.
func (sc *Screen) saved(kept bool, err error) {
	kit.ShowSaved(sc.window(), sc.status, kept, err, sc.Reload,
		T("waiting.kept", "The team file cannot be reached: the change is kept on this PC and saved when the file is back."))
}

// T is the app's words (package text).
func T(key, fallback string, data ...any) string { return kit.T(key, fallback, data...) }

// Entries are the referrals shown, in order (for the shell's tests).
func (sc *Screen) Entries() []board.WaitingEntry { return sc.entries }

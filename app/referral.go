package app

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/outbox"
)

// Intake: a two-hour meeting with the citizen and the responsible members,
// offered at times all of them are free: from the next working day,
// starting from 9 and ending by 16, spread over the coming days.
var intakeOffer = calendar.SlotOffer{Length: intakeLength, FirstStart: 9, DayEnd: 16, Days: 21, Limit: 6}

const intakeLength = 2 * time.Hour

// referralForm registers a new citizen from a referral.
type referralForm struct {
	u                 *UI
	name, preferred   *kit.Entry
	phone, referredBy *kit.Entry
	referredOn        *kit.Entry
	responsible       *memberPicker
	warned            string // the name and phone already warned about as a likely duplicate
}

func (u *UI) newReferralForm() *referralForm {
	f := &referralForm{u: u}
	f.name, f.preferred, f.phone, f.referredBy = newKeyEntry(u), newKeyEntry(u), newKeyEntry(u), newKeyEntry(u)
	f.referredBy.SetPlaceHolder(T("citizen.referred_by.placeholder", "GP, hospital ward, municipality…"))
	f.referredOn = newDateEntry(u, u.today())
	f.responsible = u.newMemberPicker(3)
	return f
}

func (f *referralForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem(T("citizen.name", "Name"), f.name),
		widget.NewFormItem(T("citizen.preferred", "Likes to be called"), f.preferred),
		widget.NewFormItem(T("citizen.phone", "Phone"), f.phone),
		widget.NewFormItem(T("citizen.referred_by", "Referred by"), f.referredBy),
		widget.NewFormItem(T("citizen.referred_on", "Referred on"), f.referredOn),
		widget.NewFormItem(T("citizen.section.responsible", "Responsible members"), f.responsible.Grid),
	}
}

// citizen builds the new citizen, or says what to fix.
func (f *referralForm) citizen() (*board.Citizen, error) {
	c := &board.Citizen{Name: f.name.Text, PreferredName: f.preferred.Text, Phone: strings.TrimSpace(f.phone.Text),
		Status: board.StatusReferred, ReferredBy: strings.TrimSpace(f.referredBy.Text)}
	var err error
	if c.ReferredOn, err = kit.ReadDate(f.referredOn, T("citizen.referred_on", "Referred on")); err != nil {
		return nil, err
	}
	for _, id := range f.responsible.Selected() {
		c.Responsible = append(c.Responsible, board.Responsibility{MemberID: id})
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := c.CheckReferredOn(f.u.today()); err != nil {
		return nil, err
	}
	return c, nil
}

// showNewCitizen opens the referral form; after saving it offers to book
// the intake.
func (u *UI) showNewCitizen() { u.newCitizenDialog() }

func (u *UI) newCitizenDialog() (*referralForm, *formDlg) {
	f := u.newReferralForm()
	var d *formDlg
	d = u.dialogs.Form(T("referral.title", "New citizen (referral)"), f.items(), func() error {
		c, err := f.citizen()
		if err != nil {
			return err
		}
		if err := f.duplicateWarning(c); err != nil {
			return err
		}
		kept, err := saving.Create(u.ctx, u.keeper(), outbox.KindCitizen, c, u.store.CreateCitizen)
		if err != nil {
			return err
		}
		if kept {
			// The intake needs the citizen in the file; it is booked
			// once the file is back.
			d.After = func() { dialog.ShowInformation(T("referral.title", "New citizen (referral)"), keptText(), u.win) }
			return nil
		}
		if u.board != nil {
			u.board.reload()
		}
		u.reloadWaiting()
		d.After = func() { u.offerIntake(c) }
		return nil
	})
	u.canvas().Focus(f.name)
	return f, d
}

// intakeSlots returns the starts of two-hour slots in the next weeks when
// all of the citizen's responsible members are free (calendar.OfferSlots).
func (u *UI) intakeSlots(c *board.Citizen) ([]time.Time, error) {
	var members []int64
	for _, r := range c.Responsible {
		members = append(members, r.MemberID)
	}
	from := calendar.NextWorkingDay(u.now())
	to := from.AddDate(0, 0, intakeOffer.Days)
	var occs []calendar.Occurrence
	if len(members) > 0 {
		apps, err := u.store.FindAppointments(u.ctx, calendar.Filter{From: from, To: to})
		if err != nil {
			return nil, err
		}
		occs = calendar.Expand(apps, from, to)
	}
	return calendar.OfferSlots(members, occs, u.now(), intakeOffer), nil
}

// offerIntake shows the free times and books the chosen one.
func (u *UI) offerIntake(c *board.Citizen) { u.offerIntakeThen(c, nil) }

// offerIntakeThen is offerIntake that runs booked (if set) after a
// booking; the waiting list reads itself again then.
func (u *UI) offerIntakeThen(c *board.Citizen, booked func()) {
	slots, err := u.intakeSlots(c)
	if err != nil {
		kit.ShowError(u.win, err)
		return
	}
	if len(slots) == 0 {
		dialog.ShowInformation(T("intake.title", "Book intake"), T("intake.none", "No two-hour time in the next three weeks where everyone is free. Book the intake in the calendar."), u.win)
		return
	}
	var opts []string
	for _, s := range slots {
		opts = append(opts, kit.WeekdayShort((int(s.Weekday())+6)%7)+" "+kit.FmtDateTime(s)+"–"+kit.FmtTime(s.Add(intakeLength)))
	}
	choice := widget.NewRadioGroup(opts, nil)
	choice.SetSelected(opts[0])
	intro := widget.NewLabel(T("intake.intro", "Book the two-hour intake with {{.Name}} and the responsible members? They are all free at these times:", map[string]any{"Name": c.Name}))
	intro.Wrapping = fyne.TextWrapWord
	problem := kit.ErrorLabel()
	d := dialog.NewCustomConfirm(T("intake.title", "Book intake"), T("intake.book", "Book"), T("intake.later", "Not now"),
		container.NewVBox(intro, choice, problem), func(ok bool) {
			if !ok {
				return
			}
			i := 0
			for j, o := range opts {
				if o == choice.Selected {
					i = j
				}
			}
			switch kept, err := u.bookIntake(c, slots[i]); {
			case err != nil:
				kit.ShowError(u.win, err)
			case kept:
				dialog.ShowInformation(T("intake.title", "Book intake"), keptText(), u.win)
			}
			if booked != nil {
				booked()
			}
		}, u.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

// bookIntake books the intake meeting at start and marks the citizen as
// in intake (c as shown; the status merges with other PCs' changes). When
// the file cannot be reached both are kept on this PC: kept reports it.
func (u *UI) bookIntake(c *board.Citizen, start time.Time) (kept bool, err error) {
	a := &calendar.Appointment{CitizenID: c.ID, Title: T("intake.appt_title", "Intake: {{.Name}}", map[string]any{"Name": c.DisplayName()}),
		Kind: calendar.KindMeeting, Start: start, End: start.Add(intakeLength), Status: calendar.StatusPlanned}
	for _, r := range c.Responsible {
		a.Participants = append(a.Participants, r.MemberID)
	}
	if kept, err = saving.Create(u.ctx, u.keeper(), outbox.KindAppointment, a, u.store.CreateAppointment); err != nil {
		return kept, err
	}
	base, err := u.store.FindCitizenByID(u.ctx, c.ID)
	if saving.Gone(err) {
		base, err = c, nil // kept as a change of the citizen as shown
	}
	if err == nil && base.Status == board.StatusReferred {
		mine := *base
		mine.Status = board.StatusIntake
		load := func(ctx context.Context) (*board.Citizen, error) { return u.store.FindCitizenByID(ctx, c.ID) }
		res, uerr := saving.Update(u.ctx, u.keeper(), outbox.KindCitizen, base, &mine, load, u.store.UpdateCitizen)
		if uerr != nil {
			return kept, uerr
		}
		kept = kept || res.Kept
	}
	if u.board != nil {
		u.board.reload()
	}
	return kept, nil
}

package yearwheel

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// themeForm is the form of one theme: month or a meeting date, title,
// presenter, time in the meeting and notes.
type themeForm struct {
	sc        *Screen
	base      *board.Theme // nil for a new theme
	month     *widget.Select
	date      *kit.Entry
	title     *kit.Entry
	presenter *widget.Select
	minutes   *kit.Entry
	notes     *kit.Entry
	problem   *widget.Label
	ids       []int64 // presenter options' member IDs; 0 = not decided
}

func (sc *Screen) newThemeForm(t *board.Theme, month time.Month) *themeForm {
	host := sc.cfg.Entry
	if host == nil {
		host = &kit.EntryHost{Today: sc.today}
	}
	f := &themeForm{sc: sc, base: t, problem: kit.ErrorLabel()}
	var months []string
	for m := time.January; m <= time.December; m++ {
		months = append(months, kit.Words().Month(m))
	}
	f.month = widget.NewSelect(months, nil)
	f.date = kit.NewDateEntry(host, board.Date{})
	f.title = kit.NewEntry(host)
	f.title.SetPlaceHolder(T("yearwheel.title_hint", "e.g. The municipality's addiction treatment"))
	f.minutes = kit.NewEntry(host)
	f.minutes.SetPlaceHolder(strconv.Itoa(board.DefaultThemeMinutes))
	f.notes = kit.NewMultiLine(host)
	f.notes.SetMinRowsVisible(3)
	opts := []string{T("yearwheel.presenter_none", "presenter not decided")}
	f.ids = []int64{0}
	for _, m := range sc.members {
		opts = append(opts, m.Initials+" – "+m.Name)
		f.ids = append(f.ids, m.ID)
	}
	f.presenter = widget.NewSelect(opts, nil)
	f.presenter.SetSelectedIndex(0)

	switch {
	case t != nil:
		f.month.SetSelectedIndex(int(t.Month) - 1)
		if !t.MeetingDate.IsZero() {
			f.date.SetText(kit.FmtDate(t.MeetingDate))
		}
		f.title.SetText(t.Title)
		if t.Minutes > 0 {
			f.minutes.SetText(strconv.Itoa(t.Minutes))
		}
		f.notes.SetText(t.Notes)
		for i, id := range f.ids {
			if id == t.PresenterID && id != 0 {
				f.presenter.SetSelectedIndex(i)
			}
		}
	case month != 0:
		f.month.SetSelectedIndex(int(month) - 1)
	case sc.year == sc.today().Year:
		f.month.SetSelectedIndex(int(sc.today().Month) - 1)
	default:
		f.month.SetSelectedIndex(0)
	}
	return f
}

func (f *themeForm) items() []*widget.FormItem {
	date := widget.NewFormItem(T("yearwheel.meeting_date", "Meeting date (optional)"), f.date)
	date.HintText = T("yearwheel.meeting_date.hint", "Empty: the theme is for the whole month. A date: only that meeting.")
	minutes := widget.NewFormItem(T("yearwheel.minutes", "Time in the meeting (minutes)"), f.minutes)
	minutes.HintText = T("yearwheel.minutes_hint", "Empty: {{.N}} minutes; at most {{.Max}}", map[string]any{"N": board.DefaultThemeMinutes, "Max": board.MaxThemeMinutes})
	return []*widget.FormItem{
		widget.NewFormItem(T("yearwheel.month", "Month"), f.month),
		date,
		widget.NewFormItem(T("yearwheel.theme_title", "Title"), f.title),
		widget.NewFormItem(T("yearwheel.presenter", "Presented by"), f.presenter),
		minutes,
		widget.NewFormItem(T("yearwheel.notes", "Notes"), f.notes),
		widget.NewFormItem("", f.problem),
	}
}

// theme builds the theme from the form, or says what to fix.
func (f *themeForm) theme() (*board.Theme, error) {
	t := &board.Theme{}
	if f.base != nil {
		c := *f.base
		t = &c
	}
	t.Year, t.Month = f.sc.year, time.Month(f.month.SelectedIndex()+1)
	day, err := kit.ReadDate(f.date, T("yearwheel.meeting_date", "Meeting date (optional)"))
	if err != nil {
		return nil, err
	}
	if !day.IsZero() && (day.Year != t.Year || day.Month != t.Month) {
		// Validate would move the theme to the date's month unseen.
		return nil, kit.ErrPlain(T("yearwheel.date_not_in_month", "The meeting date {{.Date}} is not in {{.Month}} {{.Year}}: choose the date's month under Month, or a date in {{.Month}}.",
			map[string]any{"Date": kit.FmtDate(day), "Month": kit.Words().Month(t.Month), "Year": t.Year}))
	}
	t.MeetingDate = day
	t.Title, t.Notes = f.title.Text, f.notes.Text
	t.PresenterID = 0
	if i := f.presenter.SelectedIndex(); i > 0 && i < len(f.ids) {
		t.PresenterID = f.ids[i]
	}
	t.Minutes = 0
	if s := strings.TrimSpace(f.minutes.Text); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > board.MaxThemeMinutes {
			return nil, kit.ErrPlain(T("yearwheel.minutes_bad", "Minutes in the meeting: write a number from 1 to {{.Max}}.", map[string]any{"Max": board.MaxThemeMinutes}))
		}
		t.Minutes = n
	}
	for _, field := range []struct{ name, text string }{
		{T("yearwheel.theme_title", "Title"), t.Title}, {T("yearwheel.notes", "Notes"), t.Notes},
	} {
		if board.ContainsCPR(field.text) {
			return nil, kit.ErrPlain(T("yearwheel.cpr_in_field", "{{.Field}}: Tavlen stores no CPR numbers: remove the CPR number from this field.", map[string]any{"Field": field.name}))
		}
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// save saves the form through the one save path.
func (f *themeForm) save() (kept bool, err error) {
	t, err := f.theme()
	if err != nil {
		return false, err
	}
	sc := f.sc
	if f.base == nil {
		return saving.Create(sc.ctx, sc.cfg.Keeper, outbox.KindTheme, t, sc.s.CreateTheme)
	}
	load := func(ctx context.Context) (*board.Theme, error) { return sc.s.FindThemeByID(ctx, f.base.ID) }
	res, err := saving.Update(sc.ctx, sc.cfg.Keeper, outbox.KindTheme, f.base, t, load, sc.s.UpdateTheme)
	return res.Kept, err
}

// editTheme opens the form for t (nil: a new theme, in month when set).
// A problem keeps the form open with what was typed.
func (sc *Screen) editTheme(t *board.Theme, month time.Month) {
	if sc.readOnly() {
		return
	}
	f := sc.newThemeForm(t, month)
	title := T("yearwheel.new", "New theme")
	if t != nil {
		title = T("yearwheel.edit_title", "Edit theme")
	}
	sc.showForm(f, title)
}

// showForm opens the theme form; a save that fails opens it again, with
// what was typed.
func (sc *Screen) showForm(f *themeForm, title string) {
	kit.ShowFormUntilSaved(sc.window(), title, T("yearwheel.save", "Save"), T("yearwheel.cancel", "Cancel"), 620,
		f.items(), f.problem, f.save, func(kept bool) { sc.saved(kept, nil) })
	sc.lastForm = f
}

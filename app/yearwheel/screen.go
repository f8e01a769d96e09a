// Package yearwheel is the Årshjul screen: the team's professional themes
// of the year, one per month or per meeting, with who presents them. A
// round year view (months as sectors, today marked) sits beside the list,
// where themes are added, edited and deleted. Every save goes through
// app/saving, the one save path. The day's theme is the first item of the
// weekly meeting (app/meeting).
//
// The screen never imports the app shell or another screen; the shell
// passes a Store and a Config.
package yearwheel

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/saving"
	"tavlen/board"
	"tavlen/storage/outbox"
)

// Store is what the year wheel reads and writes.
type Store interface {
	board.ThemeService
	FindMembers(ctx context.Context, f board.MemberFilter) ([]*board.Member, error)
}

// Config is what the shell passes.
type Config struct {
	Now func() time.Time // nil = time.Now
	// Keeper keeps saves on this PC while the file is out of reach; nil
	// when there is no outbox.
	Keeper saving.Keeper
	// Window is the window the forms and questions open on.
	Window func() fyne.Window
	// Entry passes the app's shortcuts and Escape through the form's
	// fields; nil for none.
	Entry *kit.EntryHost
	// ReadOnly reports whether the file may not be changed; nil: never.
	ReadOnly func() bool
}

// Screen is the Årshjul tab.
type Screen struct {
	s   Store
	cfg Config
	ctx context.Context

	year    int
	themes  []*board.Theme
	members []*board.Member
	byID    board.MemberIndex

	wheel   *wheel
	list    *widget.List
	yearLbl *widget.Label
	status  *widget.Label
	add     *widget.Button
	content fyne.CanvasObject
	// lastForm is the theme form opened last, for the tests.
	lastForm *themeForm
}

// New builds the screen on the year of today; call Reload to read it.
func New(s Store, cfg Config) *Screen {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	sc := &Screen{s: s, cfg: cfg, ctx: context.Background(), status: widget.NewLabel("")}
	sc.year = sc.today().Year
	sc.status.Wrapping = fyne.TextWrapWord
	sc.wheel = newWheel(sc.monthTapped)
	sc.yearLbl = widget.NewLabelWithStyle(strconv.Itoa(sc.year), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { sc.showYear(sc.year - 1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { sc.showYear(sc.year + 1) })
	sc.add = widget.NewButtonWithIcon(T("yearwheel.new", "New theme"), theme.ContentAddIcon(), func() { sc.editTheme(nil, 0) })
	sc.add.Importance = widget.HighImportance
	sc.list = widget.NewList(func() int { return len(sc.themes) }, sc.newRow, sc.updateRow)
	head := container.NewBorder(nil, nil, container.NewHBox(prev, sc.yearLbl, next), sc.add)
	intro := kit.WrapLabel(T("yearwheel.intro", "The year's professional themes: each sector tells about its options and responsibilities."))
	intro.SizeName = theme.SizeNameCaptionText
	listPane := container.NewBorder(container.NewVBox(head, intro), sc.status, nil, nil, sc.list)
	split := container.NewHSplit(container.NewPadded(sc.wheel), listPane)
	split.Offset = 0.45
	sc.content = split
	return sc
}

// Content is the screen's canvas object.
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

func (sc *Screen) today() board.Date { return kit.Today(sc.cfg.Now) }

func (sc *Screen) window() fyne.Window { return kit.CallOrZero(sc.cfg.Window) }

func (sc *Screen) readOnly() bool { return kit.CallOrZero(sc.cfg.ReadOnly) }

// Reload reads the year's themes and the team again.
func (sc *Screen) Reload() { sc.showYear(sc.year) }

func (sc *Screen) showYear(year int) {
	sc.year = year
	sc.yearLbl.SetText(strconv.Itoa(year))
	themes, err := sc.s.FindThemes(sc.ctx, year)
	if err == nil {
		var ms []*board.Member
		ms, err = sc.s.FindMembers(sc.ctx, board.MemberFilter{})
		if err == nil {
			sc.members, sc.byID = nil, board.IndexMembers(ms)
			for _, m := range ms {
				if m.Active {
					sc.members = append(sc.members, m)
				}
			}
		}
	}
	if err != nil {
		sc.status.SetText(kit.ErrorText(err))
		sc.themes = nil
	} else {
		board.SortThemes(themes)
		sc.themes = themes
		sc.status.SetText("")
	}
	if sc.readOnly() {
		sc.add.Disable()
	} else {
		sc.add.Enable()
	}
	sc.wheel.set(year, sc.today(), sc.themes)
	sc.list.Refresh()
}

// whenText is a theme's month, or its meeting date.
func whenText(t *board.Theme) string {
	if !t.MeetingDate.IsZero() {
		return kit.Words().WeekdayDay(t.MeetingDate)
	}
	return kit.Words().Month(t.Month)
}

// rowText is a theme's line in the list: when, title, presenter, time.
func (sc *Screen) rowText(t *board.Theme) string {
	who := T("yearwheel.presenter_none", "presenter not decided")
	if m := sc.byID[t.PresenterID]; m != nil {
		who = m.Name
	}
	return fmt.Sprintf("%s · %s · %s · %s", whenText(t), t.Title, who,
		T("yearwheel.minutes_n", "{{.N}} min", map[string]any{"N": int(t.Budget().Minutes())}))
}

func (sc *Screen) newRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	edit := widget.NewButtonWithIcon(T("yearwheel.edit", "Edit theme"), theme.DocumentCreateIcon(), nil)
	del := widget.NewButtonWithIcon(T("yearwheel.delete", "Delete theme"), theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), l)
}

func (sc *Screen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(sc.themes) {
		return
	}
	t := sc.themes[i]
	c := o.(*fyne.Container)
	l := c.Objects[0].(*widget.Label)
	btns := c.Objects[1].(*fyne.Container)
	edit, del := btns.Objects[0].(*widget.Button), btns.Objects[1].(*widget.Button)
	// The style before the text: SetText draws the label, and a row
	// reused for another theme must not keep the last theme's bold.
	l.TextStyle = fyne.TextStyle{Bold: board.ThemeOfDay(sc.themes, sc.today()) == t}
	l.SetText(sc.rowText(t))
	edit.OnTapped = func() { sc.editTheme(t, 0) }
	del.OnTapped = func() { sc.confirmDelete(t) }
	if sc.readOnly() {
		edit.Disable()
		del.Disable()
	} else {
		edit.Enable()
		del.Enable()
	}
}

// monthTapped opens the month's theme, or a new theme for the month.
func (sc *Screen) monthTapped(m time.Month) {
	if sc.readOnly() {
		return
	}
	for _, t := range sc.themes {
		if t.Month == m && t.MeetingDate.IsZero() {
			sc.editTheme(t, 0)
			return
		}
	}
	sc.editTheme(nil, m)
}

// confirmDelete asks, then deletes the theme through the save path.
func (sc *Screen) confirmDelete(t *board.Theme) {
	d := dialog.NewConfirm(T("yearwheel.delete_title", "Delete theme"),
		T("yearwheel.delete_confirm", "Delete the theme “{{.Title}}” ({{.When}})?", map[string]any{"Title": t.Title, "When": whenText(t)}),
		func(ok bool) {
			if ok {
				sc.delete(t)
			}
		}, sc.window())
	d.SetConfirmText(T("yearwheel.delete", "Delete theme"))
	d.SetDismissText(T("yearwheel.cancel", "Cancel"))
	d.Show()
}

func (sc *Screen) delete(t *board.Theme) {
	kept, err := saving.Delete(sc.ctx, sc.cfg.Keeper, outbox.KindTheme, t, sc.s.DeleteTheme)
	sc.saved(kept, err)
}

// saved shows the outcome of a save and reads the year again.
func (sc *Screen) saved(kept bool, err error) {
	kit.ShowSaved(sc.window(), sc.status, kept, err, sc.Reload,
		T("yearwheel.kept", "The team file cannot be reached: the change is kept on this PC and saved when the file is back."))
}

// Themes are the year's themes shown, in order (for the shell's tests).
func (sc *Screen) Themes() []*board.Theme { return sc.themes }

// T is the app's words (package text).
func T(key, fallback string, data ...any) string { return kit.T(key, fallback, data...) }

package meeting

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
)

// The day's theme from the year wheel (årshjul) is the meeting's first
// agenda item, with its own time budget: board.MeetingSession keeps it as
// ThemeItem before the first citizen.

// dayTheme returns the theme of a meeting on today, or nil when the store
// keeps no themes or the wheel has none for the day.
func dayTheme(ctx context.Context, s Store, today board.Date) (*board.Theme, error) {
	ts, ok := s.(board.ThemeService)
	if !ok {
		return nil, nil
	}
	themes, err := ts.FindThemes(ctx, today.Year)
	if err != nil {
		return nil, fmt.Errorf("meeting: themes: %w", err)
	}
	return board.ThemeOfDay(themes, today), nil
}

// themeSubtitle is the line under the theme's title: who presents it and
// its time.
func themeSubtitle(t board.MeetingTheme, pl *planning) string {
	parts := []string{T("meeting.theme.first", "Today's theme")}
	if t.PresenterID != 0 {
		parts = append(parts, T("meeting.theme.presenter", "presented by {{.Name}}", map[string]any{"Name": memberName(pl, t.PresenterID)}))
	}
	parts = append(parts, T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": int(t.Budget().Minutes())}))
	return strings.Join(parts, " · ")
}

// showTheme puts the day's theme on the wall: title, presenter and time,
// and the notes taken so far.
func (p *presentation) showTheme(x *session) {
	t := x.meeting().Theme
	p.name.SetText(t.Title)
	p.sub.SetText(themeSubtitle(t, x.plan))
	col := container.New(&columnLayout{})
	col.Add(heading(T("meeting.theme.year_wheel", "From the team's year wheel")))
	if n := wheelNotes(x); n != "" {
		col.Add(plainLine(n))
	}
	if n := strings.TrimSpace(t.Notes); n != "" {
		col.Add(heading(T("meeting.notes", "Notes")))
		col.Add(plainLine(n))
	}
	p.body.Objects = []fyne.CanvasObject{container.NewThemeOverride(col, p.theme)}
	p.body.Refresh()
	p.fillStrip(x)
	p.clock.update(x, x.now())
}

// wheelNotes are the notes the year wheel keeps for the meeting's theme
// (what the presenter prepared), or "" when the theme is not the one the
// wheel gives for today.
func wheelNotes(x *session) string {
	if th := x.plan.Theme; th != nil && th.ID == x.meeting().Theme.ThemeID {
		return strings.TrimSpace(th.Notes)
	}
	return ""
}

// themeStripRow is the theme's row at the top of the agenda strip.
func themeStripRow(x *session) fyne.CanvasObject {
	l := stripLabel(T("meeting.theme.row", "Theme: {{.Title}}", map[string]any{"Title": x.meeting().Theme.Title}), widget.MediumImportance)
	icon := theme.NewThemedResource(theme.InfoIcon())
	if x.ms.OnTheme() {
		l.Importance = widget.HighImportance
		l.TextStyle = fyne.TextStyle{Bold: true}
	}
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

// minutesTheme is the day's theme as the minutes show it.
func minutesTheme(t board.MeetingTheme, members board.MemberIndex) minutesItem {
	if !t.Set() {
		return minutesItem{}
	}
	out := minutesItem{Name: T("meeting.theme.row", "Theme: {{.Title}}", map[string]any{"Title": t.Title}),
		Minutes: (t.Seconds + 30) / 60, Notes: strings.TrimSpace(t.Notes)}
	if m := members[t.PresenterID]; m != nil {
		out.Presenter = T("meeting.theme.presenter", "presented by {{.Name}}", map[string]any{"Name": m.Name})
	}
	return out
}

// addThemeMinutes adds the theme's part of the minutes to box.
func addThemeMinutes(box *fyne.Container, t minutesItem, wrap func(string) *widget.Label) {
	if t.Name == "" {
		return
	}
	box.Add(widget.NewSeparator())
	head := t.Name
	if t.Minutes > 0 {
		head += "  (" + T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": t.Minutes}) + ")"
	}
	box.Add(widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if t.Presenter != "" {
		box.Add(wrap(t.Presenter))
	}
	if t.Notes != "" {
		box.Add(wrap(T("meeting.notes", "Notes") + ": " + t.Notes))
	}
}

// themeAgendaButton is the theme's row at the top of the facilitator's
// agenda: tapping it goes back to the theme.
func themeAgendaButton(v *view) *widget.Button {
	b := widget.NewButtonWithIcon(T("meeting.theme.row", "Theme: {{.Title}}", map[string]any{"Title": v.x.meeting().Theme.Title}),
		theme.InfoIcon(), func() { v.goTo(board.ThemeItem) })
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	if v.x.ms.OnTheme() {
		b.Importance = widget.HighImportance
	}
	return b
}

// setupThemeLine tells the setup screen the day's theme comes first.
func setupThemeLine(pl *planning) string {
	if pl.Theme == nil {
		return ""
	}
	return " · " + T("meeting.theme.setup", "first the theme “{{.Title}}”, {{.N}} min",
		map[string]any{"Title": pl.Theme.Title, "N": int(pl.Theme.Budget().Minutes())})
}

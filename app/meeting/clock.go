package meeting

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
)

// clockView shows the clock of the hour and the current citizen's time
// against the budget. It changes colour (amber, then red) and adds a
// word, but never blinks or sounds: visible, never noisy.
type clockView struct {
	hour     *canvas.Text // "23:10 gået · 36:50 tilbage"
	citizen  *canvas.Text // "2:31 / 4:00"
	state    *canvas.Text // "", "tiden er brugt", "over tid"
	content  fyne.CanvasObject
	lastHour board.TimeState
	lastCit  board.TimeState
}

// newClockView makes a clock; big is the wall size.
func newClockView(big bool) *clockView {
	small, large := float32(theme.TextSize()), float32(theme.TextSize()*2)
	if big {
		small, large = wallCaption+2, wallClock
	}
	c := &clockView{
		hour:    canvas.NewText("", themeColor(theme.ColorNameForeground)),
		citizen: canvas.NewText("", themeColor(theme.ColorNameForeground)),
		state:   canvas.NewText("", themeColor(theme.ColorNameForeground)),
	}
	c.hour.TextSize, c.citizen.TextSize, c.state.TextSize = small, large, small
	c.citizen.TextStyle = fyne.TextStyle{Bold: true, Monospace: true}
	c.hour.TextStyle = fyne.TextStyle{Monospace: true}
	c.state.TextStyle = fyne.TextStyle{Bold: true}
	for _, t := range []*canvas.Text{c.hour, c.citizen, c.state} {
		t.Alignment = fyne.TextAlignTrailing
	}
	c.content = container.NewVBox(
		container.NewHBox(layout.NewSpacer(), c.citizen),
		container.NewHBox(layout.NewSpacer(), c.state),
		container.NewHBox(layout.NewSpacer(), c.hour),
	)
	return c
}

// setScale sizes a wall clock for a smaller screen (1 = 1920 px wide).
func (c *clockView) setScale(s float32) {
	c.hour.TextSize, c.citizen.TextSize, c.state.TextSize = (wallCaption+2)*s, wallClock*s, (wallCaption+2)*s
	c.hour.Refresh()
	c.citizen.Refresh()
	c.state.Refresh()
}

// update shows the session's clocks at now.
func (c *clockView) update(x *session, now time.Time) {
	if x == nil {
		return
	}
	cs, hs := x.ms.State(now)
	elapsed, left := x.ms.Elapsed(now), x.ms.Left(now)
	c.hour.Text = T("meeting.clock.hour", "{{.Elapsed}} gone · {{.Left}} left",
		map[string]any{"Elapsed": fmtClock(elapsed), "Left": fmtClock(left)})
	if left < 0 {
		c.hour.Text = T("meeting.clock.hour_over", "{{.Elapsed}} gone · {{.Over}} over time",
			map[string]any{"Elapsed": fmtClock(elapsed), "Over": fmtClock(-left)})
	}
	c.hour.Color = stateColor(hs)
	if x.ms.Item() == nil && !x.ms.OnTheme() {
		c.citizen.Text = ""
	} else {
		c.citizen.Text = fmtClock(x.ms.Spent(now)) + " / " + fmtClock(x.ms.ItemBudget())
	}
	c.citizen.Color = stateColor(cs)
	c.state.Color = stateColor(cs)
	switch cs {
	case board.TimeAmber:
		c.state.Text = T("meeting.clock.amber", "time for this citizen is used")
	case board.TimeRed:
		c.state.Text = T("meeting.clock.red", "over time – round off")
	default:
		c.state.Text = T("meeting.clock.ok", "time for this citizen")
	}
	if x.ms.OnTheme() && cs == board.TimeOK {
		c.state.Text = T("meeting.theme.clock", "time for the theme")
	}
	c.lastCit, c.lastHour = cs, hs
	c.hour.Refresh()
	c.citizen.Refresh()
	c.state.Refresh()
}

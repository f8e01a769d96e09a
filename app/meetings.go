package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/app/meeting"
	"tavlen/board"
)

// Meeting mode lives in its own package and window; this file wires it
// to the open team file: the start/resume button on the board, the
// Meetings tab, and printing.

// meetingConfig is meeting mode's configuration on this PC.
func (u *UI) meetingConfig() meeting.Config {
	cfg := meeting.Config{
		Now:          u.cfg.Now,
		Lang:         kit.Language(),
		ErrorText:    kit.ErrorText,
		PrintMinutes: func(m *board.Meeting) error { return u.printMinutes(u.win, m) },
	}
	if u.me != nil {
		cfg.Me = u.me.ID
	}
	return cfg
}

// startMeeting opens meeting mode, which resumes a meeting still running
// in the file; a second click brings the open window forward.
func (u *UI) startMeeting() {
	if u.meetingWin != nil {
		u.meetingWin.RequestFocus()
		return
	}
	if u.readOnly() {
		kit.ShowError(u.win, board.Errorf(board.EReadOnly, "read-only"))
		return
	}
	// Meeting mode's prints ask their questions on its own window, which
	// covers the main one.
	cfg := u.meetingConfig()
	cfg.PrintMinutes = func(m *board.Meeting) error { return u.printMinutes(u.meetingWindow(), m) }
	cfg.PrintPlan = func(id int64) error { return u.printPlanOn(u.meetingWindow(), id) }
	cfg.OnClosed = func() {
		u.meetingWin = nil
		u.meetingChanged()
	}
	u.meetingWin = meeting.Open(u.app, u.meetingStore(), cfg, func(*board.Meeting) { u.meetingChanged() })
}

// meetingWindow is the open meeting mode window, else the main one.
func (u *UI) meetingWindow() fyne.Window {
	if u.meetingWin != nil {
		return u.meetingWin
	}
	return u.win
}

// meetingChanged shows a started or ended meeting on the board (last
// discussed, board changes) and in the Meetings tab.
func (u *UI) meetingChanged() {
	if u.store == nil {
		return
	}
	if u.board != nil {
		u.board.reload()
	}
	if u.tabs != nil && u.tabs.Selected() == u.meetings {
		u.reloadMeetings()
	}
}

// meetingRunning reports whether a meeting in the file was started and
// not ended.
func (u *UI) meetingRunning() bool {
	ms, err := u.store.FindMeetings(u.ctx, board.MeetingFilter{RunningOnly: true, Limit: 1})
	return err == nil && len(ms) > 0
}

// newMeetingsTab is the Meetings tab; its list is read when shown.
func (u *UI) newMeetingsTab() *container.TabItem {
	u.meetings = container.NewTabItem(T("tab.meetings", "Meetings"), widget.NewLabel(""))
	return u.meetings
}

func (u *UI) reloadMeetings() {
	if u.meetings == nil || u.store == nil {
		return
	}
	u.meetings.Content = meeting.MeetingsList(u.meetingStore(), u.meetingConfig())
	u.tabs.Refresh()
}

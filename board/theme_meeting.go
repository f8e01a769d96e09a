package board

import (
	"strings"
	"time"
)

// MeetingTheme is the day's theme as a meeting took it up: a copy of the
// theme when the meeting started (the minutes say what was presented even
// if the year wheel changes later), the time spent and what was noted.
type MeetingTheme struct {
	ThemeID     int64
	Title       string
	PresenterID int64
	Minutes     int // the budget, in minutes
	Seconds     int // time spent on the theme
	Notes       string
}

// Set reports whether the meeting has a theme.
func (t MeetingTheme) Set() bool { return t.Title != "" }

// Budget returns the theme's time in the meeting.
func (t MeetingTheme) Budget() time.Duration {
	if !t.Set() {
		return 0
	}
	if t.Minutes <= 0 {
		return DefaultThemeMinutes * time.Minute
	}
	return time.Duration(t.Minutes) * time.Minute
}

// MeetingThemeOf copies a year-wheel theme for a meeting; nil gives none.
func MeetingThemeOf(t *Theme) MeetingTheme {
	if t == nil {
		return MeetingTheme{}
	}
	return MeetingTheme{ThemeID: t.ID, Title: t.Title, PresenterID: t.PresenterID, Minutes: int(t.Budget() / time.Minute)}
}

// EditTheme changes what the minutes say about the day's theme before
// approval.
func (m *Meeting) EditTheme(notes string) error {
	if err := m.CanEditMinutes(); err != nil {
		return err
	}
	if !m.Theme.Set() {
		return Invalid("theme.invalid.no_theme", "The meeting had no theme.")
	}
	if err := refuseCPR(notes); err != nil {
		return err
	}
	m.Theme.Notes = strings.TrimSpace(notes)
	return nil
}

// SetCitizenPresent records in the minutes, before approval, whether the
// citizen took part in their slot.
func (m *Meeting) SetCitizenPresent(citizenID int64, present bool) error {
	if err := m.CanEditMinutes(); err != nil {
		return err
	}
	it := m.Item(citizenID)
	if it == nil {
		return Invalid("meeting.invalid.not_on_agenda", "The citizen is not on this meeting's agenda.")
	}
	it.CitizenPresent = present
	return nil
}

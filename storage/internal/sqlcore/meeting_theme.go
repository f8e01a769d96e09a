package sqlcore

import (
	"database/sql"
	"strconv"

	"tavlen/board"
)

// The day's theme of a meeting (board.MeetingTheme) is kept in the
// meetings row's theme_* columns, a copy of the year wheel's theme.

const meetingThemeColumns = `theme_id, theme_title, theme_presenter, theme_minutes, theme_seconds, theme_notes`

// meetingThemeScan holds a meetings row's theme columns while scanning.
type meetingThemeScan struct {
	id, presenter sql.NullInt64
	t             board.MeetingTheme
}

func (s *meetingThemeScan) dest() []any {
	return []any{&s.id, &s.t.Title, &s.presenter, &s.t.Minutes, &s.t.Seconds, &s.t.Notes}
}

func (s *meetingThemeScan) theme() board.MeetingTheme {
	t := s.t
	t.ThemeID, t.PresenterID = s.id.Int64, s.presenter.Int64
	return t
}

// saveMeetingTheme writes the meeting's theme into its row.
func (t *Tx) saveMeetingTheme(m *board.Meeting) error {
	th := m.Theme
	_, err := t.Exec(`UPDATE meetings SET theme_id = ?, theme_title = ?, theme_presenter = ?, theme_minutes = ?, theme_seconds = ?, theme_notes = ?
		WHERE id = ?`, nullID(th.ThemeID), th.Title, nullID(th.PresenterID), th.Minutes, th.Seconds, th.Notes, m.ID)
	return err
}

// meetingThemeFields are the theme's lines in the meeting's history.
func meetingThemeFields(th board.MeetingTheme, initials map[int64]string) []field {
	presenter, minutes, seconds := "", "", ""
	if th.PresenterID != 0 {
		presenter = initials[th.PresenterID]
	}
	if th.Set() {
		minutes, seconds = strconv.Itoa(th.Minutes), strconv.Itoa(th.Seconds)
	}
	return []field{{"theme", th.Title}, {"theme presenter", presenter}, {"theme minutes", minutes},
		{"theme seconds", seconds}, {"theme notes", th.Notes}}
}

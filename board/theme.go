package board

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Theme is one professional theme of the team's year (the årshjul): each
// sector in turn tells the others about its options and responsibilities
// ("Marts: kommunens misbrugsbehandling"). A theme belongs to a month, or
// to one meeting date when MeetingDate is set; in the meeting it is the
// first agenda item, with its own time budget.
type Theme struct {
	ID          int64
	Year        int
	Month       time.Month // 1–12; with a MeetingDate, that date's month
	MeetingDate Date       // zero: the theme of the whole month
	Title       string
	PresenterID int64 // the member who presents it; 0 while undecided
	Minutes     int   // time budget in the meeting; 0 means DefaultThemeMinutes
	Notes       string
	Stamp
}

// DefaultThemeMinutes is a theme's time budget when none is set;
// MaxThemeMinutes caps it below the meeting's hour.
const (
	DefaultThemeMinutes = 10
	MaxThemeMinutes     = 45
)

// Budget returns the theme's time in the meeting.
func (t *Theme) Budget() time.Duration {
	if t.Minutes <= 0 {
		return DefaultThemeMinutes * time.Minute
	}
	return time.Duration(t.Minutes) * time.Minute
}

// RecordID is the theme's ID.
func (t *Theme) RecordID() int64 { return t.ID }

// StoredTexts lists every string a theme stores.
func (t *Theme) StoredTexts() []string {
	return append([]string{t.Title, t.Notes}, t.Stamp.texts()...)
}

// Validate checks the theme; a meeting date sets the year and month.
func (t *Theme) Validate() error {
	t.Title = strings.TrimSpace(t.Title)
	t.Notes = strings.TrimSpace(t.Notes)
	if !t.MeetingDate.IsZero() {
		t.Year, t.Month = t.MeetingDate.Year, t.MeetingDate.Month
	}
	switch {
	case t.Title == "":
		return Invalid("theme.invalid.title", "A theme needs a title.")
	case utf8.RuneCountInString(t.Title) > 120:
		return Invalid("theme.invalid.title_long", "The theme's title is too long (at most 120 characters).")
	case t.Year < 2000 || t.Year > 2200:
		return Invalid("theme.invalid.year", "Give the year of the theme.")
	case t.Month < time.January || t.Month > time.December:
		return Invalid("theme.invalid.month", "Choose the month of the theme.")
	case t.Minutes < 0 || t.Minutes > MaxThemeMinutes:
		return Invalid("theme.invalid.minutes", "A theme's time is 0 to 45 minutes.").With("Max", MaxThemeMinutes)
	}
	return refuseCPR(t.StoredTexts()...)
}

// ThemeService reads and writes the year's themes.
type ThemeService interface {
	// FindThemes returns a year's themes by month, the month's own theme
	// before those of single meetings, then by date.
	FindThemes(ctx context.Context, year int) ([]*Theme, error)
	// FindThemeByID returns one theme; ENotFound when it was deleted.
	FindThemeByID(ctx context.Context, id int64) (*Theme, error)
	CreateTheme(ctx context.Context, t *Theme) error
	// UpdateTheme saves t if t.Version is still the stored version.
	UpdateTheme(ctx context.Context, t *Theme) error
	// DeleteTheme deletes a theme if version is still the stored version.
	DeleteTheme(ctx context.Context, id, version int64) error
}

// ThemeOfDay returns the theme of a meeting on day: a theme set for that
// very date wins over the month's theme; nil when there is neither. Of
// several, the first saved (lowest ID) counts.
func ThemeOfDay(themes []*Theme, day Date) *Theme {
	var dated, monthly *Theme
	for _, t := range themes {
		switch {
		case t == nil:
		case !t.MeetingDate.IsZero():
			if t.MeetingDate == day && (dated == nil || t.ID < dated.ID) {
				dated = t
			}
		case t.Year == day.Year && t.Month == day.Month:
			if monthly == nil || t.ID < monthly.ID {
				monthly = t
			}
		}
	}
	if dated != nil {
		return dated
	}
	return monthly
}

// SortThemes orders themes as FindThemes returns them: by year and month,
// the month's own theme first, then by meeting date, then as saved.
func SortThemes(themes []*Theme) {
	sort.SliceStable(themes, func(i, j int) bool {
		a, b := themes[i], themes[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Month != b.Month {
			return a.Month < b.Month
		}
		if a.MeetingDate != b.MeetingDate {
			return a.MeetingDate.IsZero() || (!b.MeetingDate.IsZero() && a.MeetingDate.Before(b.MeetingDate))
		}
		return a.ID < b.ID
	})
}

// ThemesOfMonth returns the themes of one month of a year, in order.
func ThemesOfMonth(themes []*Theme, year int, month time.Month) []*Theme {
	var out []*Theme
	for _, t := range themes {
		if t != nil && t.Year == year && t.Month == month {
			out = append(out, t)
		}
	}
	SortThemes(out)
	return out
}

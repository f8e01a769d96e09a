package demo

import (
	"time"

	"tavlen/board"
)

// The demo team's year wheel (årshjul): a professional theme a month, each
// presented by the sector whose options and responsibilities it is about
// (seed 002), and one theme set for a single meeting.

type demoTheme struct {
	month     time.Month
	title     string
	presenter string // initials of the demo member
	minutes   int
	notes     string
}

var demoThemes = []demoTheme{
	{time.January, "Kriseplaner: hvad virker, og hvem gør hvad", "ML", 15, "Gennemgang af to anonymiserede kriseplaner."},
	{time.February, "Psykiatriens akutmodtagelse og sengeafsnit", "SØ", 15, ""},
	{time.March, "Kommunens misbrugsbehandling", "KM", 20, "Rusmiddelcentret fortæller om åben rådgivning og ambulant behandling."},
	{time.April, "Bostøtte efter serviceloven § 85", "BH", 15, ""},
	{time.May, "Medicin og diabetes", "LÅ", 15, "Somatisk screening og blodprøver hos egen læge."},
	{time.June, "Recovery og peer-støtte", "FÖ", 10, ""},
	{time.August, "Beskæftigelse: jobcenteret og IPS", "JB", 15, "Jobcentrets sagsbehandler inviteres."},
	{time.September, "Boligsocial indsats", "AK", 15, "Boligselskabets boligsociale medarbejdere deltager."},
	{time.October, "Pårørende: inddragelse og tavshedspligt", "ML", 15, ""},
	{time.November, "Samtykke og deling af oplysninger på tværs", "SØ", 10, ""},
	{time.December, "Årets gang: hvad lærte vi af hinanden?", "AK", 20, "Planlægning af næste års hjul."},
}

// addThemes adds this year's themes, and a theme for the meeting two weeks
// from today that wins over its month's theme.
func (f *filler) addThemes() error {
	byInitials := map[string]int64{}
	for _, m := range f.members {
		byInitials[m.Initials] = m.ID
	}
	for _, d := range demoThemes {
		th := &board.Theme{Year: f.today.Year, Month: d.month, Title: d.title, PresenterID: byInitials[d.presenter],
			Minutes: d.minutes, Notes: d.notes}
		if err := f.s.CreateTheme(f.ctx, th); err != nil {
			return err
		}
		f.themes = append(f.themes, th)
	}
	special := &board.Theme{MeetingDate: f.today.AddDays(14), Title: "Fælles sag: netværksmøde med borger og pårørende",
		PresenterID: byInitials["HD"], Minutes: 10, Notes: "Praksissygeplejersken fortæller, hvordan lægehuset kan deltage."}
	if err := f.s.CreateTheme(f.ctx, special); err != nil {
		return err
	}
	f.themes = append(f.themes, special)
	return nil
}

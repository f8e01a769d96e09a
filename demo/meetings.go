package demo

import (
	"time"

	"tavlen/board"
)

var decisions = []string{
	"Fortsætter på tavlen. AK og ML laver fælles hjemmebesøg i næste uge.",
	"Medicingennemgang hos SØ inden næste møde.",
	"Netværksmøde med søster aftales. Revurderes om to uger.",
	"Ingen ændringer. Følges som planlagt.",
	"Tages af tavlen, hvis næste to besøg går godt.",
}

// meetings adds the last three weekly meetings with minutes.
func (f *filler) addMeetings() error {
	days := -1
	for f.now.AddDate(0, 0, days).Weekday() != time.Thursday {
		days--
	}
	var attendees []int64
	for k, m := range f.members {
		if k != 4 {
			attendees = append(attendees, m.ID)
		}
	}
	for w := 2; w >= 0; w-- {
		d := days - 7*w
		m := &board.Meeting{
			Date:          board.DateOf(f.at(d, 0, 0)),
			StartedAt:     f.at(d, 9, 0),
			EndedAt:       f.at(d, 9, 58),
			FacilitatorID: f.members[0].ID,
			Attendees:     attendees,
		}
		m.Theme = board.MeetingThemeOf(board.ThemeOfDay(f.themes, m.Date))
		m.Theme.Seconds = 60 * m.Theme.Minutes
		pos := 0
		for i, c := range f.citizens {
			if !c.OnBoard && i%6 != w {
				continue
			}
			if c.Status == board.StatusClosed {
				continue
			}
			item := board.MeetingItem{
				CitizenID: c.ID, Position: pos, Discussed: true, Seconds: 240 + 30*(i%5),
				Notes:     "Status: " + noteTexts[(i+w)%len(noteTexts)],
				Decisions: decisions[(i+w)%len(decisions)],
			}
			if w == 1 && i == 7 {
				item.BoardChange = "Sat på tavlen: " + c.BoardReason
			}
			item.CitizenPresent = w == 0 && i == 3 // Vestklyngen: the citizen takes part (seed 002)
			m.Items = append(m.Items, item)
			pos++
		}
		if err := f.s.CreateMeeting(f.ctx, m); err != nil {
			return err
		}
	}
	return nil
}

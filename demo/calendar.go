package demo

import (
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// weekday moves a day offset forward to the next Monday–Friday.
func (f *filler) weekday(days int) int {
	for {
		wd := f.now.AddDate(0, 0, days).Weekday()
		if wd != time.Saturday && wd != time.Sunday {
			return days
		}
		days++
	}
}

var placeByKind = map[calendar.Kind]string{
	calendar.KindHomeVisit:    "Hjemme hos borgeren",
	calendar.KindConsultation: "Psykiatrisk Center Vestegnen, lokale 2.14",
	calendar.KindPhone:        "",
	calendar.KindMeeting:      "Rådhuset, mødelokale Ågården",
	calendar.KindMedication:   "Lægehuset Søndergade",
}

var titleByKind = map[calendar.Kind]string{
	calendar.KindHomeVisit:    "Hjemmebesøg",
	calendar.KindConsultation: "Samtale",
	calendar.KindPhone:        "Telefonsamtale",
	calendar.KindMeeting:      "Netværksmøde",
	calendar.KindMedication:   "Depotinjektion",
}

func (f *filler) appointments(i int, c *board.Citizen) error {
	if c.Status == board.StatusClosed {
		return nil
	}
	r := f.rnd
	kinds := []calendar.Kind{calendar.KindHomeVisit, calendar.KindConsultation, calendar.KindPhone, calendar.KindMeeting}
	n := 2 + i%3
	if c.OnBoard {
		n += 2
	}
	if c.Status == board.StatusReferred || c.Status == board.StatusPaused {
		n = 1
	}
	for k := 0; k < n; k++ {
		day := f.weekday(-21 + r.IntN(42))
		hour := 8 + r.IntN(7)
		kind := kinds[(i+k)%len(kinds)]
		who := c.Responsible[k%len(c.Responsible)].MemberID
		a := &calendar.Appointment{
			CitizenID: c.ID, Kind: kind, Title: titleByKind[kind], Place: placeByKind[kind],
			Start: f.at(day, hour, 30*r.IntN(2)), Participants: []int64{who},
			Notes: "Intern: husk at spørge til søvn.",
		}
		a.End = a.Start.Add(time.Hour)
		if kind == calendar.KindPhone {
			a.End = a.Start.Add(20 * time.Minute)
		}
		if kind == calendar.KindHomeVisit && c.SafetyNote != "" && len(c.Responsible) > 1 {
			a.Participants = append(a.Participants, c.Responsible[(k+1)%len(c.Responsible)].MemberID)
		}
		switch {
		case a.Start.Before(f.now) && (i+k)%7 == 3:
			a.Status = calendar.StatusNoShow
		case a.Start.Before(f.now):
			a.Status = calendar.StatusHeld
		case (i+k)%9 == 5:
			a.Status = calendar.StatusCancelled
		default:
			a.Status = calendar.StatusPlanned
		}
		if err := f.s.CreateAppointment(f.ctx, a); err != nil {
			return err
		}
	}
	// Recurring: a biweekly depot injection at the GP, and weekly phone calls
	// for some citizens on the board.
	if i%4 == 0 && c.Status == board.StatusActive {
		gp := f.bySector[board.SectorGP][1]
		a := &calendar.Appointment{
			CitizenID: c.ID, Kind: calendar.KindMedication, Title: titleByKind[calendar.KindMedication],
			Place: placeByKind[calendar.KindMedication], Start: f.at(f.weekday(-35+i%5), 11, 0),
			Participants: []int64{gp.ID}, Status: calendar.StatusPlanned,
			Recurrence: calendar.Recurrence{Freq: calendar.FreqBiweekly},
		}
		a.End = a.Start.Add(30 * time.Minute)
		if err := f.s.CreateAppointment(f.ctx, a); err != nil {
			return err
		}
	}
	if c.OnBoard && i%2 == 1 {
		a := &calendar.Appointment{
			CitizenID: c.ID, Kind: calendar.KindPhone, Title: "Fast telefonopkald",
			Start: f.at(f.weekday(-14+i%3), 8, 30), Participants: []int64{c.Responsible[0].MemberID},
			Status:     calendar.StatusPlanned,
			Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly, Until: f.at(28, 0, 0)},
		}
		a.End = a.Start.Add(15 * time.Minute)
		if err := f.s.CreateAppointment(f.ctx, a); err != nil {
			return err
		}
	}
	if c.Status == board.StatusIntake {
		var who []int64
		for _, m := range f.members {
			if m.Sector == board.SectorRegion && len(who) == 0 {
				who = append(who, m.ID)
			}
		}
		for _, rsp := range c.Responsible {
			if !contains(who, rsp.MemberID) {
				who = append(who, rsp.MemberID)
			}
		}
		a := &calendar.Appointment{
			CitizenID: c.ID, Kind: calendar.KindMeeting, Title: "Indskrivningsmøde (2 timer)",
			Place: "Psykiatrisk Center Vestegnen, lokale 1.02", Start: f.at(f.weekday(2+i%5), 13, 0),
			Participants: who, Status: calendar.StatusPlanned,
		}
		a.End = a.Start.Add(2 * time.Hour)
		if err := f.s.CreateAppointment(f.ctx, a); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []int64, id int64) bool {
	for _, v := range list {
		if v == id {
			return true
		}
	}
	return false
}

// teamEvents adds the weekly team meeting on Thursdays 9–10.
func (f *filler) teamEvents() error {
	days := -42
	for f.now.AddDate(0, 0, days).Weekday() != time.Thursday {
		days++
	}
	var all []int64
	for _, m := range f.members {
		all = append(all, m.ID)
	}
	a := &calendar.Appointment{
		Kind: calendar.KindMeeting, Title: "Tavlemøde", Place: "Rådhuset, mødelokale Ågården",
		Start: f.at(days, 9, 0), End: f.at(days, 10, 0), Participants: all,
		Status: calendar.StatusPlanned, Recurrence: calendar.Recurrence{Freq: calendar.FreqWeekly},
	}
	return f.s.CreateAppointment(f.ctx, a)
}

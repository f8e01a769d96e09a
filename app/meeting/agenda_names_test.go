package meeting

import (
	"strings"
	"testing"
)

// The facilitator tells citizens apart by their full names: the agenda
// (when setting it up and in the meeting) and the panel's title show
// "Ørjan Bødker (Ørjan)", not "Ørjan" alone. The wall keeps the name the
// citizen likes (TestCitizenPresentShowsOnlyThem).
func TestAgendaShowsFullNames(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := openTest(t, a, db, c, nil)
	var want []string // "full (preferred)" of agenda citizens with a preferred name
	for _, e := range newAgendaSetup(v.plan, v.cfg.Me).Entries {
		if p := e.Citizen.PreferredName; p != "" && p != e.Citizen.Name {
			want = append(want, e.Citizen.Name+" ("+p+")")
		}
	}
	if len(want) == 0 {
		t.Fatal("no demo citizen on the agenda has a preferred name: the test would prove nothing")
	}
	setup := joined(v.win.Content())
	for _, w := range want {
		if !strings.Contains(setup, w) {
			t.Errorf("the agenda being set up lacks %q", w)
		}
	}
	v.start(newAgendaSetup(v.plan, v.cfg.Me))
	t.Cleanup(func() {
		if v.saveTimer != nil {
			v.saveTimer.Stop()
		}
	})
	v.agenda.live = true // as when the Agenda… dialog is open
	v.agenda.refresh()
	agenda := joined(v.agenda.content)
	for _, it := range v.x.meeting().Items {
		cz := v.plan.agendaCitizen(it.CitizenID)
		if cz != nil && !strings.Contains(agenda, fullName(cz)) {
			t.Errorf("the meeting's agenda lacks %q", fullName(cz))
		}
	}
	for _, w := range want[:1] {
		if !strings.Contains(agenda, w) {
			t.Errorf("the meeting's agenda lacks %q", w)
		}
	}
	// The panel's title on such a citizen.
	for i, it := range v.x.meeting().Items {
		cz := v.plan.agendaCitizen(it.CitizenID)
		if cz == nil || cz.PreferredName == "" || cz.PreferredName == cz.Name {
			continue
		}
		v.moveTo(i)
		if got := v.cap.name.Text; got != fullName(cz) {
			t.Errorf("panel title %q, want %q", got, fullName(cz))
		}
		// On one screen with the citizen taking part the panel is shared.
		tapButton(t, v.cap.content, T("meeting.present.start", "Citizen takes part"))
		if got := v.cap.name.Text; got != cz.PreferredName {
			t.Errorf("shared panel title %q, want %q", got, cz.PreferredName)
		}
		break
	}
}

package meeting

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/board"
)

// TestThemeFirstOnAgenda: the day's theme from the year wheel is the first
// agenda item with its own budget, and the minutes carry it.
func TestThemeFirstOnAgenda(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	// A month's theme and, winning over it, one set for the very day.
	for _, th := range []*board.Theme{
		{Year: 2026, Month: time.November, Title: "Kommunens misbrugsbehandling"},
		{MeetingDate: board.DateOf(meetingStart), Title: "Medicin og diabetes", PresenterID: me.ID, Minutes: 15},
	} {
		if err := db.CreateTheme(t.Context(), th); err != nil {
			t.Fatal(err)
		}
	}
	v := startTest(t, a, db, c)
	if !v.x.ms.OnTheme() {
		t.Fatal("the meeting does not start on the day's theme")
	}
	wall := joined(v.pres.content)
	if !strings.Contains(wall, "Medicin og diabetes") || strings.Contains(wall, "Kommunens misbrugsbehandling") {
		t.Errorf("the wall does not show the day's theme:\n%s", wall)
	}
	if !strings.Contains(wall, "fremlægges af "+me.Name) {
		t.Errorf("the wall does not say who presents:\n%s", wall)
	}
	if got := v.pres.clock.citizen.Text; !strings.HasSuffix(got, "/ 15:00") {
		t.Errorf("theme clock %q, want its own 15 minutes", got)
	}
	// The strip lists the theme before the first citizen.
	strip := texts(v.pres.stripBox)
	if len(strip) < 2 || strip[0] != "Tema: Medicin og diabetes" {
		t.Errorf("strip %q does not start with the theme", strip)
	}
	test := "Oplæg ved sygeplejersken"
	v.cap.notes.SetText(test)
	c.add(12 * time.Minute)
	v.key(fyne.KeySpace)
	if v.x.ms.OnTheme() || v.card == nil {
		t.Fatal("Space did not move on to the first citizen")
	}
	v.end()
	saved, err := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Theme.Title != "Medicin og diabetes" || saved.Theme.Notes != test || saved.Theme.Seconds != 12*60 {
		t.Errorf("theme in the saved meeting: %+v", saved.Theme)
	}
	members, cs, err := minutesNames(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	minutes := joined(minutesView(buildMinutes(saved, members, nameFunc(cs))))
	for _, want := range []string{"Tema: Medicin og diabetes  (" + T("meeting.minutes_n", "{{.N}} min", map[string]any{"N": 12}) + ")", "fremlægges af " + me.Name, "Noter: " + test} {
		if !strings.Contains(minutes, want) {
			t.Errorf("minutes lack %q:\n%s", want, minutes)
		}
	}
}

// The minutes editor offers the day's theme first (its notes) and the
// citizen's "took part" tick.
func TestMinutesEditThemeAndTookPart(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	if err := db.CreateTheme(t.Context(), &board.Theme{MeetingDate: board.DateOf(meetingStart), Title: "Medicin og diabetes"}); err != nil {
		t.Fatal(err)
	}
	v := startTest(t, a, db, c)
	v.key(fyne.KeySpace)
	_, first := v.x.current()
	c.add(time.Hour)
	v.end()
	m := v.x.meeting()
	ed := &minutesEditor{ctx: t.Context(), s: db, cfg: v.cfg, m: m, names: v.plan.name, status: v.status, done: func() {}, win: v.win}
	f := ed.newEditForm()
	if f.citizen.Options[0] != "Tema: Medicin og diabetes" || !f.present.Disabled() {
		t.Fatalf("first choice %q; took part enabled for the theme", f.citizen.Options[0])
	}
	f.notes.SetText("Godt oplæg om insulin")
	if err := f.submit(); err != nil {
		t.Fatal(err)
	}
	f.citizen.SetSelectedIndex(1)
	f.present.SetChecked(true)
	if err := f.submit(); err != nil {
		t.Fatal(err)
	}
	stored, _ := db.FindMeetingByID(t.Context(), m.ID)
	if stored.Theme.Notes != "Godt oplæg om insulin" || !stored.Item(first).CitizenPresent {
		t.Errorf("after the edits: theme %+v, item %+v", stored.Theme, stored.Item(first))
	}
}

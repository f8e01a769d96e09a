package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"tavlen/board"
)

// On the day's theme the decisions field does not look like a field that
// takes typing: it is hidden, and a line says where to write instead.
// Back on a citizen it is there again.
func TestThemeHasNoSilentDecisionsField(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	if err := db.CreateTheme(t.Context(), &board.Theme{MeetingDate: board.DateOf(meetingStart), Title: "Samtykke og deling"}); err != nil {
		t.Fatal(err)
	}
	v := startTest(t, a, db, c)
	if !v.x.ms.OnTheme() {
		t.Fatal("the meeting does not start on the theme")
	}
	if d := v.cap.decisions; d.Visible() && (d.Disabled() || !v.cap.decisionsHead.Visible()) {
		t.Error("on the theme the decisions field shows but takes no typing")
	}
	if !v.cap.themeHint.Visible() || v.cap.themeHint.Text == "" {
		t.Error("no line says where the theme's decisions go")
	}
	v.key(fyne.KeySpace)
	if !v.cap.decisions.Visible() || v.cap.decisions.Disabled() || v.cap.themeHint.Visible() {
		t.Error("on a citizen the decisions field is not back")
	}
}

// The wall shows the year wheel's notes for the theme under "From the
// team's year wheel", and what is noted in the meeting under its own head.
func TestThemeShowsYearWheelNotes(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	wheel := "Kommunen fortæller om samtykke; regionen om journaldeling."
	if err := db.CreateTheme(t.Context(), &board.Theme{MeetingDate: board.DateOf(meetingStart), Title: "Samtykke og deling", Notes: wheel}); err != nil {
		t.Fatal(err)
	}
	v := startTest(t, a, db, c)
	wall := joined(v.pres.body)
	if i, j := strings.Index(wall, "Fra teamets årshjul"), strings.Index(wall, wheel); i < 0 || j < i {
		t.Errorf("the wall lacks the year wheel's notes:\n%s", wall)
	}
	v.cap.notes.SetText("Spørgsmål om værgemål")
	v.refresh()
	if wall = joined(v.pres.body); !strings.Contains(wall, wheel) || !strings.Contains(wall, "Spørgsmål om værgemål") {
		t.Errorf("the wall after a note:\n%s", wall)
	}
}

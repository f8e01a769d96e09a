package meeting

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/calendar"
)

// Paging through the meeting with Space discusses nobody: the count, the
// board's "last discussed" and the minutes stay honest. A note, a
// decision or the explicit tick (D) discusses a citizen.
func TestPagingDoesNotDiscuss(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	total := len(v.x.meeting().Items)
	var paged []int64
	for i := 0; i < 3; i++ {
		_, cid := v.x.current()
		paged = append(paged, cid)
		c.add(20 * time.Second)
		v.key(fyne.KeySpace)
	}
	if want := fmt.Sprintf("0 af %d drøftet", total); v.pres.count.Text != want {
		t.Errorf("after paging past three: %q, want %q", v.pres.count.Text, want)
	}
	_, noted := v.x.current()
	test.Type(v.cap.notes, "Har fået lejlighed.")
	if !v.cap.discussed.Checked || !v.cap.discussed.Disabled() {
		t.Error("a note did not tick Discussed")
	}
	v.key(fyne.KeySpace)
	_, ticked := v.x.current()
	v.rune('d')
	if !v.cap.discussed.Checked {
		t.Error("D did not tick Discussed")
	}
	if want := fmt.Sprintf("2 af %d drøftet", total); v.pres.count.Text != want {
		t.Errorf("after a note and a tick: %q, want %q", v.pres.count.Text, want)
	}
	v.key(fyne.KeySpace)
	v.end()

	// "Last discussed" on the board: only the two discussed.
	week := calendar.WeekOf(meetingStart)
	wb, err := db.WeekBoard(t.Context(), week.Start(), week.End(), board.DateOf(meetingStart))
	if err != nil {
		t.Fatal(err)
	}
	today := board.DateOf(meetingStart.In(calendar.Copenhagen))
	for _, r := range wb.Rows {
		discussedToday := r.LastDiscussed == today
		want := r.Citizen.ID == noted || r.Citizen.ID == ticked
		if discussedToday != want {
			t.Errorf("%s: last discussed %v, want today=%v", r.Citizen.Name, r.LastDiscussed, want)
		}
	}

	// The minutes: two discussed, none "0 min.", the paged-past not reached.
	saved, _ := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	members, cs, _ := minutesNames(t.Context(), db)
	mn := buildMinutes(saved, members, nameFunc(cs))
	if len(mn.Items) != 2 || mn.Items[0].CitizenID != noted || mn.Items[1].CitizenID != ticked {
		t.Fatalf("minutes items %+v", mn.Items)
	}
	if len(mn.Skipped) != 0 || len(mn.NotReached) != total-2 {
		t.Errorf("not reached %d (want %d), skipped %v", len(mn.NotReached), total-2, mn.Skipped)
	}
	screen := joined(v.win.Content())
	for _, bad := range []string{"(0 min.)", "sprunget over"} {
		if strings.Contains(screen, bad) {
			t.Errorf("minutes show %q:\n%s", bad, screen)
		}
	}
	if !strings.Contains(screen, "Drøftet; intet skrevet.") || !strings.Contains(screen, cs[paged[0]].Name) {
		t.Errorf("minutes screen:\n%s", screen)
	}
	// Citizens never taken onto the agenda are nowhere in the minutes.
	setup := newAgendaSetup(v.plan, v.cfg.Me)
	for _, e := range setup.Entries {
		if e.Skipped && saved.Item(e.Citizen.ID) != nil {
			t.Errorf("%s, never taken, is in the minutes", e.Citizen.Name)
		}
	}
}

// "+ N more" under the strip counts the citizens still to discuss after
// the rows shown, not every hidden row.
func TestStripCountsWhatIsLeft(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := openTest(t, a, db, c, nil)
	setup := newAgendaSetup(v.plan, v.cfg.Me)
	for i := range setup.Entries {
		setup.Entries[i].Skipped = false // take everyone: a long agenda
	}
	v.start(setup)
	items := v.x.meeting().Items
	if len(items) <= stripRows+3 {
		t.Skipf("agenda of %d too short for the strip", len(items))
	}
	// Skip two of the hidden rows during the meeting.
	for _, i := range []int{len(items) - 1, len(items) - 2} {
		if err := v.x.skip(i); err != nil {
			t.Fatal(err)
		}
	}
	v.refresh()
	want := fmt.Sprintf("+ %d mere", len(items)-stripRows-2)
	if strip := joined(v.pres.strip); !strings.Contains(strip, want) {
		t.Errorf("strip does not say %q:\n%s", want, strip)
	}
}

// After the meeting the facilitator edits and approves the minutes;
// approved minutes are locked and a correction is a new dated entry,
// shown in the minutes.
func TestMinutesEditApproveCorrect(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	_, first := v.x.current()
	v.key(fyne.KeySpace)
	c.add(time.Hour)
	v.end()
	m := v.x.meeting()
	if !strings.Contains(joined(v.win.Content()), "Ikke godkendt endnu") {
		t.Errorf("minutes do not say they are not approved:\n%s", joined(v.win.Content()))
	}
	ed := &minutesEditor{ctx: t.Context(), s: db, cfg: v.cfg, m: m, names: v.plan.name, status: v.status, done: func() {}, win: v.win}
	f := ed.newEditForm()
	f.citizen.SetSelectedIndex(0)
	f.notes.SetText("Drøftet kort: stabil.")
	if err := f.submit(); err != nil {
		t.Fatal(err)
	}
	stored, _ := db.FindMeetingByID(t.Context(), m.ID)
	if it := stored.Item(first); it.Notes != "Drøftet kort: stabil." || !it.WasDiscussed() {
		t.Fatalf("edit not saved: %+v", it)
	}

	// Approve with the screen's button and its question.
	tapButton(t, v.win.Content(), "Godkend referat")
	tapButton(t, v.win.Canvas().Overlays().Top(), "Godkend")
	stored, _ = db.FindMeetingByID(t.Context(), m.ID)
	if !stored.Approved() || stored.ApprovedBy != v.cfg.Me {
		t.Fatalf("not approved: %+v %s", stored, v.status.Text)
	}
	screen := joined(v.win.Content())
	if !strings.Contains(screen, "Godkendt ") || strings.Contains(screen, "Ret referat") || !strings.Contains(screen, "Tilføj rettelse") {
		t.Errorf("approved minutes screen:\n%s", screen)
	}
	// Locked: an edit is refused and nothing changes.
	f = ed.newEditForm()
	f.notes.SetText("Omskrevet")
	if err := f.submit(); board.ErrorCode(err) != board.EInvalid {
		t.Errorf("edit after approval: %v", err)
	}
	// A correction is appended with who and when.
	c.add(24 * time.Hour)
	cf := ed.newCorrectForm()
	cf.about.SetSelectedIndex(1)
	cf.text.SetText("Noten manglede: egen læge kontaktes.")
	if err := cf.submit(); err != nil {
		t.Fatal(err)
	}
	stored, _ = db.FindMeetingByID(t.Context(), m.ID)
	if len(stored.Corrections) != 1 || stored.Corrections[0].By != v.cfg.Me || stored.Corrections[0].CitizenID != first ||
		stored.Item(first).Notes != "Drøftet kort: stabil." {
		t.Fatalf("correction: %+v", stored.Corrections)
	}
	members, cs, _ := minutesNames(t.Context(), db)
	mn := buildMinutes(stored, members, nameFunc(cs))
	if len(mn.Corrections) != 1 || !strings.Contains(mn.Corrections[0], "Noten manglede: egen læge kontaktes.") || !strings.Contains(mn.Corrections[0], "27.11.") {
		t.Errorf("corrections in the minutes: %v", mn.Corrections)
	}
}

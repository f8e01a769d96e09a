package meeting

import (
	"bytes"
	"image/png"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/sqlite"
)

func TestAgendaOrderShown(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := openTest(t, a, db, c, nil)
	setup := newAgendaSetup(v.plan, v.cfg.Me)
	if len(setup.Entries) < 10 {
		t.Fatalf("agenda has %d entries", len(setup.Entries))
	}
	// Sections in order, the board's citizens first, longest on the board
	// first; "if time allows" skipped until taken.
	last := board.AgendaOnBoard
	for i, e := range setup.Entries {
		if e.Section < last {
			t.Errorf("entry %d (%s) in section %d after section %d", i, e.Citizen.Name, e.Section, last)
		}
		last = e.Section
		if e.Skipped != (e.Section == board.AgendaRest) {
			t.Errorf("entry %d skipped=%v in section %d", i, e.Skipped, e.Section)
		}
		if i > 0 && e.Section == board.AgendaOnBoard && setup.Entries[i-1].Citizen.BoardSince.After(e.Citizen.BoardSince) {
			t.Errorf("board citizens not longest-first at %d", i)
		}
	}
	if setup.Entries[0].Section != board.AgendaOnBoard {
		t.Fatalf("first entry not on the board: %+v", setup.Entries[0])
	}
	// The setup screen lists them in that order.
	screen := joined(v.win.Content())
	prev := -1
	for _, e := range setup.Entries[:8] {
		i := strings.Index(screen, e.Citizen.DisplayName())
		if i < 0 || i < prev {
			t.Fatalf("setup screen does not list %q in order", e.Citizen.DisplayName())
		}
		prev = i
	}

	// Facilitator moves the third citizen first and skips the second.
	setup.move(2, 1)
	setup.move(1, 0)
	setup.skip(1)
	want := []int64{setup.Entries[0].Citizen.ID, setup.Entries[1].Citizen.ID, setup.Entries[2].Citizen.ID}
	taken := setup.taken()
	v.start(setup)
	items := v.x.meeting().Items
	// Those skipped at setup ("if time allows" not taken, and the one
	// skipped) were never on the agenda: not in the meeting at all.
	if len(items) != taken || items[0].CitizenID != want[0] || items[1].CitizenID != want[2] || v.x.meeting().Item(want[1]) != nil {
		t.Fatalf("meeting items %+v, want %d in order %v without the second", items[:3], taken, want)
	}
	for _, it := range items {
		if it.Skipped {
			t.Errorf("citizen %d on the agenda as skipped", it.CitizenID)
		}
	}
	if v.pres.name.Text != setup.Entries[0].Citizen.DisplayName() {
		t.Errorf("presentation shows %q first, want %q", v.pres.name.Text, setup.Entries[0].Citizen.DisplayName())
	}
	strip := joined(v.pres.strip)
	if i0, i2 := strings.Index(strip, v.plan.name(want[0])), strings.Index(strip, v.plan.name(want[2])); i0 < 0 || i2 < i0 {
		t.Errorf("side strip order wrong:\n%s", strip)
	}
	// Skipped during the meeting: Next passes it by.
	third := items[2].CitizenID
	v.agenda.live = true
	if err := v.x.skip(1); err != nil {
		t.Fatal(err)
	}
	v.key(fyne.KeySpace)
	if _, cid := v.x.current(); cid != third {
		t.Errorf("after Space on %d, want %d", cid, third)
	}
	// The running meeting is in the file with the same order; paging past
	// the first citizen did not discuss them.
	ms, err := db.FindMeetings(t.Context(), board.MeetingFilter{RunningOnly: true})
	if err != nil || len(ms) != 1 {
		t.Fatalf("running meetings: %v %v", ms, err)
	}
	if ms[0].Items[0].CitizenID != want[0] || ms[0].Items[0].WasDiscussed() || !ms[0].Items[1].Skipped {
		t.Errorf("saved items %+v", ms[0].Items[:3])
	}
}

func TestTimerStates(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	budget := v.x.ms.CitizenBudget()
	if budget < time.Minute || budget > 10*time.Minute {
		t.Fatalf("budget %v", budget)
	}
	for _, tt := range []struct {
		after time.Duration
		color any
		word  string
	}{
		{budget - time.Second, stateColor(board.TimeOK), "tid til borgeren"},
		{budget, colorAmber, "tiden til borgeren er brugt"},
		{budget * 3 / 2, colorRed, "over tid – afrund"},
	} {
		c.t = meetingStart.Add(tt.after)
		v.tick()
		cl := v.pres.clock
		if cl.citizen.Color != tt.color || cl.state.Text != tt.word {
			t.Errorf("after %v: colour %v word %q, want %v %q", tt.after, cl.citizen.Color, cl.state.Text, tt.color, tt.word)
		}
		if !strings.HasPrefix(cl.citizen.Text, fmtClock(tt.after)+" / ") {
			t.Errorf("after %v: citizen clock %q", tt.after, cl.citizen.Text)
		}
	}
	// A new citizen starts with a fresh budget; the hour goes on.
	v.next()
	v.tick()
	if v.pres.clock.citizen.Color != stateColor(board.TimeOK) {
		t.Errorf("next citizen starts %v", v.pres.clock.citizen.Color)
	}
	c.t = meetingStart.Add(61 * time.Minute)
	v.tick()
	if h := v.pres.clock.hour; h.Color != colorAmber || !strings.Contains(h.Text, "1:00 over tid") {
		t.Errorf("hour after 61 min: %q %v", h.Text, h.Color)
	}
}

func TestCaptureSavedToFile(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	ctx := t.Context()
	cid := v.card.Citizen.ID
	if !v.card.Citizen.OnBoard {
		t.Fatal("first citizen is not on the board")
	}

	test.Type(v.cap.notes, "Sover bedre.")
	test.Type(v.cap.decisions, "Fortsætter.")
	v.flush()
	saved, err := db.FindMeetingByID(ctx, v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	if it := saved.Item(cid); it.Notes != "Sover bedre." || it.Decisions != "Fortsætter." {
		t.Fatalf("typed text not in the file: %+v", it)
	}

	// New action.
	af := newActionForm(v)
	af.text.SetText("Ring til bostøtten")
	af.due.SetText("3/12")
	if err := v.submit(af.submit); err != nil {
		t.Fatal(err)
	}
	acts, _ := db.FindActions(ctx, board.ActionFilter{CitizenID: cid})
	var found *board.Action
	for _, x := range acts {
		if x.Text == "Ring til bostøtten" {
			found = x
		}
	}
	if found == nil || found.Due != board.MustDate("2026-12-03") || found.ResponsibleID == 0 {
		t.Fatalf("action not saved right: %+v", found)
	}
	// New appointment.
	ap := newAppointmentForm(v)
	ap.kind.SetSelectedIndex(0)
	ap.day.SetText("1/12")
	ap.clock.SetText("13.30")
	if err := v.submit(ap.submit); err != nil {
		t.Fatal(err)
	}
	apps, _ := db.FindAppointments(ctx, calendar.Filter{CitizenID: cid, From: meetingStart, To: meetingStart.AddDate(0, 0, 14)})
	var appt *calendar.Appointment
	for _, x := range apps {
		if x.Start.Equal(time.Date(2026, 12, 1, 13, 30, 0, 0, calendar.Copenhagen)) {
			appt = x
		}
	}
	if appt == nil || appt.Kind != calendar.KindHomeVisit || len(appt.Participants) != 1 {
		t.Fatalf("appointment not saved right: %+v", appt)
	}
	// The card shows both at once.
	body := joined(v.pres.right)
	if !strings.Contains(body, "Ring til bostøtten") || !strings.Contains(body, "tir 1.12. 13:30") {
		t.Errorf("card lacks the new action or appointment:\n%s", body)
	}
	// Take off the board.
	bf := newBoardForm(v)
	if bf.on {
		t.Fatal("board form would put a board citizen on the board")
	}
	bf.reason.SetText("Stabil i fire uger")
	bf.review.SetText("")
	if err := v.submit(bf.submit); err != nil {
		t.Fatal(err)
	}
	cz, _ := db.FindCitizenByID(ctx, cid)
	if cz.OnBoard {
		t.Error("citizen still on the board in the file")
	}
	saved, _ = db.FindMeetingByID(ctx, v.x.meeting().ID)
	it := saved.Item(cid)
	if it.BoardChange != "Taget af tavlen: Stabil i fire uger" {
		t.Errorf("board change %q", it.BoardChange)
	}
	if !strings.Contains(it.Decisions, "Fortsætter.\nNy handling: Ring til bostøtten (") || !strings.Contains(it.Decisions, "Ny aftale: Hjemmebesøg tir 1.12. 13:30") {
		t.Errorf("decisions in the minutes:\n%s", it.Decisions)
	}
	// Another PC changed the phone meanwhile: the board change merges
	// with it without a question.
	other := *cz
	other.Phone = "11 22 33 44"
	if err := db.UpdateCitizen(ctx, &other); err != nil {
		t.Fatal(err)
	}
	bf = newBoardForm(v)
	bf.reason.SetText("Igen")
	if err := v.submit(bf.submit); err != nil {
		t.Fatalf("board change after another PC's phone change: %v", err)
	}
	if cz, _ = db.FindCitizenByID(ctx, cid); !cz.OnBoard || cz.BoardReason != "Igen" || cz.Phone != "11 22 33 44" {
		t.Errorf("merged citizen: on board %v, reason %q, phone %q", cz.OnBoard, cz.BoardReason, cz.Phone)
	}
	// Another PC changed the board fields themselves: refused with a
	// conflict, nothing overwritten, and the meeting goes on.
	other = *cz
	other.BoardReason = "Fra SØ"
	if err := db.UpdateCitizen(ctx, &other); err != nil {
		t.Fatal(err)
	}
	bf = newBoardForm(v)
	bf.reason.SetText("Stabil igen")
	if err := v.submit(bf.submit); board.ErrorCode(err) != board.EConflict {
		t.Errorf("conflicting board change: %v", err)
	}
	if cz, _ = db.FindCitizenByID(ctx, cid); !cz.OnBoard || cz.BoardReason != "Fra SØ" {
		t.Errorf("conflict overwrote their change: on board %v, reason %q", cz.OnBoard, cz.BoardReason)
	}
	// Mark discussed.
	v.cap.discussed.SetChecked(true)
	saved, _ = db.FindMeetingByID(ctx, v.x.meeting().ID)
	if !saved.Item(cid).WasDiscussed() {
		t.Error("discussed not saved")
	}
}

func TestResumeAfterRestart(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, path := demoFile(t, c)
	v := startTest(t, a, db, c)
	c.add(3 * time.Minute)
	v.next()
	c.add(2 * time.Minute)
	v.next()
	_, want := v.x.current()
	test.Type(v.cap.notes, "Halvt skrevet")
	v.win.Close() // the window is closed: typed text is saved
	db.Close()

	// A restart: the file opened again, meeting mode opened again.
	db2, err := sqlite.Open(path, sqlite.Options{Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	c.add(10 * time.Minute)
	v2 := openTest(t, a, db2, c, nil)
	if v2.x == nil {
		t.Fatal("meeting not resumed")
	}
	if _, got := v2.x.current(); got != want {
		t.Errorf("resumed on %d, want %d", got, want)
	}
	if v2.cap.notes.Text != "Halvt skrevet" {
		t.Errorf("notes after resume %q", v2.cap.notes.Text)
	}
	if got := v2.x.ms.Elapsed(c.now()); got != 15*time.Minute {
		t.Errorf("hour clock after resume %v, want 15m", got)
	}
	if items := v2.x.meeting().Items; items[0].WasDiscussed() || items[0].Seconds != 180 || items[1].Seconds != 120 {
		t.Errorf("time per citizen lost: %+v", items[:2])
	}
	if !strings.HasPrefix(v2.pres.count.Text, "1 af") { // paging past two is not discussing them; the note is
		t.Errorf("progress after resume: %q", v2.pres.count.Text)
	}
}

func TestMinutes(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	var ended *board.Meeting
	me := firstMember(t, db)
	v := open(a, db, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 1}, func(m *board.Meeting) { ended = m })
	setup := newAgendaSetup(v.plan, me.ID)
	v.start(setup)
	first := v.card.Citizen
	test.Type(v.cap.notes, "Har fået lejlighed.")
	af := newActionForm(v)
	af.text.SetText("Søg boligstøtte")
	if err := v.submit(af.submit); err != nil {
		t.Fatal(err)
	}
	c.add(4 * time.Minute)
	v.next()
	second := v.card.Citizen
	test.Type(v.cap.decisions, "Medicingennemgang.")
	c.add(5 * time.Minute)
	v.next()
	c.add(time.Minute)
	v.end()
	if ended == nil || ended.EndedAt.IsZero() || ended.Running() {
		t.Fatalf("onEnd not called with the ended meeting: %+v", ended)
	}
	saved, err := db.FindMeetingByID(t.Context(), ended.ID)
	if err != nil || saved.EndedAt.IsZero() {
		t.Fatalf("minutes not saved: %v %+v", err, saved)
	}
	members, cs, err := minutesNames(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	mn := buildMinutes(saved, members, nameFunc(cs))
	if len(mn.Items) != 2 || mn.Items[0].Name != first.Name || mn.Items[1].Name != second.Name {
		t.Fatalf("minutes items %+v", mn.Items)
	}
	if mn.Items[0].Notes != "Har fået lejlighed." || !strings.Contains(mn.Items[0].Decisions, "Ny handling: Søg boligstøtte") ||
		mn.Items[0].Minutes != 4 || mn.Items[1].Decisions != "Medicingennemgang." || mn.Items[1].Minutes != 5 {
		t.Errorf("minutes content %+v", mn.Items)
	}
	if mn.Facilitator != me.Name || len(mn.Attendees) != len(setup.attendees()) || len(mn.NotReached) == 0 {
		t.Errorf("minutes header %+v", mn)
	}
	if !strings.Contains(mn.Title, "26.11.2026") {
		t.Errorf("title %q", mn.Title)
	}
	// The window now shows the minutes.
	if screen := joined(v.win.Content()); !strings.Contains(screen, "Referat af tavlemødet 26.11.2026") || !strings.Contains(screen, "Har fået lejlighed.") {
		t.Errorf("minutes screen:\n%s", screen)
	}
	// The Meetings screen lists it first, and opening it shows the minutes.
	printed := false
	list := MeetingsList(db, Config{Lang: "da", PrintMinutes: func(m *board.Meeting) error { printed = m.ID == saved.ID; return nil }})
	w := test.NewTempWindow(t, list)
	w.Resize(fyne.NewSize(900, 700))
	if s := joined(list); !strings.Contains(s, "26.11.2026 · 2 borgere drøftet") {
		t.Errorf("meetings list:\n%s", s)
	}
	// Open the newest by selecting it.
	lst := findList(list)
	lst.Select(0)
	s := joined(list)
	if !strings.Contains(s, "Medicingennemgang.") || !strings.Contains(s, "Udskriv referat") {
		t.Errorf("opened minutes:\n%s", s)
	}
	tapButton(t, list, "Udskriv referat")
	if !printed {
		t.Error("print hook not called")
	}
	// The PDF from the printing package.
	var buf bytes.Buffer
	if err := WriteMinutes(t.Context(), db, saved, "FACT", "da", &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
		t.Error("minutes PDF is not a PDF")
	}
	acts, err := newActions(t.Context(), db, saved)
	if err != nil || len(acts) != 1 || acts[0].Text != "Søg boligstøtte" {
		t.Errorf("new actions from history: %v %v", acts, err)
	}
}

func TestKeys(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	start := v.x.ms.Current
	v.key(fyne.KeyRight)
	v.key(fyne.KeyRight)
	v.key(fyne.KeyLeft)
	if v.x.ms.Current != start+1 {
		t.Errorf("→ → ← gave item %d, want %d", v.x.ms.Current, start+1)
	}
	v.rune('n')
	if top := v.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(joined(top), "Ny handling") {
		t.Error("N did not open the new action form")
	}
	v.win.Canvas().Overlays().Remove(v.win.Canvas().Overlays().Top())
	v.rune('A')
	if top := v.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(joined(top), "Ny aftale") {
		t.Error("A did not open the new appointment form")
	}
	v.win.SetFullScreen(true)
	v.key(fyne.KeyEscape)
	if v.win.FullScreen() {
		t.Error("Esc did not leave full screen")
	}
}

func TestParseDay(t *testing.T) {
	today := board.MustDate("2026-11-26")
	for _, tt := range []struct{ in, want string }{
		{"3/12", "2026-12-03"}, {"1/1", "2027-01-01"}, {"26/11", "2026-11-26"}, {"3-12-2026", "2026-12-03"},
		{"3.12.26", "2026-12-03"}, {"2027-02-01", "2027-02-01"}, {"+7", "2026-12-03"}, {"", ""},
	} {
		got, err := parseDay(tt.in, today)
		if err != nil || got.String() != tt.want {
			t.Errorf("parseDay(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"31/2", "x", "1/13/2026", "+x"} {
		if _, err := parseDay(bad, today); board.ErrorCode(err) != board.EInvalid {
			t.Errorf("parseDay(%q) accepted", bad)
		}
	}
}

func TestScreenshot(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	// Two citizens discussed; the third just ran over its budget (amber).
	for i := 0; i < 2; i++ {
		c.add(2 * time.Minute)
		v.next()
	}
	v.pres = newPresentation() // built again in the light theme
	w := test.NewTempWindow(t, v.pres.content)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1920, 1080))
	c.add(v.x.ms.CitizenBudget() + 20*time.Second)
	v.pres.show(v.card, v.x)
	img := w.Canvas().Capture()
	if b := img.Bounds(); b.Dx() != 1920 || b.Dy() != 1080 {
		t.Fatalf("capture is %v", b)
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir() + "/meeting.png"
	if *updateDocs {
		out = "../../docs/meeting.png"
	}
	writeFile(t, out, buf.Bytes())
	if buf.Len() > 400<<10 {
		t.Errorf("screenshot is %d KB", buf.Len()>>10)
	}
}

func TestTwoScreens(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	v := open(a, db, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 2}, nil)
	v.start(newAgendaSetup(v.plan, me.ID))
	if v.wall == nil || !v.wall.FullScreen() || v.wall.Content() != v.pres.content {
		t.Fatal("presentation window not full screen with the presentation")
	}
	if v.win.FullScreen() {
		t.Error("facilitator window went full screen")
	}
	name := v.x.plan.name(v.x.meeting().Items[1].CitizenID)
	v.next()
	if !strings.Contains(joined(v.agenda.content), name) || v.agenda.rows[1].current != true {
		t.Errorf("facilitator agenda does not follow: %+v", v.agenda.rows[:2])
	}
	if !strings.Contains(v.facClock.citizen.Text, " / ") {
		t.Errorf("facilitator clock %q", v.facClock.citizen.Text)
	}
	v.key(fyne.KeyEscape)
	if v.wall != nil {
		t.Error("Esc did not leave the presentation")
	}
	v.end()
	if !v.ended {
		t.Error("meeting did not end")
	}
}

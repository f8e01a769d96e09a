package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// allTexts collects every text under o, hidden parts included: canvas
// texts, labels, rich text segments, entries (text and placeholder),
// buttons, checks, selects, hyperlinks and tool tips. It walks containers,
// widgets' renderers and anything with objects.
func allTexts(o fyne.CanvasObject) []string {
	var out []string
	seen := map[fyne.CanvasObject]bool{}
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || seen[o] {
			return
		}
		seen[o] = true
		switch w := o.(type) {
		case *canvas.Text:
			out = append(out, w.Text)
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.RichText:
			out = append(out, w.String())
			for _, s := range w.Segments {
				if t, ok := s.(interface{ Textual() string }); ok {
					out = append(out, t.Textual())
				}
			}
		case *widget.Entry:
			out = append(out, w.Text, w.PlaceHolder)
		case *widget.Button:
			out = append(out, w.Text)
		case *widget.Check:
			out = append(out, w.Text)
		case *widget.Select:
			out = append(out, w.Selected, w.PlaceHolder)
			out = append(out, w.Options...)
		case *widget.Hyperlink:
			out = append(out, w.Text)
		}
		if t, ok := o.(interface{ ToolTip() string }); ok {
			out = append(out, t.ToolTip())
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, c := range c.Objects {
				walk(c)
			}
		}
		if t, ok := o.(interface{ Objects() []fyne.CanvasObject }); ok {
			for _, c := range t.Objects() {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// presentSecrets sets an internal note, a safety note and an internal
// meeting note on the citizen on screen and returns what must not show.
func presentSecrets(t *testing.T, v *view) []string {
	t.Helper()
	c := *v.card.Citizen
	c.Notes = "Intern: tal med lægen om medicinen"
	c.SafetyNote = "Kom to: hunden bider"
	if err := v.s.UpdateCitizen(t.Context(), &c); err != nil {
		t.Fatal(err)
	}
	test.Type(v.cap.notes, "Teamet er bekymret for økonomien")
	v.flush()
	v.refresh()
	out := []string{c.Notes, c.SafetyNote, "Teamet er bekymret for økonomien"}
	for _, a := range v.card.Attention {
		out = append(out, attentionLabel(a))
	}
	if c.OnBoard {
		out = append(out, c.BoardReason)
	}
	if it := v.card.LastItem; it != nil {
		for _, s := range []string{it.Notes, it.BoardChange} {
			if strings.TrimSpace(s) != "" {
				out = append(out, strings.TrimSpace(s))
			}
		}
	}
	return out
}

// otherNames are the names of every other citizen on the agenda.
func otherNames(t *testing.T, v *view, me int64) []string {
	t.Helper()
	var out []string
	for _, it := range v.x.meeting().Items {
		if it.CitizenID == me {
			continue
		}
		c, err := v.s.FindCitizenByID(t.Context(), it.CitizenID)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c.Name, c.DisplayName())
	}
	return out
}

func leaks(all string, secrets []string) []string {
	var out []string
	for _, s := range secrets {
		if s != "" && strings.Contains(all, s) {
			out = append(out, s)
		}
	}
	return out
}

// TestCitizenPresentShowsOnlyThem: while the citizen takes part, no other
// citizen's name and no internal text is anywhere in the presentation.
func TestCitizenPresentShowsOnlyThem(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	v.moveNext() // a citizen with a last meeting and neighbours on both sides
	me := v.card.Citizen
	secrets := presentSecrets(t, v)
	others := otherNames(t, v, me.ID)
	if len(others) < 4 {
		t.Fatalf("want several other citizens on the agenda, got %v", others)
	}

	// Without the mode the wall shows other names and the internal markers:
	// the check below can fail.
	before := strings.Join(allTexts(v.pres.content), "\n")
	if len(leaks(before, others)) == 0 {
		t.Fatal("the normal wall shows no other name: the test would prove nothing")
	}
	if len(leaks(before, secrets)) == 0 {
		t.Fatal("the normal wall shows nothing internal: the test would prove nothing")
	}

	tapButton(t, v.cap.content, T("meeting.present.start", "Citizen takes part"))
	if !v.present.on() {
		t.Fatal("the button did not turn the citizen's view on")
	}
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1366, Height: 768}, {Width: 1280, Height: 720}} {
		v.win.Resize(size) // folded or not, at every scale
		all := strings.Join(allTexts(v.pres.content), "\n")
		if l := leaks(all, others); len(l) > 0 {
			t.Errorf("at %v other citizens on the wall: %q", size, l)
		}
		if l := leaks(all, secrets); len(l) > 0 {
			t.Errorf("at %v internal text on the wall: %q", size, l)
		}
		if !strings.Contains(all, me.DisplayName()) || !strings.Contains(all, T("meeting.present.goals", "Your goals")) {
			t.Errorf("at %v the citizen's own plan is not on the wall:\n%s", size, all)
		}
	}

	// Read back shows today's decisions, still nothing else.
	test.Type(v.cap.decisions, "Du ringer selv til jobcentret")
	tapButton(t, v.cap.content, T("meeting.present.read_back", "Read back"))
	all := strings.Join(allTexts(v.pres.content), "\n")
	if !strings.Contains(all, "Du ringer selv til jobcentret") {
		t.Errorf("read back does not show the decisions:\n%s", all)
	}
	if l := leaks(all, append(others, secrets...)); len(l) > 0 {
		t.Errorf("read back shows %q", l)
	}
	// On one screen the facilitator's window is the shared screen: the
	// internal notes field hides while the citizen takes part.
	if v.cap.notes.Visible() {
		t.Error("on one screen the internal notes field shows while the citizen takes part")
	}
	// The notes are kept all the same.
	if it, _ := v.x.current(); it.Notes != "Teamet er bekymret for økonomien" {
		t.Errorf("the internal note was lost: %q", it.Notes)
	}
}

// TestCitizenPresentNeedsDeliberateEnd: stray keys do not leave the
// citizen's view; the Next button asks, and only yes moves on.
func TestCitizenPresentNeedsDeliberateEnd(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	start := v.x.ms.Current
	me := v.card.Citizen.ID
	v.startPresent()
	v.key(fyne.KeySpace)
	v.key(fyne.KeyRight)
	v.key(fyne.KeyLeft)
	if v.x.ms.Current != start || !v.present.on() {
		t.Fatalf("a key moved on while the citizen takes part: item %d, on %v", v.x.ms.Current, v.present.on())
	}
	tapButton(t, v.cap.content, T("meeting.next", "Next (Space)"))
	top := v.win.Canvas().Overlays().Top()
	if top == nil || v.x.ms.Current != start {
		t.Fatal("Next moved on without asking")
	}
	tapButton(t, top, T("meeting.present.stop_no", "Stay with the citizen"))
	if v.x.ms.Current != start || !v.present.on() {
		t.Fatal("No still moved on")
	}
	tapButton(t, v.cap.content, T("meeting.next", "Next (Space)"))
	tapButton(t, v.win.Canvas().Overlays().Top(), T("meeting.present.stop_yes", "End the view"))
	if v.x.ms.Current == start || v.present.on() {
		t.Fatalf("Yes did not move on and end the view: item %d, on %v", v.x.ms.Current, v.present.on())
	}
	saved, err := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	if it := saved.Item(me); it == nil || !it.CitizenPresent {
		t.Error("the saved minutes do not record that the citizen took part")
	}
	if mn := joined(minutesView(buildMinutes(saved, v.plan.ByID, v.plan.name))); !strings.Contains(mn, T("meeting.minutes.took_part", "The citizen took part.")) {
		t.Errorf("the minutes do not say the citizen took part:\n%s", mn)
	}
}

// A meeting resumed on a citizen who took part comes back in the
// citizen's view: a crash must not put every name on the wall.
func TestCitizenPresentSurvivesRestart(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	me := v.card.Citizen.ID
	v.startPresent()
	v.win.Close()
	v2 := openTest(t, a, db, c, nil)
	if v2.x == nil || !v2.present.on() || v2.present.citizenID != me {
		t.Fatalf("resumed meeting: present %+v, want citizen %d", v2.present, me)
	}
	all := strings.Join(allTexts(v2.pres.content), "\n")
	if l := leaks(all, otherNames(t, v2, me)); len(l) > 0 {
		t.Errorf("after the restart the wall shows %q", l)
	}
}

// With two screens the wall shows the citizen alone while the
// facilitator's window keeps everything: the agenda with every name and
// the internal notes.
func TestCitizenPresentTwoScreens(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	me := firstMember(t, db)
	v := open(a, db, Config{Me: me.ID, Now: c.now, Lang: "da", Screens: 2}, nil)
	v.start(newAgendaSetup(v.plan, me.ID))
	cid := v.card.Citizen.ID
	v.startPresent()
	others := otherNames(t, v, cid)
	if l := leaks(strings.Join(allTexts(v.wall.Content()), "\n"), others); len(l) > 0 {
		t.Errorf("the wall shows %q", l)
	}
	if l := leaks(strings.Join(allTexts(v.win.Content()), "\n"), others); len(l) == 0 {
		t.Error("the facilitator's window lost the agenda's names")
	}
	if !v.cap.notes.Visible() {
		t.Error("the facilitator's notes field hid on two screens")
	}
}

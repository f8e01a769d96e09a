package meeting

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
)

// overlayText is the text of every overlay (dialog) on the window.
func overlayText(v *view) string {
	var out []string
	for _, o := range v.win.Canvas().Overlays().List() {
		out = append(out, joined(o))
	}
	return strings.Join(out, "\n")
}

// closeOverlays closes every dialog on the window, as pressing OK does.
func closeOverlays(v *view) {
	for top := v.win.Canvas().Overlays().Top(); top != nil; top = v.win.Canvas().Overlays().Top() {
		v.win.Canvas().Overlays().Remove(top)
	}
}

// A CPR number refused once must not lock the meeting: the refused step
// does not move on nor reset the clock, the text stays in the field, and
// once the number is removed Next saves and moves on.
func TestRefusedCPRDoesNotLockMeeting(t *testing.T) {
	a := testApp(t)
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, a, db, c)
	start := v.x.ms.Current
	first := v.card.Citizen.ID

	c.add(2 * time.Minute)
	bad := "Grethe og KM ringer mandag. 010190-1234"
	test.Type(v.cap.decisions, bad)
	v.flush()
	v.next()
	if v.x.ms.Current != start {
		t.Fatalf("a refused Next moved on to item %d (from %d)", v.x.ms.Current, start)
	}
	if !strings.Contains(overlayText(v), "CPR") {
		t.Errorf("no refusal shown: %q", overlayText(v))
	}
	if v.cap.decisions.Text != bad {
		t.Errorf("field after refusal %q", v.cap.decisions.Text)
	}
	if got := v.x.ms.Spent(c.now()); got < 2*time.Minute {
		t.Errorf("citizen clock after a refused Next: %v, want 2m", got)
	}
	closeOverlays(v)
	v.prev()
	v.end()
	closeOverlays(v)
	if v.ended || !v.x.meeting().EndedAt.IsZero() || v.x.ms.Current != start {
		t.Fatalf("refused Previous/End changed the meeting: ended %v, at %d", v.ended, v.x.ms.Current)
	}
	for i, it := range v.x.meeting().Items {
		if i != start && it.WasDiscussed() {
			t.Errorf("item %d discussed by a refused step: %+v", i, it)
		}
	}

	// The number removed: Next saves the text on the right citizen and
	// moves on.
	v.cap.decisions.SetText("Grethe og KM ringer mandag.")
	c.add(time.Minute)
	v.next()
	if v.x.ms.Current == start {
		t.Fatalf("Next after removing the number did not move on: %s", v.status.Text)
	}
	saved, err := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	if it := saved.Item(first); it.Decisions != "Grethe og KM ringer mandag." || it.Seconds != 180 {
		t.Errorf("first citizen in the file: %+v", it)
	}
	if board.ContainsCPR(saved.StoredTexts()...) {
		t.Error("a CPR number reached the file")
	}
	for i, it := range saved.Items {
		if i != start && it.Decisions != "" {
			t.Errorf("item %d got the first citizen's text: %+v", i, it)
		}
	}
}

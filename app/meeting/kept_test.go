package meeting

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/storage/outbox"
	"tavlen/storage/sqlite"
)

// keptStore is the file with an outbox, as the app hands it to meeting
// mode.
type keptStore struct {
	*sqlite.DB
	box *outbox.Box
}

func (s keptStore) Keep(es ...outbox.Edit) error {
	_, err := s.box.AddAll(es...)
	return err
}

// What the facilitator captures while the team file's folder is gone is
// kept on this PC and arrives when the folder is back; the meeting then
// goes on saving without a conflict with its own kept steps.
func TestCaptureKeptWhileFileGone(t *testing.T) {
	c := newClock(meetingStart)
	db, path := demoFile(t, c)
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.json"), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	v := startTest(t, testApp(t), keptStore{db, box}, c)
	it, cid := v.x.current()
	if it == nil {
		t.Fatal("empty agenda")
	}
	dir := filepath.Dir(path)
	if err := os.Rename(dir, dir+"-away"); err != nil {
		t.Fatal(err)
	}
	v.cap.notes.SetText("Sagt mens filen var væk")
	v.flush()
	if strings.Contains(v.status.Text, "kan ikke") || strings.Contains(v.status.Text, "cannot") {
		t.Fatalf("capture not kept: %s", v.status.Text)
	}
	if err := v.x.addAction(&board.Action{Text: "Ring til egen læge"}); err != nil {
		t.Fatalf("action not kept: %v", err)
	}
	if n := box.Len(); n != 2 { // the meeting (one edit, kept as it grew) and the action
		t.Fatalf("%d kept, want 2: %+v", n, box.Pending())
	}

	if err := os.Rename(dir+"-away", dir); err != nil {
		t.Fatal(err)
	}
	out, err := box.Replay(t.Context(), outbox.ApplyFunc(db.ApplyPending))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Err != nil {
			t.Fatalf("replay of %s: %v", o.Edit.Kind, o.Err)
		}
	}
	m, err := db.FindMeetingByID(t.Context(), v.x.meeting().ID)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Item(cid)
	if got == nil || got.Notes != "Sagt mens filen var væk" || !strings.Contains(got.Decisions, "Ring til egen læge") {
		t.Fatalf("meeting after the replay: %+v", got)
	}
	as, _ := db.FindActions(t.Context(), board.ActionFilter{CitizenID: cid})
	found := false
	for _, a := range as {
		found = found || a.Text == "Ring til egen læge"
	}
	if !found {
		t.Fatal("the action did not arrive")
	}
	// The next step saves on top of the kept one without a question.
	v.cap.decisions.SetText(got.Decisions + "\nEfter filen kom igen")
	v.flush()
	if m, _ = db.FindMeetingByID(t.Context(), m.ID); !strings.Contains(m.Item(cid).Decisions, "Efter filen kom igen") {
		t.Fatalf("save after the replay: %q (%s)", m.Item(cid).Decisions, v.status.Text)
	}
}

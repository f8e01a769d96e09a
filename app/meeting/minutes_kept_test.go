package meeting

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// Minutes edited and approved after the meeting while the team file's
// folder is gone are kept on this PC, as meeting mode's other saves, and
// arrive when the folder is back.
func TestMinutesEditKeptWhileFileGone(t *testing.T) {
	c := newClock(meetingStart)
	db, path := demoFile(t, c)
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.json"), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	s := keptStore{db, box}
	v := startTest(t, testApp(t), s, c)
	_, first := v.x.current()
	v.key(fyne.KeySpace)
	c.add(time.Hour)
	v.end()
	m := v.x.meeting()
	ed := &minutesEditor{ctx: t.Context(), s: s, cfg: v.cfg, m: m, names: v.plan.name, status: v.status, done: func() {}, win: v.win}

	dir := filepath.Dir(path)
	if err := os.Rename(dir, dir+"-away"); err != nil {
		t.Fatal(err)
	}
	f := ed.newEditForm()
	f.citizen.SetSelectedIndex(0)
	f.notes.SetText("Skrevet mens filen var væk")
	if err := f.submit(); err != nil {
		t.Fatalf("edit not kept: %v", err)
	}
	if err := ed.save(func(m *board.Meeting) error { return m.Approve(v.cfg.Me, c.now()) }); err != nil {
		t.Fatalf("approval not kept: %v", err)
	}
	if box.Len() == 0 {
		t.Fatal("nothing kept on this PC")
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
	stored, err := db.FindMeetingByID(t.Context(), m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if it := stored.Item(first); it == nil || it.Notes != "Skrevet mens filen var væk" {
		t.Fatalf("edit after the replay: %+v", it)
	}
	if !stored.Approved() || stored.ApprovedBy != v.cfg.Me {
		t.Fatalf("approval after the replay: by %d at %v", stored.ApprovedBy, stored.ApprovedAt)
	}
}

// An edit of the minutes made while another PC saved them is not lost
// and does not overwrite theirs: notes on another citizen merge without a
// question (the agenda merges citizen by citizen), the same citizen's
// notes written on both PCs are a conflict that shows their version, and
// the edit submitted again lands on it. Minutes approved meanwhile refuse
// the edit as locked.
func TestMinutesEditAfterAnotherPCsSave(t *testing.T) {
	c := newClock(meetingStart)
	db, _ := demoFile(t, c)
	v := startTest(t, testApp(t), db, c)
	v.key(fyne.KeySpace)
	c.add(time.Hour)
	v.end()
	m := v.x.meeting()
	if len(m.Items) < 2 {
		t.Fatalf("agenda of %d", len(m.Items))
	}
	redrawn := 0
	ed := &minutesEditor{ctx: t.Context(), s: db, cfg: v.cfg, m: m, names: v.plan.name, status: v.status, done: func() { redrawn++ }, win: v.win}
	otherPC := func(change func(*board.Meeting) error) {
		t.Helper()
		other, err := db.FindMeetingByID(t.Context(), m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := change(other); err != nil {
			t.Fatal(err)
		}
		if err := db.UpdateMeeting(t.Context(), other); err != nil {
			t.Fatal(err)
		}
	}
	second := m.Items[1].CitizenID
	otherPC(func(o *board.Meeting) error { return o.EditItem(second, "Fra den anden pc", "", true) })

	f := ed.newEditForm()
	f.citizen.SetSelectedIndex(0)
	f.notes.SetText("Fra denne pc")
	if err := f.submit(); err != nil {
		t.Fatalf("edit of another citizen than the other PC's: %v, want merged", err)
	}
	stored, _ := db.FindMeetingByID(t.Context(), m.ID)
	if stored.Items[0].Notes != "Fra denne pc" || stored.Item(second).Notes != "Fra den anden pc" {
		t.Fatalf("stored: %+v", stored.Items[:2])
	}

	first := m.Items[0].CitizenID
	otherPC(func(o *board.Meeting) error { return o.EditItem(first, "Også fra den anden pc", "", true) })
	f.notes.SetText("Igen fra denne pc")
	if err := f.submit(); board.ErrorCode(err) != board.EConflict {
		t.Fatalf("the same citizen's notes on both PCs: %v, want a conflict", err)
	}
	if redrawn == 0 || m.Item(first).Notes != "Også fra den anden pc" {
		t.Fatalf("the minutes on screen do not show the other PC's version: %+v", m.Item(first))
	}
	if err := f.submit(); err != nil {
		t.Fatalf("edit made again: %v", err)
	}
	stored, _ = db.FindMeetingByID(t.Context(), m.ID)
	if stored.Item(first).Notes != "Igen fra denne pc" || stored.Item(second).Notes != "Fra den anden pc" {
		t.Fatalf("stored: %+v", stored.Items[:2])
	}

	otherPC(func(o *board.Meeting) error { return o.Approve(v.cfg.Me, c.now()) })
	f.notes.SetText("Efter godkendelsen")
	if err := f.submit(); board.ErrorCode(err) != board.EInvalid {
		t.Fatalf("edit of minutes approved meanwhile: %v, want refused as locked", err)
	}
	stored, _ = db.FindMeetingByID(t.Context(), m.ID)
	if stored.Item(first).Notes != "Igen fra denne pc" || !stored.Approved() {
		t.Fatalf("approved minutes changed: %+v", stored.Item(first))
	}
}

package outbox

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"tavlen/board"
)

var ctx = context.Background()

func newBox(t *testing.T) (*Box, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cache", "outbox.json")
	b, err := Open(path, "/share/team.tavle")
	if err != nil {
		t.Fatal(err)
	}
	return b, path
}

func edit(kind string, row int64, mine string) Edit {
	return Edit{Kind: kind, RowID: row, Base: json.RawMessage(`"base"`), Mine: json.RawMessage(`"` + mine + `"`), By: "AB",
		At: time.Date(2026, 3, 25, 10, 0, 0, 0, time.UTC)}
}

// fakeFile applies edits while "up", like a team file that comes and goes.
type fakeFile struct {
	mu      sync.Mutex
	up      bool
	refuse  map[string]string // Mine → error code
	applied []string
}

func (f *fakeFile) Apply(_ context.Context, e Edit) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.up {
		return board.Errorf(board.EUnavailable, "gone")
	}
	var mine string
	_ = json.Unmarshal(e.Mine, &mine)
	if code := f.refuse[mine]; code != "" {
		return board.Errorf(code, "refused")
	}
	f.applied = append(f.applied, mine)
	return nil
}

func TestOutboxKeepsEditsOnDiskUntilReplayed(t *testing.T) {
	b, path := newBox(t)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("an empty box must not write a file")
	}
	first, err := b.Add(edit("citizen", 7, "v1"))
	if err != nil {
		t.Fatal(err)
	}
	if first.ID == "" {
		t.Fatal("no ID")
	}
	if _, err := b.Add(edit("note", 0, "note1")); err != nil {
		t.Fatal(err)
	}
	// A second edit of the same record replaces the first but keeps the
	// first base, so the merge sees everything changed while away.
	second := edit("citizen", 7, "v2")
	second.Base = json.RawMessage(`"later base"`)
	kept, err := b.Add(second)
	if err != nil {
		t.Fatal(err)
	}
	if kept.ID != first.ID || string(kept.Base) != `"base"` {
		t.Fatalf("replacing edit: %+v", kept)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("outbox mode %v, want 0600 (it holds personal data)", info.Mode().Perm())
	}

	// A restarted app finds the edits.
	again, err := Open(path, "/share/team.tavle")
	if err != nil {
		t.Fatal(err)
	}
	p := again.Pending()
	if len(p) != 2 || string(p[0].Mine) != `"v2"` || string(p[1].Mine) != `"note1"` || !p[0].At.Equal(first.At) {
		t.Fatalf("reopened box: %+v", p)
	}
	if _, err := Open(path, "/other/team.tavle"); err == nil {
		t.Fatal("a box opened for another team file")
	}

	// File gone: nothing is applied or lost.
	file := &fakeFile{}
	out, err := again.Replay(ctx, file)
	if err != nil || len(out) != 1 || board.ErrorCode(out[0].Err) != board.EUnavailable || again.Len() != 2 {
		t.Fatalf("replay while gone: %+v %v len %d", out, err, again.Len())
	}
	// File back: replayed in order, box file deleted.
	file.up = true
	out, err = again.Replay(ctx, file)
	if err != nil || len(out) != 2 || out[0].Err != nil || out[1].Err != nil {
		t.Fatalf("replay: %+v %v", out, err)
	}
	if strings.Join(file.applied, ",") != "v2,note1" || again.Len() != 0 {
		t.Fatalf("applied %v, left %d", file.applied, again.Len())
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("the box file stays after replay")
	}
}

func TestOutboxHoldsConflictsForThePerson(t *testing.T) {
	b, path := newBox(t)
	for _, m := range []string{"a", "clash", "c"} {
		if _, err := b.Add(edit("citizen", int64(len(m)+len(b.Pending())), m)); err != nil {
			t.Fatal(err)
		}
	}
	file := &fakeFile{up: true, refuse: map[string]string{"clash": board.EConflict}}
	out, err := b.Replay(ctx, file)
	if err != nil || len(out) != 3 {
		t.Fatalf("replay: %+v %v", out, err)
	}
	if board.ErrorCode(out[1].Err) != board.EConflict || out[1].Edit.Held != board.EConflict {
		t.Fatalf("conflict outcome: %+v", out[1])
	}
	if b.Len() != 1 || b.Waiting() != 0 {
		t.Fatalf("len %d waiting %d", b.Len(), b.Waiting())
	}
	// Held edits are not replayed again, and survive a restart.
	file.refuse = nil
	if out, _ := b.Replay(ctx, file); len(out) != 0 {
		t.Fatalf("held edit replayed: %+v", out)
	}
	again, _ := Open(path, "/share/team.tavle")
	if p := again.Pending(); len(p) != 1 || p[0].Held != board.EConflict {
		t.Fatalf("after restart: %+v", p)
	}
	// The person decided: removed, file gone.
	if err := again.Remove(again.Pending()[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("box file stays after the last edit was removed")
	}
}

func TestOutboxRetryReplaysWhenTheFileReturns(t *testing.T) {
	b, _ := newBox(t)
	if _, err := b.Add(edit("citizen", 1, "x")); err != nil {
		t.Fatal(err)
	}
	file := &fakeFile{}
	var mu sync.Mutex
	ready := false
	reports := make(chan []Outcome, 10)
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	go b.Retry(c, file, 10*time.Millisecond, func() bool { mu.Lock(); defer mu.Unlock(); return ready },
		func(o []Outcome, err error) { reports <- o })
	time.Sleep(50 * time.Millisecond)
	if b.Len() != 1 {
		t.Fatal("replayed while not ready")
	}
	file.mu.Lock()
	file.up = true
	file.mu.Unlock()
	mu.Lock()
	ready = true
	mu.Unlock()
	select {
	case o := <-reports:
		if len(o) != 1 || o[0].Err != nil {
			t.Fatalf("report %+v", o)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("never replayed")
	}
	if b.Len() != 0 {
		t.Fatal("edit left after replay")
	}
}

func TestOutboxPath(t *testing.T) {
	p1, err := Path("/share/a/team.tavle")
	if err != nil {
		t.Skip("no cache dir:", err)
	}
	p2, _ := Path("/share/b/team.tavle")
	if p1 == p2 || strings.Contains(p1, "team") || filepath.Ext(p1) != ".json" {
		t.Fatalf("paths %q %q", p1, p2)
	}
}

func TestOutboxRefusesDamagedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.json")
	os.WriteFile(path, []byte("{not json"), 0o600)
	if _, err := Open(path, "/share/team.tavle"); err == nil {
		t.Fatal("opened a damaged box")
	}
}

// A deletion replaces a kept edit of its record and keeps the first base,
// whose version the replay checks.
func TestOutboxDeletionReplacesEdit(t *testing.T) {
	b, _ := newBox(t)
	if _, err := b.Add(edit("goal", 3, "edited")); err != nil {
		t.Fatal(err)
	}
	del := edit("goal", 3, "as shown")
	del.Base, del.Delete = json.RawMessage(`"newer base"`), true
	kept, err := b.Add(del)
	if err != nil {
		t.Fatal(err)
	}
	p := b.Pending()
	if len(p) != 1 || !p[0].Delete || string(p[0].Base) != `"base"` || p[0].ID != kept.ID {
		t.Fatalf("kept %+v", p)
	}
}

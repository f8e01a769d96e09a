package sqlite

import (
	"os/exec"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/watch"
)

// TestWatcherSeesAnotherProgramsChange: the real watcher, polling the
// file's version as the app does, reports a change the sqlite3 shell
// made, and the change notice then says to reload everything.
func TestWatcherSeesAnotherProgramsChange(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	seen, _ := db.ChangeSeq(ctx)
	w, err := watch.Start(db.Path(), db.WatchVersion, watch.Options{NoFSNotify: true, Focused: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if out, err := exec.Command(cli, db.Path(), "UPDATE citizens SET name = 'Ændret udefra'").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %s %v", out, err)
	}
	select {
	case <-w.Changes():
	case <-time.After(3 * time.Second):
		t.Fatal("the watcher never reported another program's change")
	}
	changes, err := db.ChangesSince(ctx, seen)
	if err != nil || !hasReloadAll(changes) {
		t.Fatalf("changes %+v %v", changes, err)
	}
}

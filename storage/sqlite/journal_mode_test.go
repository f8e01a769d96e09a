package sqlite

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"tavlen/board"
)

// walHeader reports whether the file's header says WAL (bytes 18 and 19).
func walHeader(t *testing.T, path string) bool {
	t.Helper()
	f, err := os.Open(path) // read only; OFD locks survive this close
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hdr := make([]byte, 20)
	if _, err := f.ReadAt(hdr, 0); err != nil {
		t.Fatal(err)
	}
	return hdr[18] == 2 || hdr[19] == 2
}

// TestWriteAfterAnotherToolSwitchedToWAL: while Tavlen has the file open,
// the sqlite3 shell switches it to WAL and exits. Tavlen's next save must
// put the file back in rollback-journal mode: no -wal or -shm beside it and
// a header that says so.
func TestWriteAfterAnotherToolSwitchedToWAL(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	path := db.Path()

	out, err := exec.Command(cli, path, "PRAGMA journal_mode=WAL;").CombinedOutput()
	if err != nil || string(out) != "wal\n" {
		t.Fatalf("sqlite3: %q %v", out, err)
	}
	c.Phone = "12345678"
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("save after the switch: %v", err)
	}
	c.Phone = "87654321"
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("second save after the switch: %v", err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("%s left beside the team file", side)
		}
	}
	if walHeader(t, path) {
		t.Error("the file was left in WAL mode")
	}
	got, err := db.FindCitizenByID(ctx, c.ID)
	if err != nil || got.Phone != "87654321" {
		t.Fatalf("read back: %+v %v", got, err)
	}
}

// TestWriteRefusedWhileAnotherToolHoldsWAL: the other tool keeps the file
// open in WAL mode, so the mode cannot be put back. Saves stop with a clear
// message instead of writing into the WAL.
func TestWriteRefusedWhileAnotherToolHoldsWAL(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	path := db.Path()

	cmd := exec.Command(cli, path)
	in, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); _ = cmd.Wait() }()
	fmt.Fprintln(in, "PRAGMA journal_mode=WAL; BEGIN; SELECT count(*) FROM citizens; SELECT 'held';")
	sc := bufio.NewScanner(stdout)
	for sc.Scan() && sc.Text() != "held" {
	}
	before, _ := db.ChangeSeq(ctx)
	c.Phone = "12345678"
	err := db.UpdateCitizen(ctx, c)
	if e := wantCode(t, err, board.EUnavailable); e == nil {
		return
	}
	fmt.Fprintln(in, "COMMIT;")
	in.Close()
	_ = cmd.Wait()
	after, _ := db.ChangeSeq(ctx)
	if after != before {
		t.Fatal("a save went into the WAL")
	}
}

// TestWriteAfterWALSwitchWhileWatching: as in the app, the watcher's own
// connection polls the file. Once it has read the file in WAL mode it
// holds the file open in WAL, so the save must close it before it can put
// the mode back; the watcher then keeps working on a fresh connection.
func TestWriteAfterWALSwitchWhileWatching(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	path := db.Path()
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}

	out, err := exec.Command(cli, path, "PRAGMA journal_mode=WAL;").CombinedOutput()
	if err != nil || string(out) != "wal\n" {
		t.Fatalf("sqlite3: %q %v", out, err)
	}
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}
	c.Phone = "12345678"
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("save after the switch while watching: %v", err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("%s left beside the team file", side)
		}
	}
	if walHeader(t, path) {
		t.Error("the file was left in WAL mode")
	}
	v1, err := db.WatchVersion(ctx)
	if err != nil {
		t.Fatalf("watch after the repair: %v", err)
	}
	// Another program's commit must still move the watcher.
	if out, err := exec.Command(cli, path, "UPDATE citizens SET phone = '55555555' WHERE id = "+fmt.Sprint(c.ID)+";").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %q %v", out, err)
	}
	v2, err := db.WatchVersion(ctx)
	if err != nil || v2 == v1 {
		t.Fatalf("the watcher missed a commit after the repair: %d %d %v", v1, v2, err)
	}
}

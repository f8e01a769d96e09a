package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/watch"
)

// childLive is a second PC driven line by line from stdin:
//
//	set ID FIELD VALUE  save one field (phone, address, notes) of a citizen
//	beat                 a presence beat
//
// It answers "ok NANOS" (the time right after the commit) or "err CODE".
func childLive(path string) int {
	db, err := Open(path, Options{Member: os.Getenv("TAVLEN_MEMBER")})
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 1
	}
	defer db.Close()
	fmt.Println("ready")
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), " ", 4)
		var err error
		switch f[0] {
		case "set":
			id, _ := strconv.ParseInt(f[1], 10, 64)
			var c *board.Citizen
			if c, err = db.FindCitizenByID(ctx, id); err == nil {
				switch f[2] {
				case "phone":
					c.Phone = f[3]
				case "address":
					c.Address = f[3]
				case "notes":
					c.Notes = f[3]
				}
				err = db.UpdateCitizen(ctx, c)
			}
		case "beat":
			err = db.Beat(ctx, nil)
		default:
			fmt.Fprintln(os.Stderr, "unknown command", f[0])
			return 2
		}
		if err != nil {
			fmt.Println("err", board.ErrorCode(err))
			continue
		}
		fmt.Println("ok", time.Now().UnixNano())
	}
	return 0
}

// livePC is a child process on the same file, as another PC.
type livePC struct {
	t   *testing.T
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Scanner
}

func startLivePC(t *testing.T, path, member string) *livePC {
	t.Helper()
	cmd := child(t, "live", path, "TAVLEN_MEMBER="+member)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pc := &livePC{t: t, cmd: cmd, in: in, out: bufio.NewScanner(out)}
	t.Cleanup(func() {
		pc.in.Close()
		_ = pc.cmd.Wait()
	})
	if line := pc.line(); line != "ready" {
		t.Fatalf("child said %q", line)
	}
	return pc
}

func (pc *livePC) line() string {
	pc.t.Helper()
	if !pc.out.Scan() {
		pc.t.Fatalf("child ended: %v", pc.out.Err())
	}
	return pc.out.Text()
}

// do sends a command and returns the commit time, failing on an error.
func (pc *livePC) do(format string, args ...any) time.Time {
	pc.t.Helper()
	fmt.Fprintf(pc.in, format+"\n", args...)
	f := strings.Fields(pc.line())
	if len(f) != 2 || f[0] != "ok" {
		pc.t.Fatalf("child: %v", f)
	}
	n, _ := strconv.ParseInt(f[1], 10, 64)
	return time.Unix(0, n)
}

// TestLiveWatchAcrossProcesses: a save in another process is seen by this
// process's watcher within 1 s with fsnotify and within 2 s by polling
// alone; ChangesSince then names exactly the saved row, and the board
// reloads with it. Presence beats are not reported.
func TestLiveWatchAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, tc := range []struct {
		name   string
		opt    watch.Options
		within time.Duration
	}{
		{"fsnotify", watch.Options{Focused: time.Hour, Background: time.Hour}, time.Second},
		{"poll only", watch.Options{NoFSNotify: true, Focused: time.Second}, 2 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, _ := newTestDB(t)
			var ids []int64
			for _, name := range []string{"Bo", "Cai", "Dina"} {
				ids = append(ids, addCitizen(t, db, &board.Citizen{Name: name, Status: board.StatusActive}).ID)
			}
			w, err := watch.Start(db.Path(), db.WatchVersion, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if w.UsesFSNotify() == tc.opt.NoFSNotify {
				t.Fatalf("UsesFSNotify = %v", w.UsesFSNotify())
			}
			seen, _ := db.ChangeSeq(ctx)
			pcB := startLivePC(t, db.Path(), "BB")
			pcC := startLivePC(t, db.Path(), "CC")

			if !tc.opt.NoFSNotify {
				// A beat touches the file but is no change to reload for.
				pcB.do("beat")
				select {
				case c := <-w.Changes():
					t.Fatalf("a presence beat was reported: %+v", c)
				case <-time.After(400 * time.Millisecond):
				}
			}

			for i, pc := range []*livePC{pcB, pcC} {
				committed := pc.do("set %d phone 5%d", ids[i], i)
				var got watch.Change
				select {
				case got = <-w.Changes():
				case <-time.After(tc.within + time.Second):
					t.Fatalf("save %d not seen", i)
				}
				if lag := time.Since(committed); lag > tc.within {
					t.Fatalf("save %d seen after %v, want within %v", i, lag, tc.within)
				} else {
					t.Logf("save %d seen after %v", i, lag.Round(time.Millisecond))
				}
				changes, err := db.ChangesSince(ctx, seen)
				if err != nil {
					t.Fatal(err)
				}
				want := board.Change{Kind: board.RecordCitizen, RecordID: ids[i], CitizenID: ids[i], By: []string{"BB", "CC"}[i]}
				if len(changes) != 1 || changes[0].Kind != want.Kind || changes[0].RecordID != want.RecordID ||
					changes[0].CitizenID != want.CitizenID || changes[0].By != want.By || changes[0].Seq != got.Version {
					t.Fatalf("ChangesSince = %+v, want one %+v at %d", changes, want, got.Version)
				}
				seen = changes[0].Seq
				wk := calendar.WeekOf(t0)
				wb, err := db.WeekBoard(ctx, wk.Start(), wk.End(), board.DateOf(t0))
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, r := range wb.Rows {
					if r.Citizen.ID == ids[i] {
						found = r.Citizen.Phone == fmt.Sprintf("5%d", i)
					}
				}
				if !found {
					t.Fatalf("board after reload does not show save %d", i)
				}
			}
		})
	}
}

// TestLiveConcurrentEdits: two processes edit one citizen. Different
// fields merge without a question; the same field is a conflict that
// keeps both versions for the person; nothing is lost.
func TestLiveConcurrentEdits(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	pc := startLivePC(t, db.Path(), "BB")
	load := func(ctx context.Context) (*board.Citizen, error) { return db.FindCitizenByID(ctx, c.ID) }

	// Disjoint: B saves the phone while A edits the address.
	base, _ := db.FindCitizenByID(ctx, c.ID)
	mine := *base
	mine.Address = "Vej 1"
	pc.do("set %d phone 222", c.ID)
	res, err := board.SaveMerged(ctx, base, &mine, load, db.UpdateCitizen)
	if err != nil || !res.AutoMerged || len(res.Conflicts) != 0 {
		t.Fatalf("disjoint: %+v %v", res, err)
	}
	got, _ := load(ctx)
	if got.Phone != "222" || got.Address != "Vej 1" {
		t.Fatalf("after merge: phone %q address %q", got.Phone, got.Address)
	}

	// Same field: B and A both write the notes.
	base = got
	mine = *base
	mine.Notes = "fra A"
	pc.do("set %d notes fra B", c.ID)
	res, err = board.SaveMerged(ctx, base, &mine, load, db.UpdateCitizen)
	if e := wantCode(t, err, board.EConflict); e.By != "BB" {
		t.Fatalf("conflict by %q", e.By)
	}
	if len(res.Conflicts) != 1 || res.Conflicts[0] != "Notes" || res.Theirs.Notes != "fra B" || mine.Notes != "fra A" {
		t.Fatalf("conflict result: %+v, mine %q", res, mine.Notes)
	}
	if got, _ := load(ctx); got.Notes != "fra B" {
		t.Fatalf("the conflict overwrote their notes: %q", got.Notes)
	}
	// The person applies theirs-then-mine: both are in the history.
	if err := db.UpdateCitizen(ctx, board.MineOnTop(base, &mine, res.Theirs)); err != nil {
		t.Fatal(err)
	}
	hist, err := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCitizen, RowID: c.ID, Action: board.AuditUpdate})
	if err != nil {
		t.Fatal(err)
	}
	var trail []string
	for i := len(hist) - 1; i >= 0; i-- {
		if _, n, ok := notesChange(hist[i].Changes); ok {
			trail = append(trail, n)
		}
	}
	if strings.Join(trail, "|") != "fra B|fra A" {
		t.Fatalf("notes history %q", trail)
	}
}

// TestLockHeldBySQLiteCLI: another process (the sqlite3 shell) holds
// BEGIN EXCLUSIVE. Writes and reads wait for the busy timeout and return
// EBusy, never hang or panic, and succeed once the lock is released.
func TestLockHeldBySQLiteCLI(t *testing.T) {
	cli, err := exec.LookPath("sqlite3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 CLI missing (apt-get install -y sqlite3)")
		}
		t.Skip("sqlite3 CLI not installed")
	}
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	path := db.Path()
	db.Close()
	const busy = 300 * time.Millisecond
	db, err = Open(path, Options{Member: "AB", BusyTimeout: busy})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(cli, path)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { in.Close(); _ = cmd.Wait() }()
	fmt.Fprintln(in, "BEGIN EXCLUSIVE; SELECT 'locked';")
	sc := bufio.NewScanner(out)
	if !sc.Scan() || sc.Text() != "locked" {
		t.Fatalf("sqlite3 said %q", sc.Text())
	}

	c.Phone = "1"
	start := time.Now()
	wantCode(t, db.UpdateCitizen(ctx, c), board.EBusy)
	if waited := time.Since(start); waited < busy {
		t.Fatalf("gave up after %v, before the busy timeout", waited)
	}
	if _, err := db.FindCitizenByID(ctx, c.ID); board.ErrorCode(err) != board.EBusy {
		t.Fatalf("read under an exclusive lock: %v", err)
	}
	if _, err := db.WatchVersion(ctx); board.ErrorCode(err) != board.EBusy {
		t.Fatalf("watch under an exclusive lock: %v", err)
	}

	fmt.Fprintln(in, "ROLLBACK;")
	in.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("sqlite3: %v", err)
	}
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatalf("save after the lock was released: %v", err)
	}
	if rep, err := db.Check(ctx); err != nil || !rep.OK {
		t.Fatalf("Check = %+v %v", rep, err)
	}
}

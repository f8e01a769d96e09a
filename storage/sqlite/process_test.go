package sqlite

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// Child processes: the test binary re-executed with childEnv set. They
// print one line per outcome to stdout, after the commit, for the parent to
// check against the file.

func runChild(role string) int {
	path := os.Getenv("TAVLEN_FILE")
	if run := moreChildren[role]; run != nil {
		return run(path)
	}
	switch role {
	case "writer":
		return childWriter(path)
	case "noter":
		return childNoter(path)
	case "live":
		return childLive(path)
	}
	fmt.Fprintln(os.Stderr, "unknown child role", role)
	return 2
}

// childWriter edits the notes of the same few citizens as fast as it can
// for a while: read, pause as a person would, save. Each save prints
// "ok CITIZEN TOKEN", "conflict CITIZEN TOKEN" or "busy CITIZEN TOKEN".
func childWriter(path string) int {
	who := os.Getenv("TAVLEN_WRITER")
	dur, _ := time.ParseDuration(os.Getenv("TAVLEN_DURATION"))
	db, err := Open(path, Options{Member: "W" + who})
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 1
	}
	defer db.Close()
	ids, err := db.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "find:", err)
		return 1
	}
	rnd := rand.New(rand.NewPCG(uint64(len(who)), uint64(time.Now().UnixNano())))
	deadline := time.Now().Add(dur)
	for n := 0; time.Now().Before(deadline); n++ {
		id := ids[rnd.IntN(len(ids))].ID
		c, err := db.FindCitizenByID(ctx, id)
		if err != nil {
			fmt.Fprintln(os.Stderr, "read:", err)
			return 1
		}
		token := fmt.Sprintf("w%s-%d", who, n)
		c.Notes = token
		time.Sleep(time.Duration(rnd.IntN(1500)) * time.Microsecond)
		err = db.UpdateCitizen(ctx, c)
		switch board.ErrorCode(err) {
		case "":
			fmt.Printf("ok %d %s\n", id, token)
		case board.EConflict:
			if e := board.AsError(err); e.By == "" || e.At.IsZero() {
				fmt.Fprintln(os.Stderr, "conflict without who and when:", err)
				return 1
			}
			fmt.Printf("conflict %d %s\n", id, token)
		case board.EBusy:
			fmt.Printf("busy %d %s\n", id, token)
		default:
			fmt.Fprintln(os.Stderr, "update:", err)
			return 1
		}
	}
	return 0
}

// childNoter appends notes until killed, printing "committed ID TEXT"
// after each commit.
func childNoter(path string) int {
	db, err := Open(path, Options{Member: "K"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 1
	}
	cid, _ := strconv.ParseInt(os.Getenv("TAVLEN_CITIZEN"), 10, 64)
	for n := 0; ; n++ {
		note := &board.Note{CitizenID: cid, Text: fmt.Sprintf("k%d %s", n, strings.Repeat("x", n%3000))}
		if err := db.AddNote(ctx, note); err != nil {
			fmt.Fprintln(os.Stderr, "add:", err)
			return 1
		}
		fmt.Printf("committed %d k%d\n", note.ID, n)
	}
}

func child(t *testing.T, role, path string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), append([]string{childEnv + "=" + role, "TAVLEN_FILE=" + path}, env...)...)
	cmd.Stderr = os.Stderr
	return cmd
}

func TestConcurrentWritersLoseNoEdit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	db, _ := newTestDB(t)
	for _, name := range []string{"Bo", "Cai", "Dina"} {
		addCitizen(t, db, &board.Citizen{Name: name, Status: board.StatusActive})
	}
	path := db.Path()
	db.Close()

	const writers = 4
	type outcome struct{ kind, citizen, token string }
	results := make(chan []outcome, writers)
	for i := range writers {
		cmd := child(t, "writer", path, fmt.Sprintf("TAVLEN_WRITER=%d", i), "TAVLEN_DURATION=2s")
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			var list []outcome
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				f := strings.Fields(sc.Text())
				if len(f) == 3 {
					list = append(list, outcome{f[0], f[1], f[2]})
				}
			}
			if err := cmd.Wait(); err != nil {
				list = append(list, outcome{"failed", err.Error(), ""})
			}
			results <- list
		}()
	}
	committed := map[string]map[string]bool{} // citizen → tokens
	refused := map[string]bool{}
	counts := map[string]int{}
	for range writers {
		for _, o := range <-results {
			counts[o.kind]++
			switch o.kind {
			case "ok":
				if committed[o.citizen] == nil {
					committed[o.citizen] = map[string]bool{}
				}
				committed[o.citizen][o.token] = true
			case "conflict", "busy":
				refused[o.token] = true
			default:
				t.Fatalf("writer failed: %v", o)
			}
		}
	}
	t.Logf("outcomes: %v", counts)
	if counts["ok"] == 0 || counts["conflict"] == 0 {
		t.Fatalf("want both saves and conflicts, got %v", counts)
	}

	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep, err := db.Check(ctx)
	if err != nil || !rep.OK {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	citizens, err := db.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range citizens {
		key := strconv.FormatInt(c.ID, 10)
		hist, err := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCitizen, RowID: c.ID, Action: board.AuditUpdate})
		if err != nil {
			t.Fatal(err)
		}
		// Oldest first: every save must start from the value the save
		// before it wrote, or an edit was overwritten unseen.
		prev, seen := "", map[string]bool{}
		for i := len(hist) - 1; i >= 0; i-- {
			old, new, ok := notesChange(hist[i].Changes)
			if !ok {
				t.Fatalf("history row %d has no notes change: %q", hist[i].ID, hist[i].Changes)
			}
			if old != prev {
				t.Fatalf("citizen %d: save %q started from %q, but the stored value was %q", c.ID, new, old, prev)
			}
			if refused[new] {
				t.Fatalf("token %q was reported as a conflict but is in the file", new)
			}
			seen[new], prev = true, new
		}
		if c.Notes != prev {
			t.Fatalf("citizen %d notes = %q, last saved %q", c.ID, c.Notes, prev)
		}
		if len(seen) != len(committed[key]) {
			t.Fatalf("citizen %d: %d saves in the history, %d reported", c.ID, len(seen), len(committed[key]))
		}
		for tok := range committed[key] {
			if !seen[tok] {
				t.Fatalf("citizen %d: reported save %q is missing", c.ID, tok)
			}
		}
	}
}

// notesChange finds the "notes: old → new" line of a history row.
func notesChange(changes string) (old, new string, ok bool) {
	for _, line := range strings.Split(changes, "\n") {
		if rest, found := strings.CutPrefix(line, "notes: "); found {
			old, new, ok = strings.Cut(rest, " → ")
			return old, new, ok
		}
	}
	return "", "", false
}

func TestKilledWriterLosesNoCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Eva", Status: board.StatusActive})
	path := db.Path()
	db.Close()

	cmd := child(t, "noter", path, fmt.Sprintf("TAVLEN_CITIZEN=%d", c.ID))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := map[int64]string{}
	sc := bufio.NewScanner(out)
	deadline := time.Now().Add(3 * time.Second)
	for sc.Scan() {
		var id int64
		var text string
		if _, err := fmt.Sscanf(sc.Text(), "committed %d %s", &id, &text); err != nil {
			t.Fatalf("child said %q", sc.Text())
		}
		committed[id] = text
		if len(committed) >= 300 || time.Now().After(deadline) {
			break
		}
	}
	// SIGKILL: no deferred code, no clean close, likely mid-transaction.
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() { // lines written before the kill
		var id int64
		var text string
		if _, err := fmt.Sscanf(sc.Text(), "committed %d %s", &id, &text); err == nil {
			committed[id] = text
		}
	}
	_ = cmd.Wait()
	if len(committed) < 20 {
		t.Fatalf("only %d commits before the kill", len(committed))
	}
	t.Logf("%d commits reported; hot journal left: %v", len(committed), hasHotJournal(path))

	db, err = Open(path, Options{})
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer db.Close()
	if db.ReadOnly() || db.Corrupt() {
		t.Fatalf("after kill: read-only %v, corrupt %v", db.ReadOnly(), db.Corrupt())
	}
	rep, err := db.Check(ctx)
	if err != nil || !rep.OK {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	notes, err := db.FindNotes(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	have := map[int64]string{}
	for _, n := range notes {
		have[n.ID] = strings.Fields(n.Text)[0]
	}
	for id, text := range committed {
		if have[id] != text {
			t.Fatalf("committed note %d %q: file has %q", id, text, have[id])
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), "backups")); err == nil {
		t.Fatal("nothing should have made backups")
	}
}

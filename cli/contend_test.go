package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"tavlen/board"
	"tavlen/storage/opener"
	"tavlen/storage/sqlite"
)

// TestContendSavesOrReportsConflicts runs four ci-contend commands at once
// on one file (connections of one process here; .ci/wine runs four tavle.exe
// processes under Wine and checks them with TestContentionUnderWine).
func TestContendSavesOrReportsConflicts(t *testing.T) {
	path := demoFile(t)
	outs := make([]string, 4)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errb bytes.Buffer
			res := Run([]string{contendName, path, "--writer", strconv.Itoa(i), "--for", "1s"}, &Env{Stdout: &out, Stderr: &errb})
			if res.Code != 0 || res.OpenApp {
				t.Errorf("writer %d: %+v %s", i, res, errb.String())
			}
			outs[i] = out.String()
		}()
	}
	wg.Wait()
	checkContention(t, path, outs)
}

// TestContentionUnderWine checks what .ci/wine's four tavle.exe processes
// reported (writer-*.out) against their file (contend.tavle) in
// $TAVLEN_CONTENTION_DIR.
func TestContentionUnderWine(t *testing.T) {
	dir := os.Getenv("TAVLEN_CONTENTION_DIR")
	if dir == "" {
		t.Skip("TAVLEN_CONTENTION_DIR not set (.ci/wine sets it)")
	}
	names, err := filepath.Glob(filepath.Join(dir, "writer-*.out"))
	if err != nil || len(names) < 2 {
		t.Fatalf("want the outputs of several writers in %s, found %v (%v)", dir, names, err)
	}
	var outs []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(b))
	}
	checkContention(t, filepath.Join(dir, "contend.tavle"), outs)
}

// checkContention checks the rule of several writers on one file: every
// save reported ok is in the file's history, in an unbroken chain (each
// started from the value the one before wrote), and every save reported as
// a conflict or busy is not; and the file's integrity check passes.
func checkContention(t *testing.T, path string, outs []string) {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if rep, err := db.Check(context.Background()); err != nil || !rep.OK {
		t.Fatalf("Check = %+v, %v", rep, err)
	}
	checkContentionIn(t, db, outs)
}

// checkContentionIn checks the writers' outcomes against the history of
// the team in db.
func checkContentionIn(t *testing.T, db opener.Store, outs []string) {
	t.Helper()
	committed := map[string]map[string]bool{} // citizen → tokens
	refused := map[string]bool{}
	counts := map[string]int{}
	for _, out := range outs {
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			f := strings.Fields(line)
			if len(f) != 3 {
				t.Fatalf("writer said %q", line)
			}
			counts[f[0]]++
			switch f[0] {
			case "ok":
				if committed[f[1]] == nil {
					committed[f[1]] = map[string]bool{}
				}
				committed[f[1]][f[2]] = true
			case "conflict", "busy":
				refused[f[2]] = true
			default:
				t.Fatalf("writer said %q", line)
			}
		}
	}
	t.Logf("outcomes of %d writers: %v", len(outs), counts)
	if counts["ok"] == 0 {
		t.Fatalf("no save went through: %v", counts)
	}
	ctx := context.Background()
	if err := db.VerifyAudit(ctx); err != nil {
		t.Fatal(err)
	}
	for key, tokens := range committed {
		id, _ := strconv.ParseInt(key, 10, 64)
		c, err := db.FindCitizenByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		hist, err := db.FindAudit(ctx, board.AuditFilter{Kind: board.RecordCitizen, RowID: id, Action: board.AuditUpdate})
		if err != nil {
			t.Fatal(err)
		}
		prev, seen := "", map[string]bool{}
		first := true
		for i := len(hist) - 1; i >= 0; i-- { // oldest first
			old, new, ok := cutNotesChange(hist[i].Changes)
			if !ok {
				continue // a change made by the demo, not by a writer
			}
			if !first && old != prev {
				t.Fatalf("citizen %d: save %q started from %q, but the stored value was %q", id, new, old, prev)
			}
			if refused[new] {
				t.Fatalf("token %q was reported as refused but is in the file", new)
			}
			first, seen[new], prev = false, true, new
		}
		if c.Notes != prev {
			t.Fatalf("citizen %d notes = %q, last saved %q", id, c.Notes, prev)
		}
		for tok := range tokens {
			if !seen[tok] {
				t.Fatalf("citizen %d: reported save %q is missing from the history", id, tok)
			}
		}
		if len(seen) != len(tokens) {
			t.Fatalf("citizen %d: %d saves in the history, %d reported", id, len(seen), len(tokens))
		}
	}
}

// cutNotesChange finds the "notes: old → new" line of a history row.
func cutNotesChange(changes string) (old, new string, ok bool) {
	for _, line := range strings.Split(changes, "\n") {
		if rest, found := strings.CutPrefix(line, "notes: "); found {
			return strings.Cut(rest, " → ")
		}
	}
	return "", "", false
}

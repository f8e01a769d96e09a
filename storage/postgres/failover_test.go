package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/storage/outbox"

	"github.com/jackc/pgx/v5"
)

// TestFailover runs under .ci/failover, which starts a primary and a
// synchronous streaming standby and passes their addresses and a control
// command. A client connected with both hosts and
// target_session_attrs=read-write saves notes; the primary is stopped
// (immediately, as in a crash) mid-session; saves made while no primary
// answers are kept in the outbox; the standby is promoted; the outbox is
// replayed. Every acknowledged save and every kept edit is there, once,
// and the history chain is whole.
func TestFailover(t *testing.T) {
	primary, standby, ctl := os.Getenv("TAVLEN_FAILOVER_PRIMARY"), os.Getenv("TAVLEN_FAILOVER_STANDBY"), os.Getenv("TAVLEN_FAILOVER_CTL")
	if primary == "" || standby == "" || ctl == "" {
		t.Skip("run by .ci/failover (needs a primary and a standby)")
	}
	control := func(what string) {
		t.Helper()
		args := append(strings.Fields(ctl), what)
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v %s", what, err, out)
		}
	}
	ctx := context.Background()
	// The owner and the database, made on the primary, streamed to the standby.
	c, err := pgx.Connect(ctx, primary)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`CREATE ROLE tavlen_failover_owner LOGIN`, `CREATE DATABASE tavlen_failover OWNER tavlen_failover_owner`} {
		if _, err := c.Exec(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	c.Close(ctx)
	p, _ := url.Parse(primary)
	s, _ := url.Parse(standby)
	both := fmt.Sprintf("postgres://tavlen_failover_owner@%s,%s/tavlen_failover?sslmode=disable&target_session_attrs=read-write&connect_timeout=2&team=Failover", p.Host, s.Host)

	db, err := Create(both, "Failover", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, Options{Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cit := &board.Citizen{Name: "Bo Ærø", Status: board.StatusActive}
	if err := db.CreateCitizen(ctx, cit); err != nil {
		t.Fatal(err)
	}
	members, _ := db.FindMembers(ctx, board.MemberFilter{})
	save := func(text string) error {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		return db.AddNote(sctx, &board.Note{CitizenID: cit.ID, AuthorID: members[0].ID, Text: text})
	}
	var acknowledged []string
	for i := 1; i <= 20; i++ {
		text := fmt.Sprintf("gemt før nedbruddet %d", i)
		if err := save(text); err != nil {
			t.Fatalf("save %d before the outage: %v", i, err)
		}
		acknowledged = append(acknowledged, text)
	}

	control("stop-primary")
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.json"), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for i := 1; i <= 5; i++ {
		text := fmt.Sprintf("skrevet under nedbruddet %d", i)
		n := &board.Note{CitizenID: cit.ID, AuthorID: members[0].ID, Text: text}
		err := save(text)
		if board.ErrorCode(err) != board.EUnavailable {
			chain := ""
			for e := err; e != nil; e = errors.Unwrap(e) {
				chain += fmt.Sprintf(" %T", e)
			}
			t.Fatalf("save %d with no primary: err = %v (%s), want EUnavailable", i, err, chain)
		}
		e, err := outbox.KindNote.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := box.Add(e); err != nil {
			t.Fatal(err)
		}
		kept = append(kept, text)
	}

	control("promote")
	apply := outbox.ApplyFunc(func(ctx context.Context, e outbox.Edit) error {
		_, n, err := outbox.KindNote.Records(e)
		if err != nil {
			return err
		}
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		return db.AddNote(sctx, n)
	})
	deadline := time.Now().Add(30 * time.Second)
	for box.Len() > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d kept edits not replayed 30 s after the promotion", box.Len())
		}
		out, err := box.Replay(ctx, apply)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range out {
			if o.Err != nil && board.ErrorCode(o.Err) != board.EUnavailable && board.ErrorCode(o.Err) != board.EBusy {
				t.Fatalf("replay: %v", o.Err)
			}
		}
		if box.Len() > 0 {
			time.Sleep(200 * time.Millisecond)
		}
	}

	notes, err := db.FindNotes(ctx, cit.ID)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]int{}
	for _, n := range notes {
		have[n.Text]++
	}
	for _, text := range append(acknowledged, kept...) {
		if have[text] != 1 {
			t.Errorf("%q is there %d times after the failover, want once", text, have[text])
		}
	}
	if len(notes) != len(acknowledged)+len(kept) {
		t.Errorf("%d notes, want %d", len(notes), len(acknowledged)+len(kept))
	}
	if err := db.VerifyAudit(ctx); err != nil {
		t.Errorf("history after the failover: %v", err)
	}
	var recovery bool
	if err := db.SQL.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&recovery); err != nil || recovery {
		t.Errorf("not on the promoted standby: recovery=%v %v", recovery, err)
	}
	t.Logf("%d acknowledged saves and %d kept edits are on the new primary", len(acknowledged), len(kept))
}

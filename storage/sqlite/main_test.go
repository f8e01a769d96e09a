package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// childEnv names the role of a re-executed test binary (see process_test.go).
const childEnv = "TAVLEN_STORAGE_CHILD"

func TestMain(m *testing.M) {
	if role := os.Getenv(childEnv); role != "" {
		os.Exit(runChild(role))
	}
	code := m.Run()
	cleanBenchFiles()
	os.Exit(code)
}

// clock is an injectable time that tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

var ctx = context.Background()

// t0 is the tests' "now": Wednesday of ISO week 2026-W13, the week that
// ends with the change to summer time.
var t0 = time.Date(2026, 3, 25, 10, 0, 0, 0, calendar.Copenhagen)

// newTestDB creates a team file in a temp dir with one member, "AB".
func newTestDB(t *testing.T) (*DB, *clock) {
	t.Helper()
	clk := &clock{t: t0}
	path := filepath.Join(t.TempDir(), "team.tavle")
	db, err := Create(path, "Testteam", &board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true},
		Options{Now: clk.Now, Member: "AB"})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, clk
}

func addCitizen(t *testing.T, db *DB, c *board.Citizen) *board.Citizen {
	t.Helper()
	if err := db.CreateCitizen(ctx, c); err != nil {
		t.Fatalf("CreateCitizen: %v", err)
	}
	return c
}

func fileSHA(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path) // test files only, never open in SQLite here
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func wantCode(t *testing.T, err error, code string) *board.Error {
	t.Helper()
	if got := board.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	return board.AsError(err)
}

// at is a time in Copenhagen.
func at(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, calendar.Copenhagen)
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

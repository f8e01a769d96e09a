package storagetest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

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

// newStore makes a store with one member, "AB", on a clock at t0.
func newStore(t *testing.T, a Adapter) (Store, *clock) {
	t.Helper()
	clk := &clock{t: t0}
	return a.Create(t, clk.Now), clk
}

// openOther opens a second session on db's data, saving as member.
func openOther(t *testing.T, a Adapter, db Store, now func() time.Time, member string) (Store, error) {
	t.Helper()
	return a.Open(t, db, now, member, false)
}

func addMember(t *testing.T, db Store, name, initials string, sector board.Sector) *board.Member {
	t.Helper()
	m := &board.Member{Name: name, Initials: initials, Sector: sector, Active: true}
	if err := db.CreateMember(ctx, m); err != nil {
		t.Fatalf("CreateMember %s: %v", initials, err)
	}
	return m
}

func addCitizen(t *testing.T, db Store, c *board.Citizen) *board.Citizen {
	t.Helper()
	if err := db.CreateCitizen(ctx, c); err != nil {
		t.Fatalf("CreateCitizen: %v", err)
	}
	return c
}

func wantCode(t *testing.T, err error, code string) *board.Error {
	t.Helper()
	if got := board.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	return board.AsError(err)
}

func memberID(t *testing.T, db Store) int64 {
	t.Helper()
	list, err := db.FindMembers(ctx, board.MemberFilter{Initials: "AB"})
	if err != nil || len(list) != 1 {
		t.Fatalf("FindMembers AB: %v %v", list, err)
	}
	return list[0].ID
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// fieldsText lists a history entry's fields by domain key, one a line:
// "key: after" for a new record, "key: before" for a deleted one,
// "key: before → after" for a change; an occurrence's key is followed by
// which one.
func fieldsText(e *board.AuditEntry) string {
	var lines []string
	for _, f := range e.Fields {
		key := f.Field
		if f.Of != "" {
			key += " " + f.Of
		}
		switch e.Action {
		case board.AuditInsert:
			lines = append(lines, key+": "+f.After)
		case board.AuditDelete:
			lines = append(lines, key+": "+f.Before)
		default:
			lines = append(lines, key+": "+f.Before+" → "+f.After)
		}
	}
	return strings.Join(lines, "\n")
}

package postgres

import (
	"strings"
	"testing"

	"tavlen/board"
	"tavlen/text"
)

// TestNoServerIsSaidInTheRegionsWords: a region database nobody answers
// for is "Regionens database", not the general sentence about the team
// file on the share (which every save and the connect dialog showed).
func TestNoServerIsSaidInTheRegionsWords(t *testing.T) {
	t.Setenv("PGCONNECT_TIMEOUT", "2")
	t.Setenv("PGPASSFILE", t.TempDir()+"/none")
	_, err := Open("postgres://ml@127.0.0.1:1/tavlen?sslmode=disable&team=FACT", "", Options{})
	if board.ErrorCode(err) != board.EUnavailable {
		t.Fatalf("open with no server: %v, want unavailable", err)
	}
	said := text.For(text.Danish).Error(err)
	if !strings.Contains(said, "Regionens database kan ikke nås") || strings.Contains(said, "Teamfilen") {
		t.Errorf("said %q", said)
	}
}

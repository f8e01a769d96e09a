package postgres

import (
	"context"
	"strconv"
	"testing"
	"time"

	"tavlen/board"

	"github.com/jackc/pgx/v5"
)

// TestNotifyChannelIsTheTeamsSecret: a member of team A can read only its
// own team's channel name, and listening on a name made from team B's
// number hears nothing of B's saves.
func TestNotifyChannelIsTheTeamsSecret(t *testing.T) {
	serverAddress(t)
	b, cB, memberA := twoTeams(t)
	conn, err := pgx.Connect(ctx, memberA)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(DISTINCT channel) FROM team`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("member A sees %d channel names (%v), want its own only", n, err)
	}
	var bChannel string
	if err := b.SQL.QueryRow(`SELECT channel FROM team WHERE id = $1`, b.team).Scan(&bChannel); err != nil {
		t.Fatal(err)
	}
	for _, guess := range []string{"tavlen_team_" + strconv.FormatInt(b.team, 10), "tavlen_" + strconv.FormatInt(b.team, 10)} {
		if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{guess}.Sanitize()); err != nil {
			t.Fatal(err)
		}
	}
	if guessable := "tavlen_team_" + strconv.FormatInt(b.team, 10); bChannel == guessable {
		t.Fatalf("team B's channel is %s", bChannel)
	}
	if err := b.AddNote(ctx, &board.Note{CitizenID: cB.ID, Text: "Ny note"}); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	if note, err := conn.WaitForNotification(wctx); err == nil {
		t.Fatalf("member A heard team B's save on %s", note.Channel)
	}
}

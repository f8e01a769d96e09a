package postgres

import "testing"

func TestSplitTeam(t *testing.T) {
	for _, c := range []struct{ in, conn, team string }{
		{"postgres://ab@db.region.dk/tavlen?team=FACT+Vest&sslmode=require", "postgres://ab@db.region.dk/tavlen?sslmode=require", "FACT Vest"},
		{"postgres://ab@a:5432,b:5432/tavlen?target_session_attrs=read-write&team=Nord", "postgres://ab@a:5432,b:5432/tavlen?target_session_attrs=read-write", "Nord"},
		{"postgres://?team=FACT%20%C3%98st", "postgres://", "FACT Øst"},
		{"postgresql:///tavlen", "postgresql:///tavlen", ""},
		{"host=a,b dbname=tavlen team='FACT Vest' target_session_attrs=read-write", "host=a,b dbname=tavlen target_session_attrs=read-write", "FACT Vest"},
		{"host=a team=Nord", "host=a", "Nord"},
		{"host=a steam=x", "host=a steam=x", ""},
	} {
		conn, team := SplitTeam(c.in)
		if conn != c.conn || team != c.team {
			t.Errorf("SplitTeam(%q) = %q, %q; want %q, %q", c.in, conn, team, c.conn, c.team)
		}
		if c.team != "" {
			if _, back := SplitTeam(WithTeam(conn, c.team)); back != c.team {
				t.Errorf("WithTeam(%q, %q) loses the team: %q", conn, c.team, WithTeam(conn, c.team))
			}
		}
	}
}

func TestAddress(t *testing.T) {
	for _, c := range []struct{ host, db, user, team, want string }{
		{"db.region.dk", "tavlen", "ab", "FACT Vest", "postgres://ab@db.region.dk/tavlen?team=FACT+Vest"},
		{"a:5432, b:5433", "tavlen", "", "Nord", "postgres://a:5432,b:5433/tavlen?target_session_attrs=read-write&team=Nord"},
		{"", "", "", "Nord", "postgres://?team=Nord"},
	} {
		if got := Address(c.host, c.db, c.user, c.team); got != c.want {
			t.Errorf("Address(%q, %q, %q, %q) = %q, want %q", c.host, c.db, c.user, c.team, got, c.want)
		}
	}
}

func TestRedactKeepsTeamDropsPassword(t *testing.T) {
	if got := redact("postgres://ab:hemmelig@db/tavlen?team=Nord"); got != "postgres://ab@db/tavlen?team=Nord" {
		t.Errorf("redact = %q", got)
	}
}

package app

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tavlen/app/kit"
	"tavlen/board"
	"tavlen/storage/postgres"
	"tavlen/storage/postgres/pgtest"
)

func newBareUI(t *testing.T) (*UI, fyne.App) {
	// Fyne's test app keeps its storage (the demo file's folder) in
	// os.TempDir(): a private one, so test processes never share a file.
	t.Setenv("TMPDIR", t.TempDir())
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langDanish)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1400, 900))
	u := newUI(a, w, Config{Now: func() time.Time { return testNow }})
	t.Cleanup(u.closeStore)
	return u, a
}

func TestFirstRunDemoAndWhoAreYou(t *testing.T) {
	u, a := newBareUI(t)
	u.showFirstRun("")
	text := textsIn(u.win.Content())
	for _, want := range []string{"Velkommen til Tavlen", "Åbn teamfil…", "Opret ny teamfil…", "Prøv med demodata"} {
		if !strings.Contains(text, want) {
			t.Errorf("first-run screen lacks %q", want)
		}
	}
	capture(t, u, "firstrun")
	test.Tap(buttonIn(u.win.Content(), "Prøv med demodata"))
	if u.store == nil {
		t.Fatal("demo file not opened")
	}
	if _, err := os.Stat(u.demoPath()); err != nil {
		t.Errorf("demo file not in the data folder: %v", err)
	}
	if !strings.Contains(textsIn(u.win.Content()), "Hvem er du?") {
		t.Fatal("no who-are-you screen")
	}
	capture(t, u, "who")
	m := u.activeMembers()[3]
	test.Tap(buttonIn(u.win.Content(), m.Initials+" — "+m.Name+" ("+kit.SectorLabel(m.Sector)+")"))
	if u.me == nil || u.me.ID != m.ID || u.board == nil {
		t.Fatal("picking a member did not open the board")
	}
	if a.Preferences().String(prefLastFile) != u.demoPath() {
		t.Error("last file not remembered")
	}

	// Next start reopens the file and remembers who works here.
	path := u.store.Path()
	u.closeStore()
	u2 := newUI(a, test.NewTempWindow(t, nil), Config{Now: func() time.Time { return testNow }})
	u2.openPath(a.Preferences().String(prefLastFile))
	defer u2.closeStore()
	if u2.store == nil || u2.store.Path() != path || u2.me == nil || u2.me.ID != m.ID || u2.board == nil {
		t.Fatal("last file and member not restored")
	}
}

func TestCreateTeamFile(t *testing.T) {
	u, _ := newBareUI(t)
	f := u.newTeamForm()
	if m, problem := f.member(); m != nil || problem != "Giv teamet et navn." {
		t.Errorf("empty form: %v %q", m, problem)
	}
	f.team.SetText("FACT Nord")
	f.name.SetText("Sanne Holm")
	f.initials.SetText("sh")
	f.sector.SetSelected(kit.SectorLabel(board.SectorKommune))
	m, problem := f.member()
	if m == nil {
		t.Fatalf("problem %q", problem)
	}
	path := t.TempDir() + "/nord.tavle"
	if err := u.createTeam(path, f.team.Text, m); err != nil {
		t.Fatal(err)
	}
	if u.me == nil || u.me.Initials != "SH" || u.board == nil {
		t.Fatal("new team did not open on the board as its first member")
	}
	if u.team == nil || u.team.Name != "FACT Nord" {
		t.Errorf("team = %+v", u.team)
	}
	if err := u.createTeam(path, "Igen", m); err == nil {
		t.Error("made a team file over an existing one")
	}
}

func TestOpenBadFileExplains(t *testing.T) {
	u, _ := newBareUI(t)
	path := t.TempDir() + "/not-a-team.tavle"
	os.WriteFile(path, []byte("hello, this is not sqlite at all, just text that is long enough"), 0o644)
	u.openPath(path)
	if u.store != nil {
		t.Fatal("opened a foreign file")
	}
	text := textsIn(u.win.Content())
	if !strings.Contains(text, "Velkommen til Tavlen") {
		t.Error("not back on the first-run screen")
	}
	if !strings.Contains(text, "teamfil") {
		t.Errorf("no explanation shown: %s", text)
	}
}

// TestConnectToRegionDatabase: the first-run screen connects to a team in
// the region's database as a member role the server asks a password of.
// The password is asked for in a dialog (a wrong one is said there), is
// never written to the preferences, and the next start reopens the stored
// address, asking for the password again (or taking it from pgpass).
func TestConnectToRegionDatabase(t *testing.T) {
	const password = "hemmelig-42"
	role := pgtest.PasswordRole(t, password)
	dbName := pgtest.NewDatabase(t)
	owner, err := postgres.Create(postgres.WithTeam(pgtest.As(t, pgtest.Owner(t), dbName), "FACT Syd"), "FACT Syd",
		&board.Member{Name: "Anne Bech", Initials: "AB", Sector: board.SectorRegion, Active: true}, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := owner.AddMemberRole(context.Background(), role); err != nil {
		t.Fatal(err)
	}
	owner.Close()
	server, _ := url.Parse(pgtest.ServerAddress(t))
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "no-pgpass"))
	t.Setenv("PGSSLMODE", "disable")

	u, a := newBareUI(t)
	u.showFirstRun("")
	connect := buttonIn(u.win.Content(), "Forbind til regionens database…")
	if connect == nil {
		t.Fatal("no region choice on the first-run screen")
	}
	test.Tap(connect)
	entries := entriesIn(topOverlay(u))
	if len(entries) != 4 {
		t.Fatalf("%d entries in the connect dialog, want server, database, user, team", len(entries))
	}
	capture(t, u, "firstrun-region")
	entries[0].SetText(server.Host)
	entries[1].SetText(dbName)
	entries[2].SetText(role)
	entries[3].SetText("FACT Syd")
	test.Tap(buttonIn(topOverlay(u), "Forbind"))
	pw := passwordEntryIn(topOverlay(u))
	if pw == nil {
		t.Fatalf("no password asked for: %s", textsIn(topOverlay(u)))
	}
	test.Type(pw, "forkert")
	test.Tap(buttonIn(topOverlay(u), "Forbind"))
	if u.store != nil || !strings.Contains(textsIn(topOverlay(u)), "godkendte ikke") {
		t.Fatalf("wrong password: store %v, dialog %s", u.store, textsIn(topOverlay(u)))
	}
	pw.SetText(password)
	test.Tap(buttonIn(topOverlay(u), "Forbind"))
	if u.store == nil || !strings.Contains(textsIn(u.win.Content()), "Hvem er du?") {
		t.Fatal("the team in the region database did not open")
	}
	test.Tap(buttonIn(u.win.Content(), "AB — Anne Bech ("+kit.SectorLabel(board.SectorRegion)+")"))
	last := a.Preferences().String(prefLastFile)
	if !strings.Contains(last, role+"@") || !strings.Contains(last, "team=FACT+Syd") {
		t.Errorf("last address %q", last)
	}
	a.Preferences().(interface{ ReadValues(func(map[string]any)) }).ReadValues(func(m map[string]any) {
		for k, v := range m {
			if strings.Contains(k, password) || strings.Contains(fmt.Sprint(v), password) {
				t.Errorf("the preferences hold the password: %s = %v", k, v)
			}
		}
	})
	u.closeStore()

	// Next start: the stored address, the password asked for again.
	u2 := newUI(a, test.NewTempWindow(t, nil), Config{Now: func() time.Time { return testNow }})
	defer u2.closeStore()
	u2.openPath(last)
	pw = passwordEntryIn(topOverlay(u2))
	if pw == nil {
		t.Fatal("reopening did not ask for the password")
	}
	pw.SetText(password)
	test.Tap(buttonIn(topOverlay(u2), "Forbind"))
	if u2.store == nil || u2.me == nil || u2.me.Initials != "AB" || u2.board == nil {
		t.Fatal("reopening the region team did not reach the board as AB")
	}
	u2.closeStore()

	// With the password in pgpass nothing is asked.
	pgpass := filepath.Join(t.TempDir(), "pgpass")
	os.WriteFile(pgpass, []byte("*:*:*:"+role+":"+password+"\n"), 0o600)
	t.Setenv("PGPASSFILE", pgpass)
	u3 := newUI(a, test.NewTempWindow(t, nil), Config{Now: func() time.Time { return testNow }})
	defer u3.closeStore()
	u3.openPath(last)
	if u3.store == nil || u3.board == nil {
		t.Fatal("pgpass did not open the team")
	}
}

func passwordEntryIn(o fyne.CanvasObject) *widget.Entry {
	if o == nil {
		return nil
	}
	for _, x := range objectsIn(o) {
		if e, ok := x.(*widget.Entry); ok && e.Password {
			return e
		}
	}
	return nil
}

// TestConnectToRegionThatDoesNotAnswer: a server that does not answer is
// said as such, naming it, with what was typed kept — not the team file's
// "save again" sentence.
func TestConnectToRegionThatDoesNotAnswer(t *testing.T) {
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "no-pgpass"))
	t.Setenv("PGCONNECT_TIMEOUT", "2")
	u, _ := newBareUI(t)
	u.showFirstRun("")
	test.Tap(buttonIn(u.win.Content(), "Forbind til regionens database…"))
	entries := entriesIn(topOverlay(u))
	entries[0].SetText("127.0.0.1:1")
	entries[2].SetText("ml")
	entries[3].SetText("FACT Vest")
	test.Tap(buttonIn(topOverlay(u), "Forbind"))
	texts := textsIn(topOverlay(u))
	if u.store != nil || !strings.Contains(texts, "Regionens database på 127.0.0.1:1 svarer ikke") || strings.Contains(texts, "Teamfilen") {
		t.Errorf("store %v, dialog:\n%s", u.store, texts)
	}
	if entries[2].Text != "ml" || entries[3].Text != "FACT Vest" {
		t.Error("what was typed is gone")
	}
}

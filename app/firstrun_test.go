package app

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tavlen/app/kit"
	"tavlen/board"
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

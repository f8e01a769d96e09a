package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tavlen/board"
	"tavlen/storage/sqlite"
)

// The tests drive live sharing by hand: no watcher, beat or retry
// goroutines (fyne's test driver would run their fyne.Do calls on them).
func init() { liveInBackground = false }

// otherPC opens the test UI's file as another PC where SØ works.
func otherPC(t *testing.T, u *UI) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(u.store.Path(), sqlite.Options{Member: "SØ", Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// saveOther lets the other PC change citizen id.
func saveOther(t *testing.T, db *sqlite.DB, id int64, edit func(*board.Citizen)) {
	t.Helper()
	c, err := db.FindCitizenByID(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	edit(c)
	if err := db.UpdateCitizen(context.Background(), c); err != nil {
		t.Fatal(err)
	}
}

func TestLiveReloadsBoardKeepingSelection(t *testing.T) {
	u := newTestUI(t)
	if u.live == nil {
		t.Fatal("live sharing did not start")
	}
	c := firstOnBoard(t, u)
	v := u.board
	for i, l := range v.lines {
		if !l.heading() && l.row.Citizen.ID == c.ID {
			v.selectLine(i)
		}
	}
	other := otherPC(t, u)
	saveOther(t, other, c.ID, func(c *board.Citizen) { c.BoardReason = "Indlagt igen" })
	u.live.onChange()
	sel := v.selectedCitizen()
	if sel == nil || sel.ID != c.ID || sel.BoardReason != "Indlagt igen" {
		t.Fatalf("after reload: selected %+v", sel)
	}
	if s := u.live.status.Text; !strings.Contains(s, "Opdateret fra filen kl. 10:00:00") {
		t.Fatalf("status line %q", s)
	}
}

func TestLiveBannerAndMergeWhileEditing(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	r.Overview.Phone.SetText("11223344")
	other := otherPC(t, u)
	saveOther(t, other, r.C.ID, func(c *board.Citizen) { c.Notes = "fra SØ" })
	u.live.onChange()
	if !r.LiveNote.Visible() || r.LiveNote.Text != "Ændret af SØ kl. 10:00" {
		t.Fatalf("banner %q visible %v", r.LiveNote.Text, r.LiveNote.Visible())
	}
	if r.Overview.Phone.Text != "11223344" || !r.Overview.Dirty() {
		t.Fatal("the form being edited was disturbed")
	}
	// Different fields: saved together, no question.
	if !r.Overview.Save() {
		t.Fatalf("save: %q", r.Overview.Problem.Text)
	}
	if topOverlay(u) != nil {
		t.Fatal("a dialog asked about disjoint changes")
	}
	got, _ := u.store.FindCitizenByID(u.ctx, r.C.ID)
	if got.Phone != "11223344" || got.Notes != "fra SØ" {
		t.Fatalf("stored phone %q notes %q", got.Phone, got.Notes)
	}
	if !strings.Contains(r.Overview.Problem.Text, "SØ") {
		t.Fatalf("merge message %q", r.Overview.Problem.Text)
	}
}

func TestLiveConflictDialog(t *testing.T) {
	for _, choice := range []string{"Gem mine ovenpå", "Behold deres"} {
		t.Run(choice, func(t *testing.T) {
			u := newTestUI(t)
			r := openRecord(t, u)
			r.Overview.Notes.SetText("fra mig")
			r.Overview.Phone.SetText("55667788")
			other := otherPC(t, u)
			saveOther(t, other, r.C.ID, func(c *board.Citizen) { c.Notes = "fra SØ" })
			if r.Overview.Save() {
				t.Fatal("a conflicting save went through without a question")
			}
			d := topOverlay(u)
			if d == nil {
				t.Fatal("no conflict dialog")
			}
			texts := textsIn(d)
			for _, want := range []string{"fra SØ", "fra mig", "Behold deres", "Gem mine ovenpå", "Interne noter"} {
				if !strings.Contains(texts, want) {
					t.Fatalf("dialog lacks %q:\n%s", want, texts)
				}
			}
			test.Tap(buttonIn(d, choice))
			got, _ := u.store.FindCitizenByID(u.ctx, r.C.ID)
			wantNotes, wantPhone := "fra mig", "55667788"
			if choice == "Behold deres" {
				wantNotes, wantPhone = "fra SØ", got.Phone
			}
			if got.Notes != wantNotes || got.Phone != wantPhone {
				t.Fatalf("stored notes %q phone %q", got.Notes, got.Phone)
			}
			if r.Overview.Notes.Text != wantNotes || r.Overview.Dirty() {
				t.Fatalf("form shows %q, dirty %v", r.Overview.Notes.Text, r.Overview.Dirty())
			}
		})
	}
}

func TestLiveOutboxWhenFileGone(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", cache)
	u := newTestUI(t)
	if u.live.box == nil {
		t.Fatal("no outbox")
	}
	r := openRecord(t, u)
	dir := filepath.Dir(u.store.Path())
	if err := os.Rename(dir, dir+"-away"); err != nil {
		t.Fatal(err)
	}
	r.Overview.Phone.SetText("99887766")
	if !r.Overview.Save() {
		t.Fatalf("save while gone: %q", r.Overview.Problem.Text)
	}
	if !strings.Contains(r.Overview.Problem.Text, "gemt på denne pc") {
		t.Fatalf("message %q", r.Overview.Problem.Text)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "Tavlen", "outbox", "*.json"))
	if len(files) != 1 {
		t.Fatalf("outbox files %v", files)
	}
	if info, _ := os.Stat(files[0]); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("outbox mode %v", info.Mode().Perm())
	}
	u.live.beat(u.ctx)
	if !strings.Contains(strings.Join(u.live.bannerTexts(), "\n"), "kan ikke nås") {
		t.Fatalf("banners %q", u.live.bannerTexts())
	}
	if err := os.Rename(dir+"-away", dir); err != nil {
		t.Fatal(err)
	}
	u.live.retryNow()
	got, _ := u.store.FindCitizenByID(u.ctx, r.C.ID)
	if got.Phone != "99887766" {
		t.Fatalf("replayed phone %q", got.Phone)
	}
	if _, err := os.Stat(files[0]); !os.IsNotExist(err) {
		t.Fatal("the outbox file stays after replay")
	}
}

func TestLivePresence(t *testing.T) {
	u := newTestUI(t)
	c := firstOnBoard(t, u)
	other := otherPC(t, u)
	if err := other.Beat(context.Background(), &board.RecordRef{Kind: board.RecordCitizen, ID: c.ID}); err != nil {
		t.Fatal(err)
	}
	u.live.beat(u.ctx)
	host, _ := os.Hostname()
	if s := u.live.status.Text; !strings.Contains(s, "Også åben: SØ ("+host+")") {
		t.Fatalf("status line %q", s)
	}
	for i, l := range u.board.lines {
		if l.heading() || l.row.Citizen.ID != c.ID {
			continue
		}
		for _, it := range u.board.cellSpec(i, colName).Items {
			for _, ch := range it.Chips {
				if ch.Text == "✎ SØ" {
					return
				}
			}
		}
	}
	t.Fatal("no editing chip on the board row")
}

func TestLiveReadOnlyBanner(t *testing.T) {
	u := newTestUI(t)
	r := openRecord(t, u)
	path := u.store.Path()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	r.Overview.Phone.SetText("1")
	if r.Overview.Save() {
		t.Fatal("saved to a read-only file")
	}
	if !u.store.ReadOnly() || !strings.Contains(strings.Join(u.live.bannerTexts(), "\n"), "kun læses") {
		t.Fatalf("read-only %v, banners %q", u.store.ReadOnly(), u.live.bannerTexts())
	}
	if !strings.Contains(u.title.Text, "kun læseadgang") {
		t.Fatalf("header %q", u.title.Text)
	}
}

func TestLiveSyncedFolderBanner(t *testing.T) {
	u := newTestUI(t)
	u.live.synced = "Dropbox"
	u.live.show()
	if !strings.Contains(strings.Join(u.live.bannerTexts(), "\n"), "Dropbox") {
		t.Fatalf("banners %q", u.live.bannerTexts())
	}
}

// BenchmarkChangeToReload: another PC saved a citizen of the demo team;
// read what changed and reload the board model and grid (what onChange
// does once the watcher has seen it). Target: under 50 ms.
func BenchmarkChangeToReload(b *testing.B) {
	u := newTestUI(b)
	other, err := sqlite.Open(u.store.Path(), sqlite.Options{Member: "SØ", Now: func() time.Time { return testNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer other.Close()
	c := firstOnBoard(b, u)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		stored, err := other.FindCitizenByID(ctx, c.ID)
		if err != nil {
			b.Fatal(err)
		}
		stored.BoardReason = fmt.Sprint("grund ", i)
		if err := other.UpdateCitizen(ctx, stored); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		u.live.onChange()
	}
	b.StopTimer()
	for _, r := range u.board.wb.Rows {
		if r.Citizen.ID == c.ID && !strings.HasPrefix(r.Citizen.BoardReason, "grund ") {
			b.Fatalf("board not reloaded: %q", r.Citizen.BoardReason)
		}
	}
}

// TestLiveBannerGoesAfterOwnSaveOnTop: "Ændret af SØ" goes once this PC
// saved its own version on top (conflict dialog) or merged with it; after
// keeping theirs it goes too when my other changes were saved on top, and
// stays when nothing of mine was, for it is their version that shows.
func TestLiveBannerGoesAfterOwnSaveOnTop(t *testing.T) {
	for _, tc := range []struct {
		name, choice string
		phone        bool // I also changed a field they did not
		wantBanner   bool
	}{
		{"mine on top", "Gem mine ovenpå", true, false},
		{"theirs, mine elsewhere", "Behold deres", true, false},
		{"theirs only", "Behold deres", false, true},
		{"merged", "", true, false},
	} {
		choice, wantBanner := tc.choice, tc.wantBanner
		t.Run(tc.name, func(t *testing.T) {
			u := newTestUI(t)
			r := openRecord(t, u)
			if tc.phone {
				r.Overview.Phone.SetText("55667788")
			}
			if choice != "" {
				r.Overview.Notes.SetText("fra mig")
			}
			other := otherPC(t, u)
			saveOther(t, other, r.C.ID, func(c *board.Citizen) { c.Notes = "fra SØ" })
			u.live.onChange()
			if !r.LiveNote.Visible() {
				t.Fatal("no banner about SØ's change")
			}
			saved := r.Overview.Save()
			if choice != "" {
				d := topOverlay(u)
				if d == nil {
					t.Fatal("no conflict dialog")
				}
				test.Tap(buttonIn(d, choice))
			} else if !saved {
				t.Fatalf("merge save: %q", r.Overview.Problem.Text)
			}
			if r.LiveNote.Visible() != wantBanner {
				t.Errorf("banner %q visible %v, want %v", r.LiveNote.Text, r.LiveNote.Visible(), wantBanner)
			}
		})
	}
}

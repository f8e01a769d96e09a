package sqlite

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"tavlen/board"
)

func hasReloadAll(changes []board.Change) bool {
	for _, c := range changes {
		if c.ReloadsAll() {
			return true
		}
	}
	return false
}

// TestChangeByAnotherProgramShows: the sqlite3 shell changes a citizen's
// name. Tavlen's change log knows nothing of it, yet the watcher's version
// moves and the change notice says to reload everything.
func TestChangeByAnotherProgramShows(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	v0, err := db.WatchVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen, _ := db.ChangeSeq(ctx)

	// A presence beat of another Tavlen is no change to show.
	other, err := Open(db.Path(), Options{Member: "CD"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.Beat(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if v, _ := db.WatchVersion(ctx); v != v0 {
		t.Fatal("a presence beat looked like a change")
	}

	if out, err := exec.Command(cli, db.Path(), "UPDATE citizens SET name = 'Ændret udefra'").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %s %v", out, err)
	}
	v1, err := db.WatchVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v0 {
		t.Fatal("the watcher's version did not move after another program's change")
	}
	changes, err := db.ChangesSince(ctx, seen)
	if err != nil {
		t.Fatal(err)
	}
	if !hasReloadAll(changes) {
		t.Fatalf("no reload-everything notice: %+v", changes)
	}
	if got, _ := db.FindCitizenByID(ctx, c.ID); got.Name != "Ændret udefra" {
		t.Fatalf("read %q", got.Name)
	}
	// Told once: the next look reports nothing new.
	if v2, _ := db.WatchVersion(ctx); v2 != v1 {
		t.Fatal("the version moves without a change")
	}
	if changes, _ := db.ChangesSince(ctx, changes[len(changes)-1].Seq); len(changes) != 0 {
		t.Fatalf("told again: %+v", changes)
	}
}

// TestForeignChangeThenTavlenSaveStillShows: another program changes the
// file and another Tavlen saves right after, before this PC looks. The
// save notices the foreign commit before it and logs a reload-everything
// notice for every PC.
func TestForeignChangeThenTavlenSaveStillShows(t *testing.T) {
	cli := sqlite3CLI(t)
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	if _, err := db.WatchVersion(ctx); err != nil {
		t.Fatal(err)
	}
	seen, _ := db.ChangeSeq(ctx)
	if out, err := exec.Command(cli, db.Path(), "UPDATE citizens SET name = 'Ændret udefra'").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %s %v", out, err)
	}
	other, err := Open(db.Path(), Options{Member: "CD"})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	m := &board.Member{Name: "Carl Dam", Initials: "CD", Sector: board.SectorRegion, Active: true}
	if err := other.CreateMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	changes, err := db.ChangesSince(ctx, seen)
	if err != nil {
		t.Fatal(err)
	}
	if !hasReloadAll(changes) {
		t.Fatalf("the foreign change of citizen %d is lost: %+v", c.ID, changes)
	}
}

// TestReplacedFileIsReopened: a backup is put in place of the open file
// (a new file at the path, as another PC's restore does). The open DB
// reads the new file by itself and says to reload everything; saves go to
// the new file.
func TestReplacedFileIsReopened(t *testing.T) {
	db, _ := newTestDB(t)
	c := addCitizen(t, db, &board.Citizen{Name: "I backuppen", Status: board.StatusActive})
	backup, err := db.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = "Efter backuppen"
	if err := db.UpdateCitizen(ctx, c); err != nil {
		t.Fatal(err)
	}
	v0, _ := db.WatchVersion(ctx)
	seen, _ := db.ChangeSeq(ctx)

	part := filepath.Join(filepath.Dir(db.Path()), ".restore")
	if err := copyFile(backup, part); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(db.Path(), db.Path()+"-old"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(part, db.Path()); err != nil {
		t.Fatal(err)
	}

	v1, err := db.WatchVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 == v0 {
		t.Fatal("the watcher did not notice the replaced file")
	}
	changes, err := db.ChangesSince(ctx, seen)
	if err != nil || !hasReloadAll(changes) {
		t.Fatalf("no reload-everything notice: %+v %v", changes, err)
	}
	got, err := db.FindCitizenByID(ctx, c.ID)
	if err != nil || got.Name != "I backuppen" {
		t.Fatalf("read %+v %v, want the restored file's row", got, err)
	}
	got.Phone = "11223344"
	if err := db.UpdateCitizen(ctx, got); err != nil {
		t.Fatalf("save to the new file: %v", err)
	}
	fresh, err := Open(db.Path(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if g, _ := fresh.FindCitizenByID(ctx, c.ID); g.Phone != "11223344" {
		t.Fatal("the save went to the replaced file, not the one at the path")
	}
}

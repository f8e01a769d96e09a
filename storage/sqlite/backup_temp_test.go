package sqlite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tavlen/board"
)

// TestBackupNeverMakesTheVanishedFolder: the share went away while the
// file was open. The backup fails, and it must not make the team file's
// folder again (that would hide the real share when it comes back).
func TestBackupNeverMakesTheVanishedFolder(t *testing.T) {
	db, _ := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	dir := filepath.Dir(db.Path())
	if err := os.Rename(dir, dir+"-away"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Rename(dir+"-away", dir) })
	if _, err := db.EnsureDailyBackup(ctx); err == nil {
		t.Error("a backup was made of a file whose folder is gone")
	}
	if _, err := db.Backup(ctx); err == nil {
		t.Error("a manual backup was made of a file whose folder is gone")
	}
	if _, err := os.Stat(dir); err == nil {
		t.Fatal("the backup made the vanished folder again")
	}
}

// TestKilledBackupLeavesNoCopyInTemp: `tavle backup` killed by SIGKILL in
// the middle of its copy must leave no copy of the team's data in the
// system temp folder; the half copy lies beside the backups on the share,
// and the next backup removes it.
func TestKilledBackupLeavesNoCopyInTemp(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	db, _ := newTestDB(t)
	path := db.Path()
	db.Close()
	// Enough data that a copy takes a while.
	rawExec(t, path, "CREATE TABLE ballast (b BLOB)",
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 15000) INSERT INTO ballast SELECT randomblob(1000) FROM n")
	tmp := t.TempDir()
	backups := BackupDir(path)

	cmd := child(t, "backup", path, "TMPDIR="+tmp)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	partial := func() bool {
		for _, d := range []string{tmp, backups} {
			entries, _ := os.ReadDir(d)
			for _, e := range entries {
				if !backupName.MatchString(e.Name()) {
					return true
				}
			}
			// The old code's own temp folders.
			if m, _ := filepath.Glob(filepath.Join(d, "tavle-backup-*", "*")); len(m) > 0 {
				return true
			}
		}
		return false
	}
	deadline := time.Now().Add(20 * time.Second)
	for !partial() {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("never saw a backup under way")
		}
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // well inside the copy
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	var inTemp []string
	filepath.Walk(tmp, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			inTemp = append(inTemp, p)
		}
		return nil
	})
	if len(inTemp) > 0 {
		t.Fatalf("the killed backup left copies in the temp folder: %v", inTemp)
	}

	// The next run (later than any backup still under way on another PC)
	// removes the leftover.
	leftovers := func() []string {
		var out []string
		entries, _ := os.ReadDir(backups)
		for _, e := range entries {
			if !backupName.MatchString(e.Name()) {
				out = append(out, e.Name())
			}
		}
		return out
	}
	t.Logf("left beside the backups: %v", leftovers())
	old := time.Now().Add(-time.Hour)
	for _, name := range leftovers() {
		os.Chtimes(filepath.Join(backups, name), old, old)
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Backup(ctx); err != nil {
		t.Fatal(err)
	}
	if l := leftovers(); len(l) > 0 {
		t.Fatalf("leftovers beside the backups: %s", strings.Join(l, ", "))
	}
}

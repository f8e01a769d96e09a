package sqlite

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"
)

// sqlite3CLI returns the path of the real sqlite3 shell, or skips (fails
// on CI) when it is missing.
func sqlite3CLI(t *testing.T) string {
	t.Helper()
	cli, err := exec.LookPath("sqlite3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 CLI missing (apt-get install -y sqlite3)")
		}
		t.Skip("sqlite3 CLI not installed")
	}
	return cli
}

// leaveHotJournal makes the sqlite3 shell start a write transaction on
// path, change rows with sql, and die by SIGKILL before it commits: a PC
// that died mid-save. A hot journal is left beside the file.
func leaveHotJournal(t *testing.T, path, sql string) {
	t.Helper()
	cmd := exec.Command(sqlite3CLI(t), path)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A tiny page cache makes the shell spill changed pages into the file
	// itself, so the file really needs the rollback.
	fmt.Fprintf(in, "PRAGMA cache_size=1; BEGIN IMMEDIATE; %s; SELECT 'mid-save';\n", sql)
	sc := bufio.NewScanner(out)
	if !sc.Scan() || sc.Text() != "mid-save" {
		t.Fatalf("sqlite3 said %q", sc.Text())
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	time.Sleep(10 * time.Millisecond)
	if !hasHotJournal(path) {
		t.Fatal("no hot journal left beside the file")
	}
}

// moreChildren are child roles of the newer process tests, by name.
var moreChildren = map[string]func(path string) int{
	"backup": childBackup,
}

// childBackup makes backups of the file until killed, printing "backup"
// before each.
func childBackup(path string) int {
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		return 1
	}
	for {
		fmt.Println("backup")
		if _, err := db.Backup(ctx); err != nil {
			fmt.Fprintln(os.Stderr, "backup:", err)
			return 1
		}
	}
}

package cli

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestCommandsAfterACrash: a PC died mid-save (the sqlite3 shell, killed
// inside its write transaction), leaving a hot journal. check, citizens,
// members and backup work on the file, not blaming it for being read-only.
func TestCommandsAfterACrash(t *testing.T) {
	shell, err := exec.LookPath("sqlite3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("sqlite3 CLI missing")
		}
		t.Skip("sqlite3 CLI not installed")
	}
	path := demoFile(t)
	cmd := exec.Command(shell, path)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(in, "PRAGMA cache_size=1; BEGIN IMMEDIATE; UPDATE citizens SET notes = hex(randomblob(2000)); SELECT 'mid-save';")
	if sc := bufio.NewScanner(out); !sc.Scan() || sc.Text() != "mid-save" {
		t.Fatalf("sqlite3 said %q", sc.Text())
	}
	cmd.Process.Kill()
	_ = cmd.Wait()
	if info, err := os.Stat(path + "-journal"); err != nil || info.Size() == 0 {
		t.Fatal("no hot journal")
	}
	for _, c := range []string{"check", "citizens", "members", "backup"} {
		stdout, errs, code := run(t, c, path)
		if code != 0 || strings.Contains(errs, "read-only") {
			t.Fatalf("%s after a crash: %d %s %s", c, code, stdout, errs)
		}
	}
}

package watch

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fileVersion reads the number written in the file: a stand-in for PRAGMA
// data_version that another writer moves.
func fileVersion(path string) VersionFunc {
	return func(context.Context) (int64, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		return strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	}
}

func writeVersion(t *testing.T, path string, v int) {
	t.Helper()
	// Write beside and rename, like a save that replaces the file.
	tmp := path + "-journal"
	if err := os.WriteFile(tmp, []byte(strconv.Itoa(v)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func waitChange(t *testing.T, w *Watcher, within time.Duration) Change {
	t.Helper()
	select {
	case c := <-w.Changes():
		return c
	case <-time.After(within):
		t.Fatalf("no change seen within %v", within)
	}
	return Change{}
}

func TestWatcherSeesChanges(t *testing.T) {
	for _, tc := range []struct {
		name   string
		opt    Options
		within time.Duration
	}{
		// fsnotify: seen within the debounce, long before a poll.
		{"fsnotify", Options{Focused: time.Hour, Background: time.Hour}, time.Second},
		// Poll only, as on a network share.
		{"poll only", Options{NoFSNotify: true, Focused: 300 * time.Millisecond}, 2 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "team.tavle")
			writeVersion(t, path, 1)
			w, err := Start(path, fileVersion(path), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if w.UsesFSNotify() == tc.opt.NoFSNotify {
				t.Fatalf("UsesFSNotify = %v", w.UsesFSNotify())
			}
			writeVersion(t, path, 2)
			if c := waitChange(t, w, tc.within); c.Version != 2 {
				t.Errorf("version %d, want 2", c.Version)
			}
			// A burst of saves gives the newest, not a backlog.
			for v := 3; v <= 6; v++ {
				writeVersion(t, path, v)
			}
			deadline := time.After(tc.within + time.Second)
			for {
				select {
				case c := <-w.Changes():
					if c.Version == 6 {
						return
					}
				case <-deadline:
					t.Fatal("never saw version 6")
				}
			}
		})
	}
}

func TestWatcherIgnoresTouchWithoutNewVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "team.tavle")
	writeVersion(t, path, 1)
	w, err := Start(path, fileVersion(path), Options{Focused: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	writeVersion(t, path, 1) // same version: a reader's journal, say
	select {
	case c := <-w.Changes():
		t.Fatalf("reported %+v without a new version", c)
	case <-time.After(500 * time.Millisecond):
	}
}

func TestWatcherReportsVanishedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "team.tavle")
	writeVersion(t, path, 1)
	w, err := Start(path, fileVersion(path), Options{NoFSNotify: true, Focused: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	os.Remove(path)
	time.Sleep(300 * time.Millisecond)
	if w.Err() == nil {
		t.Fatal("no error while the file is gone")
	}
	writeVersion(t, path, 2)
	if c := waitChange(t, w, 2*time.Second); c.Version != 2 {
		t.Errorf("version %d after return, want 2", c.Version)
	}
	if w.Err() != nil {
		t.Errorf("error stays after the file returned: %v", w.Err())
	}
}

func TestSyncedFolder(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		{`C:\Users\ak\OneDrive - Region Hovedstaden\Tavle\team.tavle`, "OneDrive"},
		{"/home/ak/Dropbox/team.tavle", "Dropbox"},
		{`G:\My Drive\team.tavle`, "Google Drive"},
		{`\\fil01\fact$\team.tavle`, ""},
		{`T:\FACT\team.tavle`, ""},
		{"/srv/share/team.tavle", ""},
	}
	for _, tt := range tests {
		got, ok := SyncedFolder(tt.path)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: got %q %v, want %q", tt.path, got, ok, tt.want)
		}
	}
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, ".stfolder"), 0o755)
	os.Mkdir(filepath.Join(dir, "fact"), 0o755)
	if got, _ := SyncedFolder(filepath.Join(dir, "fact", "team.tavle")); got != "Syncthing" {
		t.Errorf("syncthing folder: got %q", got)
	}
}

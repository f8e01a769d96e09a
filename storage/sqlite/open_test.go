package sqlite

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"tavlen/board"
)

// rawExec changes a file behind the storage's back, as another program
// would.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	c, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, s := range stmts {
		if _, err := c.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// teamFile makes a closed, valid team file and returns its path.
func teamFile(t *testing.T) string {
	t.Helper()
	db, _ := newTestDB(t)
	addCitizen(t, db, &board.Citizen{Name: "Frida", Status: board.StatusActive})
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenRefusesFilesNotOurs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	valid := teamFile(t)
	validBytes, _ := os.ReadFile(valid)

	plainSQLite := filepath.Join(dir, "plain.db")
	rawExec(t, plainSQLite, "CREATE TABLE x (a)", "INSERT INTO x VALUES (1)")
	otherApp := filepath.Join(dir, "other.db")
	rawExec(t, otherApp, "PRAGMA application_id = 42", "CREATE TABLE x (a)")
	newer := write("newer.tavle", validBytes)
	rawExec(t, newer, fmt.Sprintf("PRAGMA user_version = %d", latestVersion()+1))

	cases := []struct {
		name, path, code string
	}{
		{"text file", write("notes.txt", []byte("hello, this is not a database at all, but it is long enough to have a header of one hundred bytes......")), board.EForeignFile},
		{"short text file", write("short.txt", []byte("hello")), board.EForeignFile},
		{"empty file", write("empty.tavle", nil), board.ECorrupt},
		{"plain SQLite file", plainSQLite, board.EForeignFile},
		{"other application", otherApp, board.EForeignFile},
		{"truncated team file", write("cut.tavle", validBytes[:len(validBytes)/2]), board.ECorrupt},
		{"truncated header", write("cut2.tavle", validBytes[:60]), board.ECorrupt},
		{"newer schema", newer, board.ENewerFile},
		{"folder", dir, board.EForeignFile},
		{"missing", filepath.Join(dir, "missing.tavle"), board.ENotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var before string
			if info, err := os.Stat(tc.path); err == nil && !info.IsDir() {
				before = fileSHA(t, tc.path)
			}
			db, err := Open(tc.path, Options{})
			if err == nil {
				db.Close()
			}
			e := wantCode(t, err, tc.code)
			if e.Message == "" {
				t.Fatal("no message")
			}
			if before != "" && fileSHA(t, tc.path) != before {
				t.Fatal("the refused file was changed")
			}
			if _, err := os.Stat(tc.path + "-journal"); err == nil {
				t.Fatal("a journal was left beside the refused file")
			}
			if tc.code == board.ENotFound {
				if _, err := os.Stat(tc.path); err == nil {
					t.Fatal("opening a missing file created it")
				}
			}
		})
	}
}

func TestOpenReadOnlyFile(t *testing.T) {
	path := teamFile(t)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before := fileSHA(t, path)
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.ReadOnly() {
		t.Fatal("ReadOnly() = false for a 0444 file")
	}
	list, err := db.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("read: %v %v", list, err)
	}
	err = db.CreateCitizen(ctx, &board.Citizen{Name: "Gert"})
	if e := wantCode(t, err, board.EReadOnly); e.Message == "" {
		t.Fatal("no message")
	}
	wantCode(t, db.LogAccess(ctx, list[0].ID, board.AuditView, "board"), board.EReadOnly)
	// A read-only file can still be backed up.
	if b, err := db.Backup(ctx); err != nil || filepath.Dir(b) != filepath.Join(filepath.Dir(path), "backups") {
		t.Fatalf("backup of a read-only file: %q %v", b, err)
	}
	db.Close()
	if fileSHA(t, path) != before {
		t.Fatal("read-only file changed")
	}
}

func TestOpenReadOnlyOnPurpose(t *testing.T) {
	path := teamFile(t)
	before := fileSHA(t, path)
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if !db.ReadOnly() {
		t.Fatal("ReadOnly() = false")
	}
	wantCode(t, db.UpdateTeam(ctx, &board.Team{Name: "X", Stamp: board.Stamp{Version: 1}}), board.EReadOnly)
	db.Close()
	if fileSHA(t, path) != before {
		t.Fatal("file changed")
	}
}

func TestCreateRefusesExistingPath(t *testing.T) {
	path := teamFile(t)
	before := fileSHA(t, path)
	_, err := Create(path, "Nyt team", nil, Options{})
	wantCode(t, err, board.EInvalid)
	if fileSHA(t, path) != before {
		t.Fatal("existing file changed")
	}
	_, err = Create(filepath.Join(t.TempDir(), "x.tavle"), "  ", nil, Options{})
	wantCode(t, err, board.EInvalid)
}

func TestOpenSettings(t *testing.T) {
	path := teamFile(t)
	// Another program switched the file to WAL; opening switches it back.
	rawExec(t, path, "PRAGMA journal_mode = WAL")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for pragma, want := range map[string]string{
		"journal_mode": "delete", "synchronous": "2", "foreign_keys": "1", "busy_timeout": "5000",
		"application_id": fmt.Sprint(ApplicationID), "user_version": fmt.Sprint(latestVersion()),
	} {
		var got string
		if err := db.SQL.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Error("a -wal file is left")
	}
	if runtime.GOOS == "linux" && !OFDLocking() {
		t.Error("OFD locks are not in use on Linux")
	}
}

func TestCorruptFileOpensReadOnly(t *testing.T) {
	db, _ := newTestDB(t)
	for i := range 200 {
		addCitizen(t, db, &board.Citizen{Name: fmt.Sprintf("Borger %03d", i), Notes: string(make([]byte, 300))})
	}
	path := db.Path()
	var pageSize, pages int64
	db.SQL.QueryRow("PRAGMA page_size").Scan(&pageSize)
	db.SQL.QueryRow("PRAGMA page_count").Scan(&pages)
	db.Close()
	// Scribble over a page in the middle, as a broken disk or share would.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, pageSize)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	if _, err := f.WriteAt(junk, (pages/2)*pageSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := fileSHA(t, path)

	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.Corrupt() || !db.ReadOnly() {
		t.Fatalf("Corrupt() = %v, ReadOnly() = %v; want both", db.Corrupt(), db.ReadOnly())
	}
	wantCode(t, db.CreateMember(ctx, &board.Member{Name: "X", Initials: "X", Sector: board.SectorOther}), board.EReadOnly)
	_, err = db.Backup(ctx)
	wantCode(t, err, board.ECorrupt)
	rep, err := db.Check(ctx)
	if err == nil && rep.OK {
		t.Fatal("Check of a damaged file is OK")
	}
	db.Close()
	if fileSHA(t, path) != before {
		t.Fatal("damaged file changed")
	}
}

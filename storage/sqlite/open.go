package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"

	sqlite "modernc.org/sqlite"
)

// ApplicationID marks a SQLite file as a Tavlen team file ("TAVL").
const ApplicationID = 0x5441564C

// busyTimeoutMS is how long a statement waits for another PC's lock.
const busyTimeoutMS = 5000

// ofdOnce switches the driver to Linux OFD locks before the first file is
// opened, so that closing any descriptor of the file in this process (a
// header check, a backup library) cannot drop SQLite's locks. Elsewhere,
// and on filesystems that refuse OFD locks, the driver keeps POSIX locks;
// openFiles below then keeps us from touching a file we hold open.
var ofdOnce sync.Once

func enableOFD() {
	ofdOnce.Do(func() { _, _ = sqlite.OFDLocking(true) })
}

// init switches early, before any code in the process can open a file.
func init() { enableOFD() }

// OFDLocking reports whether SQLite's locks on team files are Linux OFD
// locks in this process.
func OFDLocking() bool { return sqlite.OFDLockingEnabled() }

// openFiles counts the team files this process has open, by absolute path.
var (
	openMu    sync.Mutex
	openFiles = map[string]int{}
)

func registerOpen(path string) {
	openMu.Lock()
	openFiles[path]++
	openMu.Unlock()
}

func unregisterOpen(path string) {
	openMu.Lock()
	if openFiles[path]--; openFiles[path] <= 0 {
		delete(openFiles, path)
	}
	openMu.Unlock()
}

func isOpenHere(path string) bool {
	openMu.Lock()
	defer openMu.Unlock()
	return openFiles[path] > 0
}

// Open opens an existing team file. A file that is not a Tavlen file, is
// empty or truncated, or was written by a newer Tavlen is refused with a
// *board.Error and left untouched. A file that cannot be written opens
// read-only. A file that fails its quick check opens read-only with
// Corrupt() true.
func Open(path string, opt Options) (*DB, error) {
	enableOFD()
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("storage: open: %w", err)
	}
	info, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, board.Errorf(board.ENotFound, "The team file %s does not exist.", filepath.Base(abs))
	case err != nil:
		return nil, board.Errorf(board.EUnavailable, "The team file %s cannot be reached.", filepath.Base(abs))
	case info.IsDir():
		return nil, board.Errorf(board.EForeignFile, "%s is a folder, not a Tavlen team file.", filepath.Base(abs))
	}
	hot := hasHotJournal(abs)
	if !isOpenHere(abs) {
		if err := sniff(abs, info.Size(), hot); err != nil {
			return nil, err
		}
	}
	canWrite := writable(abs, info)
	if hot && opt.ReadOnly && canWrite && !isOpenHere(abs) {
		// A read-only connection cannot undo a PC's unfinished save; a
		// short read-write open does, and then the file is read as asked.
		if err := rollBack(abs); err != nil {
			return nil, err
		}
		hot = false
	}
	readOnly := opt.ReadOnly || !canWrite
	db, err := openSQL(abs, opt, readOnly)
	if err != nil {
		return nil, err
	}
	if err := db.prepare(); err != nil {
		db.Close()
		if hot && readOnly && board.ErrorCode(err) == board.EReadOnly {
			return nil, errNeedsRollback(abs)
		}
		return nil, err
	}
	return db, nil
}

// openSQL opens the pool on an existing file without any check.
func openSQL(abs string, opt Options, readOnly bool) (*DB, error) {
	mode := "rw"
	if readOnly {
		mode = "ro"
	}
	sqlDB, err := sql.Open("sqlite", dsnBusy(abs, mode, opt.BusyTimeout))
	if err != nil {
		return nil, fmt.Errorf("storage: open: %w", err)
	}
	// Few connections: each has its own page cache, and SQLite writes one
	// at a time anyway.
	sqlDB.SetMaxOpenConns(4)
	sqlDB.SetMaxIdleConns(maxIdleConns)
	opt.ReadOnly = readOnly
	db := newDB(abs, opt)
	db.SQL = sqlDB
	db.opened, _ = os.Stat(abs)
	registerOpen(abs)
	return db, nil
}

// prepare checks the opened file (ours, not newer, not WAL), migrates an
// older schema, and runs the quick check.
func (db *DB) prepare() error {
	ctx := context.Background()
	var appID, version int
	if err := db.SQL.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return mapOpenErr(err, db.path)
	}
	if appID != ApplicationID {
		return errForeign(db.path)
	}
	if err := db.SQL.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return mapOpenErr(err, db.path)
	}
	if version > latestVersion() {
		return errNewer(db.path)
	}
	var journal string
	if err := db.SQL.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&journal); err != nil {
		return mapOpenErr(err, db.path)
	}
	if !strings.EqualFold(journal, "delete") {
		// The DSN asks every read-write connection for DELETE, so this is a
		// read-only open of a WAL file: reading it would need the -shm file.
		return board.Errorf(board.EUnavailable, "The team file %s is in WAL mode, which is not safe on a network share; open it once with write access to fix it.", filepath.Base(db.path))
	}
	if version < latestVersion() {
		if db.readOnly {
			return board.Errorf(board.EReadOnly, "The team file %s was made by an older Tavlen and must be upgraded, but it is read-only.", filepath.Base(db.path))
		}
		if err := migrate(ctx, db.SQL, latestVersion()); err != nil {
			return mapOpenErr(err, db.path)
		}
	}
	ok, err := quickCheck(ctx, db.SQL)
	if err != nil && board.ErrorCode(err) != board.ECorrupt {
		return mapOpenErr(err, db.path)
	}
	if !ok && !db.readOnly {
		// Never write to a damaged file: reopen it read-only.
		if err := db.SQL.Close(); err != nil {
			return fmt.Errorf("storage: close damaged file: %w", err)
		}
		sqlDB, err := sql.Open("sqlite", dsn(db.path, "ro"))
		if err != nil {
			return fmt.Errorf("storage: reopen read-only: %w", err)
		}
		sqlDB.SetMaxOpenConns(4)
		db.SQL = sqlDB
		db.readOnly = true
	}
	db.corrupt = !ok
	return nil
}

func quickCheck(ctx context.Context, q *sql.DB) (bool, error) {
	rows, err := q.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		if board.ErrorCode(mapErr(err, "")) == board.ECorrupt {
			return false, nil
		}
		return false, err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return false, err
		}
		lines = append(lines, s)
	}
	if err := rows.Err(); err != nil {
		if board.ErrorCode(mapErr(err, "")) == board.ECorrupt {
			return false, nil
		}
		return false, err
	}
	return len(lines) == 1 && lines[0] == "ok", nil
}

func mapOpenErr(err error, path string) error {
	err = mapErr(err, "open")
	if board.AsError(err) != nil {
		return err
	}
	if strings.Contains(err.Error(), "not a database") {
		return errForeign(path)
	}
	return err
}

func errForeign(path string) error {
	return board.Errorf(board.EForeignFile, "%s is not a Tavlen team file.", filepath.Base(path))
}

func errNewer(path string) error {
	return board.Errorf(board.ENewerFile, "%s was written by a newer version of Tavlen; update Tavlen to open it.", filepath.Base(path))
}

func errTruncated(path string) error {
	return board.Errorf(board.ECorrupt, "%s is damaged: it is shorter than it should be.", filepath.Base(path))
}

// sqliteMagic opens every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// sniff checks the 100-byte database header before SQLite touches the file,
// so that nothing is ever written to a file that is not ours. With a hot
// journal beside it the header may be half-written; SQLite will roll it
// back on open, and prepare checks the header fields again afterwards.
func sniff(path string, size int64, hot bool) error {
	if size == 0 {
		return board.Errorf(board.ECorrupt, "%s is empty; it is not a usable Tavlen team file.", filepath.Base(path))
	}
	// Safe to open: with OFD locks SQLite's locks survive this close, and
	// without them isOpenHere kept us from reaching here while we hold any.
	f, err := os.Open(path)
	if err != nil {
		return board.Errorf(board.EUnavailable, "The team file %s cannot be read.", filepath.Base(path))
	}
	hdr := make([]byte, 100)
	_, err = io.ReadFull(f, hdr)
	f.Close()
	if err != nil {
		if string(hdr[:min(int(size), len(sqliteMagic))]) == sqliteMagic[:min(int(size), len(sqliteMagic))] {
			return errTruncated(path)
		}
		return errForeign(path)
	}
	if string(hdr[:16]) != sqliteMagic {
		return errForeign(path)
	}
	if hot {
		return nil
	}
	if binary.BigEndian.Uint32(hdr[68:72]) != ApplicationID {
		return errForeign(path)
	}
	if int(binary.BigEndian.Uint32(hdr[60:64])) > latestVersion() {
		return errNewer(path)
	}
	pageSize := int64(binary.BigEndian.Uint16(hdr[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return board.Errorf(board.ECorrupt, "%s is damaged: its header is not valid.", filepath.Base(path))
	}
	// The page count in the header is valid when the change counter matches
	// version-valid-for, which every SQLite since 3.7.0 keeps.
	pages := int64(binary.BigEndian.Uint32(hdr[28:32]))
	if binary.BigEndian.Uint32(hdr[24:28]) == binary.BigEndian.Uint32(hdr[92:96]) && size < pages*pageSize {
		return errTruncated(path)
	}
	if size%pageSize != 0 {
		return errTruncated(path)
	}
	return nil
}

// hasHotJournal reports whether a rollback journal with content lies beside
// the file: a transaction was interrupted and SQLite will roll it back.
// The journal is never deleted by us.
func hasHotJournal(path string) bool {
	info, err := os.Stat(path + "-journal")
	return err == nil && info.Size() > 0
}

// writable reports whether the file and its folder can be written (SQLite
// needs the folder for its journal).
func writable(path string, info fs.FileInfo) bool {
	if info.Mode().Perm()&0o200 == 0 {
		return false
	}
	probe, err := os.CreateTemp(filepath.Dir(path), ".tavle-probe-*")
	if err != nil {
		return false
	}
	name := probe.Name()
	probe.Close()
	os.Remove(name) // our own probe, never the team file or its journal
	return true
}

// dsn builds the driver's connection string. Every read-write connection
// uses a rollback journal (never WAL), synchronous=FULL and foreign keys,
// and begins every write transaction with BEGIN IMMEDIATE.
func dsn(path, mode string) string { return dsnBusy(path, mode, 0) }

// dsnBusy is dsn with a busy timeout other than the default (0).
func dsnBusy(path, mode string, busy time.Duration) string {
	ms := int64(busyTimeoutMS)
	if busy > 0 {
		ms = busy.Milliseconds()
	}
	q := url.Values{}
	q.Set("mode", mode)
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", ms))
	q.Add("_pragma", "foreign_keys(1)")
	// A 32 MB page cache per connection keeps a big board's pages in memory
	// between reads; SQLite drops it whenever another PC has written.
	q.Add("_pragma", "cache_size(-32000)")
	if mode != "ro" {
		q.Add("_pragma", "journal_mode(DELETE)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Set("_txlock", "immediate")
	}
	return fileURI(path) + "?" + q.Encode()
}

// fileURI makes an SQLite URI of a path: "file:/a/b", "file:///C:/a/b" and
// "file:////server/share/a" on Windows.
func fileURI(path string) string {
	p := path
	if runtime.GOOS == "windows" {
		p = strings.ReplaceAll(p, `\`, "/")
		if len(p) >= 2 && p[1] == ':' {
			p = "/" + p
		}
		if strings.HasPrefix(p, "//") {
			p = "//" + p
		}
	}
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(p)
}

// Create makes a new team file at path for teamName, with first as its
// first member (may be nil). It refuses a path that exists.
func Create(path, teamName string, first *board.Member, opt Options) (*DB, error) {
	enableOFD()
	if opt.ReadOnly {
		return nil, errReadOnly()
	}
	teamName, err := sqlcore.CheckNewTeam(teamName, first)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("storage: create: %w", err)
	}
	for _, p := range []string{abs + "-journal", abs + "-wal"} {
		if _, err := os.Lstat(p); err == nil {
			return nil, board.Errorf(board.EInvalid, "%s already exists; choose another name.", filepath.Base(p))
		}
	}
	// Claim the name first, so that a file another PC makes at the same
	// moment is never taken over (and never removed by fail below).
	f, err := os.OpenFile(abs, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, board.Errorf(board.EInvalid, "%s already exists; choose another name.", filepath.Base(abs))
	} else if err != nil {
		return nil, board.Errorf(board.EUnavailable, "%s cannot be created in that folder.", filepath.Base(abs))
	}
	f.Close() // an empty file, not yet opened by SQLite
	sqlDB, err := sql.Open("sqlite", dsnBusy(abs, "rw", opt.BusyTimeout))
	if err != nil {
		os.Remove(abs)
		return nil, fmt.Errorf("storage: create: %w", err)
	}
	sqlDB.SetMaxOpenConns(4)
	opt.ReadOnly = false
	db := newDB(abs, opt)
	db.SQL = sqlDB
	db.opened, _ = os.Stat(abs)
	registerOpen(abs)
	fail := func(err error) (*DB, error) {
		db.Close()
		os.Remove(abs) // the file we made above; never a journal
		return nil, err
	}
	if err := migrate(context.Background(), sqlDB, latestVersion()); err != nil {
		return fail(mapErr(err, "create"))
	}
	err = db.Write(context.Background(), func(t *tx) error {
		if _, err := t.Exec(`INSERT INTO team (id, name, version, updated_at, updated_by) VALUES (1, ?, 1, ?, ?)`,
			teamName, t.At().UnixNano(), t.By()); err != nil {
			return err
		}
		return t.TeamCreated(teamName, first)
	})
	if err != nil {
		return fail(err)
	}
	return db, nil
}

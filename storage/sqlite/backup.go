package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"tavlen/board"
	"tavlen/calendar"
)

// Backups are whole, checked copies of the team file in a backups folder
// beside it: "<base>-YYYY-MM-DD.tavle" once a day, and
// "<base>-YYYY-MM-DD-HHMMSS.tavle" when made by hand. Rotation keeps the
// 14 newest daily copies and the newest copy of each of the 8 newest weeks;
// copies made by hand are kept until removed by hand.
const (
	keepDaily  = 14
	keepWeekly = 8
)

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path   string
	Day    board.Date
	Time   time.Time // the time in the name for manual copies, else the day's midnight
	Manual bool
}

var backupName = regexp.MustCompile(`^(.*)-(\d{4}-\d{2}-\d{2})(?:-(\d{6}))?\.tavle$`)

// Backups lists the backups of teamFile, newest first.
func Backups(teamFile string) ([]BackupInfo, error) {
	dir := BackupDir(teamFile)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, board.Errorf(board.EUnavailable, "The backups folder cannot be read.")
	}
	base := baseName(teamFile)
	var out []BackupInfo
	for _, e := range entries {
		m := backupName.FindStringSubmatch(e.Name())
		if m == nil || m[1] != base || e.IsDir() {
			continue
		}
		day, err := board.ParseDate(m[2])
		if err != nil {
			continue
		}
		b := BackupInfo{Path: BackupPath(teamFile, e.Name()), Day: day, Time: day.In(calendar.Copenhagen)}
		if m[3] != "" {
			t, err := time.ParseInLocation("2006-01-02-150405", m[2]+"-"+m[3], calendar.Copenhagen)
			if err != nil {
				continue
			}
			b.Time, b.Manual = t, true
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// Backup writes a checked snapshot of the file now, named with the time,
// and returns its path.
func (db *DB) Backup(ctx context.Context) (string, error) {
	now := db.Now().In(calendar.Copenhagen)
	name := fmt.Sprintf("%s-%s.tavle", baseName(db.path), now.Format("2006-01-02-150405"))
	return db.backupTo(ctx, name)
}

// EnsureDailyBackup makes today's backup unless there is one, then rotates
// the daily copies. It returns the new backup's path, or "" when today's
// existed.
func (db *DB) EnsureDailyBackup(ctx context.Context) (string, error) {
	now := db.Now().In(calendar.Copenhagen)
	name := fmt.Sprintf("%s-%s.tavle", baseName(db.path), now.Format("2006-01-02"))
	if _, err := os.Stat(BackupPath(db.path, name)); err == nil {
		return "", nil
	}
	p, err := db.backupTo(ctx, name)
	if err != nil {
		return "", err
	}
	if err := RotateBackups(db.path); err != nil {
		return p, err
	}
	if !db.readOnly {
		if err := db.PruneChanges(ctx); err != nil {
			return p, err
		}
	}
	return p, nil
}

// backupTo snapshots the file with VACUUM INTO a temporary file in the
// backups folder (on the share, never the PC's temp folder: a killed backup
// must not leave the team's data there), syncs and checks the copy, then
// renames it into place.
func (db *DB) backupTo(ctx context.Context, name string) (string, error) {
	if db.corrupt {
		return "", board.Errorf(board.ECorrupt, "The team file is damaged; it is not backed up over the good copies.")
	}
	dir, err := makeBackupDir(db.path)
	if err != nil {
		return "", err
	}
	removeStaleTemps(dir)
	tmpFile, err := os.CreateTemp(dir, backupTempPrefix+"*"+backupTempSuffix)
	if err != nil {
		return "", board.Errorf(board.EUnavailable, "The backup could not be written to the backups folder.")
	}
	tmp := tmpFile.Name()
	tmpFile.Close() // VACUUM INTO fills the empty file
	defer removeTemp(tmp)
	if _, err := db.SQL.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return "", mapErr(err, "backup")
	}
	if err := syncFile(tmp); err != nil {
		return "", fmt.Errorf("storage: backup: %w", err)
	}
	if err := checkCopy(ctx, tmp); err != nil {
		return "", err
	}
	dest := BackupPath(db.path, name)
	if err := os.Rename(tmp, dest); err != nil {
		return "", board.Errorf(board.EUnavailable, "The backup could not be written to the backups folder.")
	}
	return dest, nil
}

// checkCopy runs integrity_check on a copy and returns ECorrupt unless ok.
func checkCopy(ctx context.Context, path string) error {
	c, err := sql.Open("sqlite", dsn(path, "ro"))
	if err != nil {
		return fmt.Errorf("storage: check copy: %w", err)
	}
	defer c.Close()
	var appID int
	if err := c.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return mapOpenErr(err, path)
	}
	if appID != ApplicationID {
		return errForeign(path)
	}
	lines, err := pragmaLines(ctx, c, `PRAGMA integrity_check`)
	if err != nil {
		return mapOpenErr(err, path)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		return board.Errorf(board.ECorrupt, "The copy %s failed its integrity check.", filepath.Base(path))
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func copyFile(src, dest string) error {
	in, err := os.Open(src) // a backup or temporary copy, never an open team file
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// RotateBackups removes daily backups beyond the 14 newest, except the
// newest of each of the 8 newest weeks. Manual copies are kept.
func RotateBackups(teamFile string) error {
	list, err := Backups(teamFile)
	if err != nil {
		return err
	}
	var daily []BackupInfo
	for _, b := range list {
		if !b.Manual {
			daily = append(daily, b)
		}
	}
	keep := keepSet(daily)
	var errs []error
	for _, b := range daily {
		if !keep[b.Path] {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return board.Errorf(board.EUnavailable, "Old backups could not be removed.")
	}
	return nil
}

// keepSet chooses the daily backups to keep; daily is newest first.
func keepSet(daily []BackupInfo) map[string]bool {
	keep := map[string]bool{}
	for i, b := range daily {
		if i < keepDaily {
			keep[b.Path] = true
		}
	}
	weeks := map[calendar.Week]bool{}
	for _, b := range daily {
		w := calendar.WeekOf(b.Day.In(calendar.Copenhagen).Add(12 * time.Hour))
		if weeks[w] {
			continue
		}
		if len(weeks) == keepWeekly {
			break
		}
		weeks[w] = true
		keep[b.Path] = true // newest of its week, as daily is newest first
	}
	return keep
}

// RestoreBackup replaces target with the backup. The backup must be a sound
// Tavlen file; target must not be open in this process, and no other PC
// may be writing to it (a hot journal beside it refuses the restore). The
// replaced file is kept in the backups folder as
// "<base>-replaced-YYYY-MM-DD-HHMMSS.tavle".
func RestoreBackup(backup, target string) error {
	abs, err := filepath.Abs(target)
	if err != nil {
		return fmt.Errorf("storage: restore: %w", err)
	}
	if isOpenHere(abs) {
		return board.Errorf(board.EBusy, "Close the team file before restoring a backup.")
	}
	if hasHotJournal(abs) {
		return board.Errorf(board.EBusy, "Another PC was writing to the team file; open it normally first.")
	}
	info, err := os.Stat(backup)
	if err != nil {
		return board.Errorf(board.ENotFound, "The backup %s does not exist.", filepath.Base(backup))
	}
	if err := sniff(backup, info.Size(), false); err != nil {
		return err
	}
	if err := checkCopy(context.Background(), backup); err != nil {
		return err
	}
	dir := filepath.Dir(abs)
	part := filepath.Join(dir, "."+filepath.Base(abs)+".restore")
	os.Remove(part) // a leftover of our own earlier attempt
	if err := copyFile(backup, part); err != nil {
		os.Remove(part)
		return board.Errorf(board.EUnavailable, "The backup could not be copied beside the team file.")
	}
	aside := ""
	if _, err := os.Stat(abs); err == nil {
		if _, err := makeBackupDir(abs); err != nil {
			os.Remove(part)
			return err
		}
		aside = BackupPath(abs, fmt.Sprintf("%s-replaced-%s.tavle", baseName(abs), time.Now().In(calendar.Copenhagen).Format("2006-01-02-150405")))
		if err := os.Rename(abs, aside); err != nil {
			os.Remove(part)
			return board.Errorf(board.EUnavailable, "The team file could not be moved aside; is it open on another PC?")
		}
	}
	if err := renameFile(part, abs); err != nil {
		os.Remove(part)
		if aside == "" {
			return board.Errorf(board.EUnavailable, "The backup could not be put in place of the team file.")
		}
		// Never leave the path without a team file: the old one goes back.
		if err := os.Rename(aside, abs); err != nil {
			return board.Errorf(board.EUnavailable, "The backup could not be put in place of the team file, and the team file is now %s: move it back by hand.", aside)
		}
		return board.Errorf(board.EUnavailable, "The backup could not be put in place of the team file; the team file is unchanged.")
	}
	ForgetChainHead(abs) // a shorter history is expected now (chainhead.go)
	return nil
}

// RestoreLatestBackup restores the newest backup that passes its integrity
// check and returns its path.
func RestoreLatestBackup(target string) (string, error) {
	list, err := Backups(target)
	if err != nil {
		return "", err
	}
	for _, b := range list {
		if checkCopy(context.Background(), b.Path) != nil {
			continue
		}
		if err := RestoreBackup(b.Path, target); err != nil {
			return "", err
		}
		return b.Path, nil
	}
	return "", board.Errorf(board.ENotFound, "There is no sound backup of %s.", strings.TrimSuffix(filepath.Base(target), ".tavle"))
}

// renameFile is os.Rename; tests replace it to make the restore's last
// step fail.
var renameFile = os.Rename

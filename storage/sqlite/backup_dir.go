package sqlite

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tavlen/board"
)

// A backup's copy is made as ".tavle-backup-*.tmp" in the backups folder
// and renamed when sound. A copy left by a killed backup is removed by a
// later one once it is older than staleBackupTemp: younger ones may be
// another PC's backup under way (a copy being written keeps its time
// fresh).
const (
	backupTempPrefix = ".tavle-backup-"
	backupTempSuffix = ".tmp"
	staleBackupTemp  = 10 * time.Minute
)

// makeBackupDir returns the backups folder beside teamFile, making it only
// inside a folder that exists: when the share has vanished, the team
// file's folder is never made again here (it would stand in the way of the
// share coming back).
func makeBackupDir(teamFile string) (string, error) {
	if info, err := os.Stat(filepath.Dir(teamFile)); err != nil || !info.IsDir() {
		return "", board.Errorf(board.EUnavailable, "The team file's folder cannot be found; its share may be gone. No backup was made.")
	}
	dir := BackupDir(teamFile)
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", board.Errorf(board.EUnavailable, "The backups folder cannot be made beside the team file.")
	}
	return dir, nil
}

// removeStaleTemps removes copies (and their journals) that killed
// backups left in dir. Only our own temporary names are touched.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, backupTempPrefix) || !strings.Contains(name, backupTempSuffix) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleBackupTemp {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// removeTemp removes our own temporary copy and the journal VACUUM INTO
// may leave beside it.
func removeTemp(tmp string) {
	os.Remove(tmp)
	os.Remove(tmp + "-journal")
}

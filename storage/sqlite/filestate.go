package sqlite

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"tavlen/board"
)

// A file open for writing can stop being writable while it is open: someone
// makes it read-only, or the share or its folder goes away. SQLite would
// keep writing through its open descriptors (to a renamed file, say), so
// every write first looks at the file by its path.

// checkFile returns EReadOnly when the file has lost its write permission
// and EUnavailable when it cannot be found at its path, and remembers the
// state for ReadOnly.
func (db *DB) checkFile() error {
	info, err := os.Stat(db.path)
	switch {
	case err != nil:
		db.lostWrite.Store(false)
		if errors.Is(err, fs.ErrNotExist) {
			return board.Errorf(board.EUnavailable, "The team file %s cannot be found; its folder or share may be gone.", filepath.Base(db.path))
		}
		return board.Errorf(board.EUnavailable, "The team file %s cannot be reached.", filepath.Base(db.path))
	case info.Mode().Perm()&0o200 == 0:
		db.lostWrite.Store(true)
		return errReadOnly()
	}
	db.lostWrite.Store(false)
	return db.followReplaced(info)
}

// Reachable reports whether the team file can be found at its path now:
// the retry loop of an outbox asks it before replaying.
func (db *DB) Reachable() bool {
	_, err := os.Stat(db.path)
	return err == nil
}

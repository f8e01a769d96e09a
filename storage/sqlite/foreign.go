package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"

	"tavlen/board"
	"tavlen/storage/internal/sqlcore"
)

// Changes Tavlen did not make must show too. Two kinds slip past the change
// log: another program writes to the file (the sqlite3 shell, a script),
// or another file is put in its place (a backup restored by another PC).
//
// Foreign commits are found with the file change counter, which SQLite
// raises by one with every write transaction: each Tavlen transaction
// stores the value its commit will give (commit_stamp), so a counter that
// differs from the stamp means someone else committed last. A Tavlen save
// that finds so logs a "reload everything" change for every PC; a watcher
// that finds so tells its own window. A replaced file is found by its
// identity (inode), and the connections are opened again on the new file.

// ChangeAll is the table name a "reload everything" change is logged
// under (board.RecordAll): the file changed in a way the change log does
// not describe.
const ChangeAll = sqlcore.ChangeAll

// changeCounter reads the file change counter from the header of page 1,
// in q's snapshot.
const changeCounterSQL = `SELECT data FROM sqlite_dbpage WHERE pgno = 1`

func counterOf(page []byte) (int64, bool) {
	if len(page) < 28 {
		return 0, false
	}
	return int64(binary.BigEndian.Uint32(page[24:28])), true
}

// stampCommit runs first in every write transaction: it logs a reload
// notice when the last commit was not Tavlen's, and stamps this one.
func stampCommit(t *tx) error {
	var page []byte
	var stamp sql.NullInt64
	err := t.QueryRow(`SELECT (`+changeCounterSQL+`), (SELECT counter FROM commit_stamp WHERE id = 1)`).Scan(&page, &stamp)
	if err != nil {
		return err
	}
	counter, ok := counterOf(page)
	if !ok {
		return errors.New("storage: file header unreadable")
	}
	if stamp.Valid && stamp.Int64 != counter {
		// By no member: no one in the team made this change.
		if _, err := t.Exec(`INSERT INTO changes (tbl, row_id, citizen_id, at, by_member) VALUES (?, 0, 0, ?, '')`, ChangeAll, t.At().UnixNano()); err != nil {
			return err
		}
	}
	next := (counter + 1) & 0xffffffff
	_, err = t.Exec(`INSERT INTO commit_stamp (id, counter) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET counter = excluded.counter`, next)
	return err
}

// watchState is what WatchVersion last saw; guarded by watchMu.
type watchState struct {
	foreignAt  int64 // change counter of the last foreign commit told
	reloadGen  int64 // grows with every reload-everything found here
	reloadTold int64 // reloadGen as ChangesSince last told it
}

// noteForeign records a foreign last commit (counter differs from the
// stamp) once per commit. Call with watchMu held.
func (db *DB) noteForeign(page []byte, stamp sql.NullInt64) {
	counter, ok := counterOf(page)
	if !ok || !stamp.Valid || stamp.Int64 == counter || counter == db.ws.foreignAt {
		return
	}
	db.ws.foreignAt = counter
	db.ws.reloadGen++
}

// watchVersionOf combines the change sequence with the reload generation
// into the one number a watcher compares.
func (db *DB) watchVersionOf(seq int64) int64 { return seq + db.ws.reloadGen<<40 }

// reloadNotice returns the reload-everything notice not yet told, if any.
func (db *DB) reloadNotice(maxSeq int64) (board.Change, bool) {
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	if db.ws.reloadGen == db.ws.reloadTold {
		return board.Change{}, false
	}
	db.ws.reloadTold = db.ws.reloadGen
	return board.Change{Seq: maxSeq, Kind: board.RecordAll, At: db.Now()}, true
}

// followReplaced reopens the connections when the file at the path is
// another file than the one open (a restore by rename), so that nothing is
// read from or saved to the file that was moved away. When the new file is
// not a Tavlen file, it refuses on every call until yet another file is at
// the path.
func (db *DB) followReplaced(info os.FileInfo) error {
	// The common case takes only openedMu, so that a save never waits for
	// a watcher's query.
	db.openedMu.Lock()
	same := db.opened == nil || os.SameFile(db.opened, info)
	foreign := db.foreign
	db.openedMu.Unlock()
	if same {
		return foreign
	}
	db.watchMu.Lock()
	defer db.watchMu.Unlock()
	db.openedMu.Lock()
	defer db.openedMu.Unlock()
	if os.SameFile(db.opened, info) {
		return db.foreign // another goroutine followed it first
	}
	// The watcher's and the idle connections hold the old file.
	db.closeWatchConn()
	db.dropIdleConns()
	db.opened = info
	db.ws.foreignAt = 0
	db.ws.reloadGen++
	db.foreign = nil
	var appID int
	if err := db.SQL.QueryRowContext(context.Background(), `PRAGMA application_id`).Scan(&appID); err != nil {
		err = mapOpenErr(err, db.path)
		if board.ErrorCode(err) == board.EForeignFile {
			db.foreign = err
		}
		return err
	}
	if appID != ApplicationID {
		db.foreign = board.Errorf(board.EForeignFile, "Another file was put in place of the team file %s; it is not a Tavlen team file.", filepath.Base(db.path))
	}
	return db.foreign
}

// refuseForeign runs before every read. Only while a foreign file was
// found at the path does it look at the path again (a stat), so that reads
// work again once the team file is back.
func (db *DB) refuseForeign() error {
	db.openedMu.Lock()
	foreign := db.foreign != nil
	db.openedMu.Unlock()
	if !foreign {
		return nil
	}
	info, err := os.Stat(db.path)
	if err != nil {
		return db.checkFile() // says what became of the path
	}
	return db.followReplaced(info)
}

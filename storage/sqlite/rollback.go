package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"

	"tavlen/board"
)

// rollBack undoes the unfinished save a hot journal beside path records:
// SQLite rolls it back on the first read of a read-write connection. The
// header is checked again afterwards by prepare, as for any open.
func rollBack(path string) error {
	c, err := sql.Open("sqlite", dsn(path, "rw"))
	if err != nil {
		return mapOpenErr(err, path)
	}
	defer c.Close()
	var n int
	if err := c.QueryRowContext(context.Background(), `SELECT count(*) FROM sqlite_master`).Scan(&n); err != nil {
		if board.ErrorCode(mapErr(err, "")) == board.EReadOnly {
			return errNeedsRollback(path)
		}
		return mapOpenErr(err, path)
	}
	return nil
}

// errNeedsRollback says what to do with a file a PC left mid-save when it
// cannot be written from here.
func errNeedsRollback(path string) error {
	return board.Errorf(board.EReadOnly, "The team file %s was left half-saved when a PC stopped; open it once with write access (in Tavlen, or ask someone who can write to the folder) so the unfinished save is undone. Nothing is lost.", filepath.Base(path))
}

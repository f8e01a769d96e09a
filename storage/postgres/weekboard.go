package postgres

import (
	"context"
	"time"

	"tavlen/board"
)

// WeekBoard reads the board in one read transaction. On the server one
// REPEATABLE READ snapshot already shows every query the same data, so
// the team file's way (two halves on two connections, the change sequence
// read before and after to see that both saw the same) would only add
// round trips: six of the board's thirteen.
func (db *DB) WeekBoard(ctx context.Context, from, to time.Time, today board.Date) (*board.WeekBoard, error) {
	return db.WeekBoardInOneRead(ctx, from, to, today)
}

package demo

import (
	"context"
	"time"

	"tavlen/storage/sqlite"
)

// Create makes a new team file at path with the demo team, as of now. It
// refuses an existing path.
func Create(path string, now time.Time) (*sqlite.DB, error) {
	first := FirstMember()
	db, err := sqlite.Create(path, TeamName, first, sqlite.Options{Member: first.Initials})
	if err != nil {
		return nil, err
	}
	// One transaction for the whole team: one fsync instead of hundreds.
	err = db.Batch(context.Background(), func(ctx context.Context) error { return Fill(ctx, db, now) })
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

package postgres

import (
	"context"
	"time"
)

// reachableWithin is how long Reachable waits for the server: the outbox
// retries every few seconds, and a failover takes longer than this.
const reachableWithin = 2 * time.Second

// Reachable reports whether a server that takes writes answers now: the
// retry loop of an outbox asks it before replaying edits kept while no
// primary answered.
func (db *DB) Reachable() bool {
	ctx, cancel := context.WithTimeout(context.Background(), reachableWithin)
	defer cancel()
	return db.pool.Ping(ctx) == nil
}

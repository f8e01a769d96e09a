package sqlcore

import "context"

type batchKey struct{}

// Batch runs fn so that every read and write made through the services
// with fn's context happens in one transaction, committed at the end. It is
// for filling a new file (the demo team: hundreds of saves, one fsync
// instead of one each), never for work a person is in the middle of: the
// file stays locked for other PCs until fn returns. Each save inside keeps
// its own all-or-nothing behaviour through a savepoint.
func (db *DB) Batch(ctx context.Context, fn func(ctx context.Context) error) error {
	return db.write(ctx, func(t *Tx) error {
		return fn(context.WithValue(ctx, batchKey{}, t))
	})
}

// batchOf returns the batch transaction ctx carries for db, or nil.
func (db *DB) batchOf(ctx context.Context) *Tx {
	if t, ok := ctx.Value(batchKey{}).(*Tx); ok && t.db == db {
		return t
	}
	return nil
}

// savepoint runs fn inside the batch so that a failed save leaves nothing
// of itself behind.
func (t *Tx) savepoint(fn func(*Tx) error) error {
	if _, err := t.Exec("SAVEPOINT save"); err != nil {
		return t.db.mapErr(err, "savepoint")
	}
	if err := fn(t); err != nil {
		_, _ = t.Exec("ROLLBACK TO save")
		_, _ = t.Exec("RELEASE save")
		return t.db.mapErr(err, "write")
	}
	_, err := t.Exec("RELEASE save")
	return t.db.mapErr(err, "release savepoint")
}

package postgres

import "context"

// WatchVersion is the version a watcher polls (a watch.VersionFunc): the
// team's change sequence. It changes with every change to the team's data,
// and not with presence beats, which commit without a change-log row. It
// is one indexed read; Listen tells when it is worth calling.
func (db *DB) WatchVersion(ctx context.Context) (int64, error) {
	var seq int64
	err := db.SQL.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&seq)
	return seq, mapErr(err, "change sequence")
}

package postgres

import "context"

// listener placeholder, filled in by live refresh.
type listener struct{ cancel context.CancelFunc }

func (db *DB) stopListening() {
	db.listenMu.Lock()
	defer db.listenMu.Unlock()
	if db.listen != nil {
		db.listen.cancel()
		db.listen = nil
	}
}

package sqlite

import "tavlen/storage/internal/sqlcore"

// Presence on the file is the shared services' (sqlcore/presence.go).
const (
	// BeatEvery is how often an open file should call Beat.
	BeatEvery = sqlcore.BeatEvery
	// PresenceExpiry is how long a beat counts.
	PresenceExpiry = sqlcore.PresenceExpiry
)

package postgres

import "tavlen/storage/internal/sqlcore"

// Presence in the region is the shared services' (sqlcore/presence.go).
const (
	// BeatEvery is how often an open team should call Beat.
	BeatEvery = sqlcore.BeatEvery
	// PresenceExpiry is how long a beat counts.
	PresenceExpiry = sqlcore.PresenceExpiry
)

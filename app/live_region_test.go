package app

import "tavlen/storage/postgres"

// A region database is live like a team file: the app follows its saves
// (by LISTEN/NOTIFY), beats presence and keeps edits while no server
// answers. Without these the app would silently not be live on it.
var (
	_ liveFile     = (*postgres.DB)(nil)
	_ selfFollower = (*postgres.DB)(nil)
)

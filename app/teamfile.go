package app

import (
	"time"

	"tavlen/board"
	"tavlen/demo"
	"tavlen/storage/sqlite"
)

// The only file of the app that knows the storage package: it opens and
// makes team files; everything else talks to the Store interface.

func openTeamFile(path string, now func() time.Time, member string) (Store, error) {
	return sqlite.Open(path, sqlite.Options{Now: now, Member: member})
}

// openTeamFileReadOnly opens a team file for reading only, on purpose.
func openTeamFileReadOnly(path string, now func() time.Time, member string) (Store, error) {
	return sqlite.Open(path, sqlite.Options{Now: now, Member: member, ReadOnly: true})
}

func createTeamFile(path, team string, first *board.Member, now func() time.Time) (Store, error) {
	return sqlite.Create(path, team, first, sqlite.Options{Now: now, Member: first.Initials})
}

func createDemoFile(path string, now time.Time) (Store, error) {
	return demo.Create(path, now)
}

// pendingCitizenEdit makes the outbox edit of a citizen save kept on this
// PC while the file is out of reach (live.go).
var pendingCitizenEdit = sqlite.PendingCitizenEdit

// restoreLatestBackup puts the newest sound backup in place of the team
// file at path (the damaged file is kept beside it) and returns the
// backup's path.
func restoreLatestBackup(path string) (string, error) {
	return sqlite.RestoreLatestBackup(path)
}

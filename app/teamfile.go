package app

import (
	"time"

	"tavlen/board"
	"tavlen/demo"
	"tavlen/storage/opener"
	"tavlen/storage/sqlite"
)

// The only file of the app that knows the storage packages: it opens and
// makes teams (a team file, or a team in a region database, through
// storage/opener); everything else talks to the Store interface.

func openTeamFile(path string, now func() time.Time, member string) (Store, error) {
	return opener.Open(path, opener.Options{Now: now, Member: member})
}

// openRegion opens the team at a region database's address with a
// password asked for on this PC ("" = libpq's own ways: pgpass, Kerberos).
func openRegion(address, password string, now func() time.Time) (Store, error) {
	return opener.Open(address, opener.Options{Now: now, Password: password})
}

// isRegion reports whether where is a region database's address.
func isRegion(where string) bool { return opener.IsRegion(where) }

// regionLoginRefused reports whether err is the region database refusing
// the login, so the app asks for the password.
func regionLoginRefused(err error) bool { return opener.LoginRefused(err) }

// regionAddress is the address (without password) of team in the region
// database.
func regionAddress(host, database, user, team string) string {
	return opener.RegionAddress(host, database, user, team)
}

// openTeamFileReadOnly opens a team file for reading only, on purpose.
func openTeamFileReadOnly(path string, now func() time.Time, member string) (Store, error) {
	return opener.Open(path, opener.Options{Now: now, Member: member, ReadOnly: true})
}

func createTeamFile(path, team string, first *board.Member, now func() time.Time) (Store, error) {
	return opener.Create(path, team, first, opener.Options{Now: now, Member: first.Initials})
}

func createDemoFile(path string, now time.Time) (Store, error) {
	return demo.Create(path, now)
}

// restoreLatestBackup puts the newest sound backup in place of the team
// file at path (the damaged file is kept beside it) and returns the
// backup's path.
func restoreLatestBackup(path string) (string, error) {
	return sqlite.RestoreLatestBackup(path)
}

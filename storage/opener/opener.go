// Package opener is the one place that picks a storage adapter for where a
// team is kept: a team file's path opens storage/sqlite, a region
// database's address (postgres://…?team=NAME) storage/postgres. The
// command line and the app's wiring file both open teams through it.
package opener

import (
	"time"

	"tavlen/board"
	"tavlen/storage"
	"tavlen/storage/postgres"
	"tavlen/storage/sqlite"
)

// Store is an open team: the storage contract and where it is kept (a
// path, or an address without password that opens the same team again).
type Store interface {
	storage.Store
	Path() string
}

// Options configure opening a team.
type Options struct {
	Now      func() time.Time // nil = time.Now
	Member   string           // initials of the member working on this PC (audit)
	ReadOnly bool             // open read-only on purpose
	// Password is a region database role's password, asked for on this PC
	// and kept only in memory (a team file has none).
	Password string
}

// IsRegion reports whether where names a region database rather than a
// team file.
func IsRegion(where string) bool { return postgres.IsAddress(where) }

// Open opens the team kept at where: a team file's path or a region
// database's address.
func Open(where string, opt Options) (Store, error) {
	if IsRegion(where) {
		return postgres.Open(where, "", postgres.Options{Now: opt.Now, Member: opt.Member, ReadOnly: opt.ReadOnly, Password: opt.Password})
	}
	return sqlite.Open(where, sqlite.Options{Now: opt.Now, Member: opt.Member, ReadOnly: opt.ReadOnly})
}

// Create makes team with first as its first member at where (a new team
// file, or a new team in a region database) and opens it.
func Create(where, team string, first *board.Member, opt Options) (Store, error) {
	if IsRegion(where) {
		return postgres.Create(where, team, first, postgres.Options{Now: opt.Now, Member: opt.Member, Password: opt.Password})
	}
	return sqlite.Create(where, team, first, sqlite.Options{Now: opt.Now, Member: opt.Member})
}

// LoginRefused reports whether err is a region database refusing the
// login (no password, or a wrong one): ask for the password and try again.
func LoginRefused(err error) bool { return postgres.LoginRefused(err) }

// RegionAddress makes the address of team in the region database on host
// (several hosts separated by commas, each host or host:port) named
// database, as user. Empty parts are left to libpq's environment (PGHOST,
// PGSERVICE…). The address holds no password.
func RegionAddress(host, database, user, team string) string {
	return postgres.Address(host, database, user, team)
}

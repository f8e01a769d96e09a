// Package storagetest holds the contract every storage adapter must keep:
// the tests of each domain service, of conflicts, batches, presence and
// the change sequence, written against the domain's interfaces only. An
// adapter runs them from its own tests with Run, on a real store:
//
//	func TestContract(t *testing.T) { storagetest.Run(t, adapter) }
//
// What only one adapter has (SQLite's file locks, journal, backups,
// migrations) is tested beside that adapter.
package storagetest

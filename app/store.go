package app

import "tavlen/storage"

// Store is the open team file as the app sees it: the storage contract
// plus where it is kept, for the title bar and the About box. The wiring
// file (teamfile.go) picks the adapter.
type Store interface {
	storage.Store
	Path() string
}

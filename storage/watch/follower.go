package watch

// Follower follows the saves of other PCs: a Watcher on a team file, or a
// region database's notifications (storage/postgres). The app takes
// either without knowing which adapter it has.
type Follower interface {
	Changes() <-chan Change
	SetFocused(focused bool)
	Close()
}

var _ Follower = (*Watcher)(nil)

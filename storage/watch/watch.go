// Package watch notices when another PC saves the team file. Two sources
// feed it: fsnotify on the file's folder, which is fast on a local disk, and
// a poll of the file's data version, which also works on SMB and NFS shares
// where fsnotify sees nothing. Bursts are debounced, and a change is only
// reported when the data version really moved.
package watch

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// VersionFunc returns a number that changes whenever another connection has
// committed to the file: PRAGMA data_version on a dedicated connection, or
// the file's change sequence.
type VersionFunc func(ctx context.Context) (int64, error)

// Options tune a Watcher. Zero values give the defaults.
type Options struct {
	// NoFSNotify turns file-system events off, leaving only the poll (as on
	// a network share). Tests use it to prove the poll alone is enough.
	NoFSNotify bool
	// Focused is the poll interval while the window has focus (default 1 s);
	// Background while it has not (default 5 s).
	Focused, Background time.Duration
	// Debounce is how long to wait after a file event for the burst to end
	// (default 80 ms).
	Debounce time.Duration
	// Wake, when set, makes the watcher read the version at once on every
	// receive: a push such as PostgreSQL's NOTIFY, with the poll as fallback.
	Wake <-chan struct{}
}

// Change reports that the file changed.
type Change struct {
	Version int64
	At      time.Time
}

// Watcher watches one team file. Its methods are safe for concurrent use.
type Watcher struct {
	path    string
	version VersionFunc
	opt     Options

	changes chan Change
	focus   chan bool
	cancel  context.CancelFunc
	done    chan struct{}

	mu      sync.Mutex
	lastErr error
	fsOn    bool
}

// Start watches the file at path until Close. The first version is read at
// once, so only later changes are reported.
func Start(path string, version VersionFunc, opt Options) (*Watcher, error) {
	if opt.Focused <= 0 {
		opt.Focused = time.Second
	}
	if opt.Background <= 0 {
		opt.Background = 5 * time.Second
	}
	if opt.Debounce <= 0 {
		opt.Debounce = 80 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &Watcher{
		path: path, version: version, opt: opt,
		changes: make(chan Change, 1),
		focus:   make(chan bool, 1),
		cancel:  cancel,
		done:    make(chan struct{}),
	}
	last, err := version(ctx)
	if err != nil {
		cancel()
		return nil, err
	}
	var events <-chan fsnotify.Event
	var fsw *fsnotify.Watcher
	if !opt.NoFSNotify {
		// Watch the folder, not the file: SQLite's journal comes and goes
		// beside it, and a file replaced by rename keeps being seen.
		if fsw, err = fsnotify.NewWatcher(); err == nil {
			if err = fsw.Add(filepath.Dir(path)); err == nil {
				events = fsw.Events
				w.fsOn = true
			} else {
				fsw.Close()
				fsw = nil
			}
		}
	}
	go w.loop(ctx, last, fsw, events)
	return w, nil
}

// Changes delivers a Change after each detected change. It holds at most one
// pending Change: a slow reader gets the newest, never a backlog.
func (w *Watcher) Changes() <-chan Change { return w.changes }

// SetFocused switches between the focused and the background poll rate.
func (w *Watcher) SetFocused(focused bool) {
	select {
	case <-w.focus:
	default:
	}
	w.focus <- focused
}

// UsesFSNotify reports whether file-system events are on.
func (w *Watcher) UsesFSNotify() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.fsOn
}

// Err returns the last error from reading the version (the file or share
// gone, say), or nil once reading works again.
func (w *Watcher) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lastErr
}

// Close stops watching and waits for the watcher to end.
func (w *Watcher) Close() {
	w.cancel()
	<-w.done
}

func (w *Watcher) loop(ctx context.Context, last int64, fsw *fsnotify.Watcher, events <-chan fsnotify.Event) {
	defer close(w.done)
	if fsw != nil {
		defer fsw.Close()
	}
	interval := w.opt.Focused
	poll := time.NewTicker(interval)
	defer poll.Stop()
	var debounce <-chan time.Time
	base := filepath.Base(w.path)
	check := func() {
		v, err := w.version(ctx)
		w.mu.Lock()
		w.lastErr = err
		w.mu.Unlock()
		if err != nil || v == last {
			return
		}
		last = v
		select {
		case <-w.changes:
		default:
		}
		w.changes <- Change{Version: v, At: time.Now()}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case f := <-w.focus:
			next := w.opt.Background
			if f {
				next = w.opt.Focused
				check()
			}
			if next != interval {
				interval = next
				poll.Reset(interval)
			}
		case <-poll.C:
			check()
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if strings.HasPrefix(filepath.Base(ev.Name), base) {
				debounce = time.After(w.opt.Debounce)
			}
		case <-debounce:
			debounce = nil
			check()
		case <-w.opt.Wake:
			check()
		}
	}
}

package postgres

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"tavlen/storage/watch"

	"github.com/jackc/pgx/v5"
)

// Live refresh on a region database: a trigger on the change log NOTIFYs
// the team's channel (tavlen_team_<id>) with every committed change; a
// Watcher LISTENs on a connection of its own and reads WatchVersion when
// woken. The poll stays as the fallback while that connection is down
// (a failover, a network drop), and reconnects in the background.

// listener is the running Watcher of db, closed with it.
type listener struct{ cancel context.CancelFunc }

func (db *DB) stopListening() {
	db.listenMu.Lock()
	defer db.listenMu.Unlock()
	if db.listen != nil {
		db.listen.cancel()
		db.listen = nil
	}
}

// Watcher reports changes to the team's data, like watch.Watcher does for
// a team file: Changes, SetFocused, Err and Close have the same meaning.
type Watcher struct {
	db      *DB
	opt     watch.Options
	changes chan watch.Change
	focus   chan bool
	wake    chan struct{}
	cancel  context.CancelFunc
	done    sync.WaitGroup

	listening atomic.Bool
	mu        sync.Mutex
	lastErr   error
}

// Watch starts following the team. The first version is read at once, so
// only later changes are reported. opt's poll intervals apply to the
// fallback poll; NoFSNotify turns LISTEN off (the poll alone).
func (db *DB) Watch(opt watch.Options) (*Watcher, error) {
	if opt.Focused <= 0 {
		opt.Focused = time.Second
	}
	if opt.Background <= 0 {
		opt.Background = 5 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &Watcher{db: db, opt: opt, changes: make(chan watch.Change, 1), focus: make(chan bool, 1),
		wake: make(chan struct{}, 1), cancel: cancel}
	last, err := db.WatchVersion(ctx)
	if err != nil {
		cancel()
		return nil, err
	}
	db.stopListening()
	db.listenMu.Lock()
	db.listen = &listener{cancel: cancel}
	db.listenMu.Unlock()
	if !opt.NoFSNotify {
		w.done.Add(1)
		go w.listenLoop(ctx)
	}
	w.done.Add(1)
	go w.loop(ctx, last)
	return w, nil
}

// Changes delivers a Change after each detected change, at most one pending.
func (w *Watcher) Changes() <-chan watch.Change { return w.changes }

// SetFocused switches the fallback poll between the focused and the
// background interval.
func (w *Watcher) SetFocused(focused bool) {
	select {
	case <-w.focus:
	default:
	}
	w.focus <- focused
}

// Listening reports whether the LISTEN connection is up.
func (w *Watcher) Listening() bool { return w.listening.Load() }

// Err returns the last error reading the version (nil once it works again).
func (w *Watcher) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lastErr
}

// Close stops the watcher.
func (w *Watcher) Close() {
	w.cancel()
	w.done.Wait()
}

func (w *Watcher) loop(ctx context.Context, last int64) {
	defer w.done.Done()
	interval := w.opt.Focused
	poll := time.NewTicker(interval)
	defer poll.Stop()
	check := func() {
		v, err := w.db.WatchVersion(ctx)
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
		w.changes <- watch.Change{Version: v, At: time.Now()}
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
		case <-w.wake:
			check()
		}
	}
}

// listenLoop keeps a LISTEN connection open, waking loop on every
// notification, and reconnects after a drop.
func (w *Watcher) listenLoop(ctx context.Context) {
	defer w.done.Done()
	channel := "tavlen_team_" + strconv.FormatInt(w.db.team, 10)
	for ctx.Err() == nil {
		err := w.listenOnce(ctx, channel)
		w.listening.Store(false)
		if ctx.Err() != nil {
			return
		}
		_ = err // the poll covers the gap; try again shortly
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Second):
		}
	}
}

func (w *Watcher) listenOnce(ctx context.Context, channel string) error {
	cfg := w.db.pool.Config().ConnConfig
	cctx, cancel := context.WithTimeout(ctx, connectTimeout)
	conn, err := pgx.ConnectConfig(cctx, cfg)
	cancel()
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return err
	}
	w.listening.Store(true)
	w.signal() // changes made while no one listened
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		w.signal()
	}
}

func (w *Watcher) signal() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

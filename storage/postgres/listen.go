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
// the team's channel (a random name in its team row, migration 005) with
// every committed change; a Watcher LISTENs on a connection of its own and
// wakes a watch.Watcher,
// which reads WatchVersion. The watch.Watcher's poll stays as the fallback
// while that connection is down (a failover, a network drop), and the
// connection reconnects in the background.

// listener is the running Watcher of db, closed with it.
type listener struct{ stop func() }

func (db *DB) stopListening() {
	db.listenMu.Lock()
	defer db.listenMu.Unlock()
	if db.listen != nil {
		db.listen.stop()
		db.listen = nil
	}
}

// Watcher reports changes to the team's data, like watch.Watcher does for
// a team file (it is one, woken by NOTIFY): Changes, SetFocused, Err and
// Close have the same meaning.
type Watcher struct {
	*watch.Watcher
	db     *DB
	wake   chan struct{}
	cancel context.CancelFunc
	done   sync.WaitGroup

	listening atomic.Bool
	woken     atomic.Bool // a notification came since the last read

	mu       sync.Mutex
	last     int64     // the version last read
	lastRead time.Time // when
}

// listenPoll is how often the poll still reads the version while the
// LISTEN connection is up: a safety net only. An idle client then costs
// the server nearly nothing (100 clients polling every second took 6 % of
// a core; BenchmarkIdleClients100).
const listenPoll = 30 * time.Second

// version is the watcher's version function: a read of the change
// sequence, except while LISTEN is up and nothing was notified, when the
// poll's ticks get the last version read until listenPoll has passed.
func (w *Watcher) version(ctx context.Context) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.listening.Load() && !w.woken.Swap(false) && !w.lastRead.IsZero() && time.Since(w.lastRead) < listenPoll {
		return w.last, nil
	}
	v, err := w.db.WatchVersion(ctx)
	if err != nil {
		return v, err
	}
	w.last, w.lastRead = v, time.Now()
	return v, nil
}

// Watch starts following the team. The first version is read at once, so
// only later changes are reported. opt's poll intervals apply to the
// fallback poll; NoFSNotify turns LISTEN off (the poll alone).
func (db *DB) Watch(opt watch.Options) (*Watcher, error) {
	listen := !opt.NoFSNotify
	wake := make(chan struct{}, 1)
	opt.NoFSNotify = true // there is no file to watch: NOTIFY stands in for fsnotify
	opt.Wake = wake
	w := &Watcher{db: db, wake: wake}
	inner, err := watch.Start("", w.version, opt)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.Watcher, w.cancel = inner, cancel
	db.stopListening()
	db.listenMu.Lock()
	db.listen = &listener{stop: w.Close}
	db.listenMu.Unlock()
	if listen {
		w.done.Add(1)
		go w.listenLoop(ctx)
	}
	return w, nil
}

// Listening reports whether the LISTEN connection is up.
func (w *Watcher) Listening() bool { return w.listening.Load() }

// Close stops the watcher; closing it again does nothing.
func (w *Watcher) Close() {
	w.cancel()
	w.done.Wait()
	w.Watcher.Close()
}

// listenLoop keeps a LISTEN connection open, waking loop on every
// notification, and reconnects after a drop.
func (w *Watcher) listenLoop(ctx context.Context) {
	defer w.done.Done()
	for ctx.Err() == nil {
		err := w.listenOnce(ctx)
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

func (w *Watcher) listenOnce(ctx context.Context) error {
	cfg := w.db.pool.Config().ConnConfig
	cctx, cancel := context.WithTimeout(ctx, connectTimeout)
	conn, err := pgx.ConnectConfig(cctx, cfg)
	cancel()
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	// The channel's name is the team's secret (migration 005): the
	// session's team row, bound to the team first.
	var channel string
	if err := conn.QueryRow(ctx, `SELECT channel FROM team WHERE id = (SELECT set_config('tavlen.team', $1, false))::bigint`,
		strconv.FormatInt(w.db.team, 10)).Scan(&channel); err != nil {
		return err
	}
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
	w.woken.Store(true)
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Follow is Watch as a watch.Follower, for the app: saves on other PCs
// arrive by LISTEN/NOTIFY at once, with the poll as the fallback.
func (db *DB) Follow(opt watch.Options) (watch.Follower, error) {
	w, err := db.Watch(opt)
	if err != nil {
		return nil, err
	}
	return w, nil
}

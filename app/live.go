package app

import (
	"context"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tavlen/board"
	"tavlen/storage/outbox"
	"tavlen/storage/watch"
)

// Live sharing: the open file is watched for saves from other PCs, the
// screens follow them, this PC beats its presence, and saves that cannot
// reach the file wait in a local outbox. Changes and presence come in the
// domain's words (board.Change, board.Presence); no storage adapter here.

// liveFile is what the open team file offers for live sharing; the SQLite
// adapter has it. A Store without it (none today) simply is not live.
type liveFile interface {
	WatchVersion(ctx context.Context) (int64, error)
	ChangesSince(ctx context.Context, seq int64) ([]board.Change, error)
	Beat(ctx context.Context, editing *board.RecordRef) error
	Present(ctx context.Context) ([]board.Presence, error)
	Leave(ctx context.Context) error
	Reachable() bool
	ApplyPending(ctx context.Context, e outbox.Edit) error
}

// selfFollower is a store that follows other PCs' saves itself (a region
// database hears them by LISTEN/NOTIFY); a team file is watched instead.
type selfFollower interface {
	Follow(opt watch.Options) (watch.Follower, error)
}

// follow starts following the open store's saves from other PCs.
func follow(path string, f liveFile) (watch.Follower, error) {
	if sf, ok := f.(selfFollower); ok {
		return sf.Follow(watch.Options{})
	}
	return watch.Start(path, f.WatchVersion, watch.Options{})
}

// liveInBackground starts the watcher, beat and retry goroutines. The
// tests turn it off and drive live sharing by hand (fyne's test driver runs
// fyne.Do at once, on the calling goroutine).
var liveInBackground = true

// retryEvery is how often kept edits are tried again while the file is
// gone.
const retryEvery = 3 * time.Second

// live is the sharing state of one open file.
type live struct {
	u      *UI
	file   liveFile
	w      watch.Follower
	box    *outbox.Box // nil when the cache folder cannot be used
	cancel context.CancelFunc
	done   sync.WaitGroup

	// editing is the record this window edits, for the beats.
	editing atomic.Pointer[board.RecordRef]

	// Read and written on the UI goroutine only.
	seen      int64 // change sequence the screens show
	refreshed time.Time
	present   []board.Presence
	synced    string // sync service the file lies in, "" for none
	gone      bool   // the file could not be reached at the last look

	// Widgets of the current main screen (rebuilt with it).
	status  *widget.Label
	banners *fyne.Container
}

// startLive begins live sharing on the open store, if it can.
func (u *UI) startLive() {
	f, ok := u.store.(liveFile)
	if !ok || u.live != nil {
		return
	}
	l := &live{u: u, file: f}
	l.synced, _ = watch.SyncedFolder(u.store.Path())
	seq, err := f.WatchVersion(u.ctx)
	if err != nil {
		l.gone = board.ErrorCode(err) == board.EUnavailable
	}
	l.seen = seq
	l.refreshed = u.cfg.Now()
	if p, err := outbox.Path(u.store.Path()); err == nil {
		l.box, _ = outbox.Open(p, u.store.Path())
	}
	ctx, cancel := context.WithCancel(u.ctx)
	l.cancel = cancel
	u.live = l
	if !liveInBackground {
		return
	}
	if w, err := follow(u.store.Path(), f); err == nil {
		l.w = w
		l.done.Add(1)
		go func() {
			defer l.done.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case <-w.Changes():
					fyne.Do(l.onChange)
				}
			}
		}()
		// Poll fast only while the window has focus.
		lc := u.app.Lifecycle()
		lc.SetOnEnteredForeground(func() { w.SetFocused(true) })
		lc.SetOnExitedForeground(func() { w.SetFocused(false) })
	}
	l.done.Add(1)
	go func() {
		defer l.done.Done()
		t := time.NewTicker(board.PresenceBeatEvery)
		defer t.Stop()
		for {
			l.beat(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	if l.box != nil {
		// Edits held for a person in an earlier session are asked about
		// once the main screen is up.
		go fyne.Do(func() { l.askHeld() })
		l.done.Add(1)
		go func() {
			defer l.done.Done()
			l.box.Retry(ctx, outbox.ApplyFunc(f.ApplyPending), retryEvery, f.Reachable,
				func(out []outbox.Outcome, err error) { fyne.Do(func() { l.onReplayed(out, err) }) })
		}()
	}
}

// stopLive ends live sharing before the file is closed.
func (u *UI) stopLive() {
	l := u.live
	if l == nil {
		return
	}
	u.live = nil
	l.cancel()
	if l.w != nil {
		l.w.Close()
	}
	l.done.Wait()
	_ = l.file.Leave(context.Background())
}

// beat writes this window's presence and reads who else is there. It
// runs off the UI goroutine (the write may wait for another PC's lock) and
// hands the result to it.
func (l *live) beat(ctx context.Context) {
	_ = l.file.Beat(ctx, l.editing.Load()) // a hint: a failed beat is no problem
	p, err := l.file.Present(ctx)
	gone := !l.file.Reachable()
	fyne.Do(func() {
		if l.u.live != l {
			return // the file was closed meanwhile
		}
		if err == nil {
			l.present = p
		}
		if l.setGone(gone) {
			l.onChange()
		}
		l.show()
		if l.u.board != nil && l.u.board.table != nil {
			l.u.board.table.Refresh() // the editing chips
		}
	})
}

// retryNow replays kept edits at once (the tests; the background loop
// does it every retryEvery).
func (l *live) retryNow() {
	if l.box == nil || !l.file.Reachable() {
		return
	}
	out, err := l.box.Replay(l.u.ctx, outbox.ApplyFunc(l.file.ApplyPending))
	if len(out) > 0 || err != nil {
		l.onReplayed(out, err)
	}
}

// editingChanged tells the others at once which record this window edits
// now (the open citizen record, or none).
func (u *UI) editingChanged() {
	if u.live == nil {
		return
	}
	var ref *board.RecordRef
	if r, ok := u.page.(*citizenRecord); ok {
		ref = &board.RecordRef{Kind: board.RecordCitizen, ID: r.C.ID}
	}
	u.live.editing.Store(ref)
	if liveInBackground {
		go u.live.beat(u.ctx)
	}
}

// editorsOf returns the initials of the others editing citizen id.
func (u *UI) editorsOf(id int64) []string {
	if u.live == nil {
		return nil
	}
	var out []string
	for _, p := range u.live.present {
		if p.Editing != nil && p.Editing.Kind == board.RecordCitizen && p.Editing.ID == id {
			out = append(out, p.Initials)
		}
	}
	return out
}

// onChange runs on the UI goroutine after the watcher saw a save: it reads
// what changed and reloads what the screens show. A form being edited is
// never touched; the record says who changed it instead.
func (l *live) onChange() {
	u := l.u
	if u.live != l || u.store == nil {
		return
	}
	changes, err := l.file.ChangesSince(u.ctx, l.seen)
	if err != nil {
		l.setGone(board.ErrorCode(err) == board.EUnavailable)
		l.show()
		return
	}
	l.gone = false
	if len(changes) == 0 {
		return
	}
	l.seen = changes[len(changes)-1].Seq
	l.refreshed = u.cfg.Now()
	u.reloadShown(changes)
	l.show()
}

// reloadShown reloads the screens that are showing.
func (u *UI) reloadShown(changes []board.Change) {
	if r, ok := u.page.(*citizenRecord); ok {
		r.ChangedElsewhere(changes)
	}
	if u.tabs == nil {
		return
	}
	for _, c := range changes {
		if c.Kind == board.RecordMember || c.Kind == board.RecordTeam || c.ReloadsAll() {
			_ = u.loadMembers()
			u.team, _ = u.store.FindTeam(u.ctx)
			break
		}
	}
	switch u.tabs.SelectedIndex() {
	case 0:
		u.board.reload() // keeps the selected citizen and the scroll offset
	case 1:
		u.cal.reload()
	case 2:
		u.cts.reload()
	default:
		u.reloadRoomTab(u.tabs.Selected()) // Årshjul, Venteliste
	}
}

// setGone records whether the file is reachable, and reports whether it
// just came back (the screens are then read again).
func (l *live) setGone(gone bool) (back bool) {
	back = l.gone && !gone
	l.gone = gone
	return back
}

// onReplayed shows what happened to kept edits once the file was back.
func (l *live) onReplayed(out []outbox.Outcome, err error) {
	for _, o := range out {
		if o.Edit.Held != "" {
			l.u.resolveKept(o.Edit) // kept.go
		}
	}
	l.onChange()
	l.show()
}

// statusText is the status line: when the screens were last read from the
// file, and who else has it open.
func (l *live) statusText() string {
	s := T("live.refreshed", "Refreshed from the file at {{.At}}", map[string]any{"At": l.refreshed.In(l.u.now().Location()).Format("15:04:05")})
	if len(l.present) > 0 {
		var who []string
		seen := map[string]bool{}
		for _, p := range l.present {
			k := p.Initials + " (" + p.Machine + ")"
			if !seen[k] {
				seen[k] = true
				who = append(who, k)
			}
		}
		sort.Strings(who)
		s += " · " + T("live.present", "Also open: {{.Who}}", map[string]any{"Who": strings.Join(who, ", ")})
	}
	if l.box != nil {
		if n := l.box.Waiting(); n > 0 {
			s += " · " + T("live.kept", "{{.N}} changes kept on this PC", map[string]any{"N": n})
		}
	}
	return s
}

// bannerTexts are the warnings above the tabs, most serious first.
func (l *live) bannerTexts() []string {
	var out []string
	if l.gone {
		out = append(out, T("live.gone", "The team file cannot be reached. Your changes are kept on this PC and saved when the file is back; Tavlen keeps trying."))
	}
	if l.u.store != nil && l.u.store.ReadOnly() {
		out = append(out, T("live.read_only", "The team file can only be read from this PC now. You can look, but not save; ask whoever manages the share for write access."))
	}
	if l.synced != "" {
		out = append(out, T("live.synced", "The team file lies in a {{.Service}} folder. Such folders copy the file between PCs without locks, so only one PC may change it at a time, or changes are lost. Move the file to a network share.", map[string]any{"Service": l.synced}))
	}
	return out
}

// widgets makes the status line and the banner box of a new main screen.
func (l *live) widgets() (banners, status fyne.CanvasObject) {
	l.status = widget.NewLabel("")
	l.status.SizeName = theme.SizeNameCaptionText
	l.banners = container.NewVBox()
	l.show()
	return l.banners, l.status
}

// show updates the status line and the banners.
func (l *live) show() {
	if l.status != nil {
		l.status.SetText(l.statusText())
	}
	if l.banners != nil {
		var objs []fyne.CanvasObject
		for _, s := range l.bannerTexts() {
			b := widget.NewLabel(s)
			b.Wrapping = fyne.TextWrapWord
			b.Importance = widget.WarningImportance
			objs = append(objs, b)
		}
		l.banners.Objects = objs
		l.banners.Refresh()
	}
	if l.u.title != nil {
		l.u.title.SetText(l.u.headerText())
	}
}

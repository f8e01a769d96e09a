// Package outbox keeps saves that could not reach the team file (the share
// or its folder gone) on this PC until the file is back, then replays them
// through the normal version checks. The box is a small JSON file in the
// user's cache folder, never on the share. It holds personal data, so it is
// readable by the user only and deleted as soon as it is empty.
package outbox

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"tavlen/board"
)

// Edit is one save waiting for the team file.
type Edit struct {
	ID    string          `json:"id"`
	Kind  string          `json:"kind"`           // what the Applier does with it, e.g. "citizen"
	RowID int64           `json:"row_id"`         // the record edited; 0 for a new record
	Base  json.RawMessage `json:"base,omitempty"` // the record as read before the edit (for the merge)
	Mine  json.RawMessage `json:"mine"`           // the record as edited
	By    string          `json:"by"`             // initials of the member who saved
	At    time.Time       `json:"at"`             // when the member saved
	// Delete marks the deletion of record RowID; Base is the record as
	// read (its version is checked), Mine as it was shown.
	Delete bool `json:"delete,omitempty"`
	// Held is the error code of a replay that needs a person (EConflict
	// with a field both changed, say). Held edits are not replayed again;
	// the app shows them and calls Remove once the person has chosen.
	Held string `json:"held,omitempty"`
}

// Applier saves one pending edit to the team file, with the version
// checks of a normal save.
type Applier interface {
	Apply(ctx context.Context, e Edit) error
}

// ApplyFunc makes a function an Applier.
type ApplyFunc func(ctx context.Context, e Edit) error

// Apply calls f.
func (f ApplyFunc) Apply(ctx context.Context, e Edit) error { return f(ctx, e) }

// Box is the outbox of one team file. Its methods are safe for concurrent
// use.
type Box struct {
	path string
	team string

	mu    sync.Mutex
	edits []Edit
}

// stored is the file's content.
type stored struct {
	Team  string `json:"team"` // the team file the edits belong to
	Edits []Edit `json:"edits"`
}

// Path returns where the outbox of teamFile lives: the user's cache
// folder, named by a hash of the team file's path (no names of people or
// places in file names).
func Path(teamFile string) (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("outbox: no cache folder: %w", err)
	}
	abs, err := filepath.Abs(teamFile)
	if err != nil {
		abs = teamFile
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(dir, "Tavlen", "outbox", hex.EncodeToString(sum[:8])+".json"), nil
}

// Open loads the outbox at path for teamFile, or starts an empty one (no
// file is written until an edit is added). A box written for another team
// file is refused.
func Open(path, teamFile string) (*Box, error) {
	b := &Box{path: path, team: teamFile}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return b, nil
	}
	if err != nil {
		return nil, fmt.Errorf("outbox: read: %w", err)
	}
	var s stored
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("outbox: %s is damaged: %w", filepath.Base(path), err)
	}
	if s.Team != teamFile {
		return nil, fmt.Errorf("outbox: %s belongs to another team file", filepath.Base(path))
	}
	b.edits = s.Edits
	return b, nil
}

// Add keeps e until it is replayed, on disk before it returns. An edit of
// a record that already has one waiting replaces it but keeps the first
// one's base: the merge then sees every change made while the file was
// gone; a deletion replaces a kept edit of its record the same way. It
// returns the edit as kept (with its ID).
func (b *Box) Add(e Edit) (Edit, error) {
	kept, err := b.AddAll(e)
	if err != nil {
		return Edit{}, err
	}
	return kept[0], nil
}

// AddAll keeps several edits as Add does, all or none: they are written
// to disk in one go, so a later one failing never leaves an earlier one
// waiting alone (a series split is an update and a create together).
func (b *Box) AddAll(es ...Edit) ([]Edit, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	edits := append([]Edit(nil), b.edits...)
	kept := make([]Edit, 0, len(es))
	for _, e := range es {
		var k Edit
		edits, k = withEdit(edits, e)
		kept = append(kept, k)
	}
	if err := b.save(edits); err != nil {
		return nil, err
	}
	b.edits = edits
	return kept, nil
}

// withEdit adds e to edits, replacing a waiting edit of the same record
// (keeping that one's ID and base), and returns the list and e as kept.
func withEdit(edits []Edit, e Edit) ([]Edit, Edit) {
	if e.ID == "" {
		e.ID = newID()
	}
	if e.RowID != 0 {
		for i, old := range edits {
			if old.Kind == e.Kind && old.RowID == e.RowID && old.Held == "" {
				e.ID, e.Base = old.ID, old.Base
				edits[i] = e
				return edits, e
			}
		}
	}
	return append(edits, e), e
}

// Pending returns the edits kept, oldest first, held ones included.
func (b *Box) Pending() []Edit {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Edit(nil), b.edits...)
}

// Len returns how many edits are kept.
func (b *Box) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.edits)
}

// Waiting returns how many edits wait for the file (not held).
func (b *Box) Waiting() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for _, e := range b.edits {
		if e.Held == "" {
			n++
		}
	}
	return n
}

// Remove drops an edit (once replayed, or once the person has decided on a
// held one).
func (b *Box) Remove(id string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var edits []Edit
	for _, e := range b.edits {
		if e.ID != id {
			edits = append(edits, e)
		}
	}
	if err := b.save(edits); err != nil {
		return err
	}
	b.edits = edits
	return nil
}

// Outcome is the result of replaying one edit.
type Outcome struct {
	Edit Edit
	Err  error // nil when saved
}

// Replay applies the waiting edits oldest first. Saved edits are removed.
// At the first EUnavailable or EBusy it stops and keeps that edit and the
// rest for the next try. An edit refused for another reason (a conflict
// needing a person, a record deleted meanwhile) is kept as held with its
// error code, reported, and not replayed again. It returns what happened
// to each edit it tried; err is set when the box could not be written.
func (b *Box) Replay(ctx context.Context, a Applier) ([]Outcome, error) {
	var out []Outcome
	for _, e := range b.Pending() {
		if e.Held != "" {
			continue
		}
		if ctx.Err() != nil {
			return out, nil
		}
		err := a.Apply(ctx, e)
		switch code := board.ErrorCode(err); code {
		case "":
			if rerr := b.Remove(e.ID); rerr != nil {
				return out, rerr
			}
		case board.EUnavailable, board.EBusy:
			return append(out, Outcome{e, err}), nil
		default:
			e.Held = code
			if herr := b.hold(e.ID, code); herr != nil {
				return out, herr
			}
		}
		out = append(out, Outcome{e, err})
	}
	return out, nil
}

// hold marks an edit as needing a person.
func (b *Box) hold(id, code string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	edits := append([]Edit(nil), b.edits...)
	for i := range edits {
		if edits[i].ID == id {
			edits[i].Held = code
		}
	}
	if err := b.save(edits); err != nil {
		return err
	}
	b.edits = edits
	return nil
}

// Retry replays every interval while edits are waiting and ready() says
// the file is back, until ctx ends. report gets each non-empty replay's
// outcomes (from Retry's goroutine).
func (b *Box) Retry(ctx context.Context, a Applier, every time.Duration, ready func() bool, report func([]Outcome, error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if b.Waiting() == 0 || (ready != nil && !ready()) {
			continue
		}
		out, err := b.Replay(ctx, a)
		if (len(out) > 0 || err != nil) && report != nil {
			report(out, err)
		}
	}
}

// save writes edits to the box's file (user-only, replaced atomically), or
// deletes the file when there are none.
func (b *Box) save(edits []Edit) error {
	if len(edits) == 0 {
		if err := os.Remove(b.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("outbox: remove: %w", err)
		}
		return nil
	}
	data, err := json.Marshal(stored{Team: b.team, Edits: edits})
	if err != nil {
		return fmt.Errorf("outbox: encode: %w", err)
	}
	dir := filepath.Dir(b.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("outbox: folder: %w", err)
	}
	f, err := os.CreateTemp(dir, ".outbox-*") // mode 0600
	if err != nil {
		return fmt.Errorf("outbox: write: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, b.path)
	}
	if err != nil {
		os.Remove(tmp) // our own temp file
		return fmt.Errorf("outbox: write: %w", err)
	}
	return nil
}

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

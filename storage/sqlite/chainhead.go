package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"tavlen/board"
	"tavlen/calendar"
	"tavlen/storage/internal/sqlcore"
)

// The hash chain shows a row changed in the middle of the history, but not
// rows removed from its end, nor a chain re-hashed throughout by someone
// who knows the recipe. So every PC remembers the newest head of the chain
// it has seen (count and hash), outside the file, in the user's config
// folder; and a backup holds the head it was made with. A file whose chain
// is shorter than either, or has another hash at that entry, is reported.

// ChainHead is the newest entry of a history: how many entries, and the
// newest one's hash.
type ChainHead struct {
	Count int64  `json:"count"`
	Hash  string `json:"hash"`
}

var headsMu sync.Mutex // one PC process writes its heads file at a time

// headsFile is where this PC keeps the heads it has seen, keyed by a hash
// of the team file's path (no names in it).
func headsFile() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "Tavlen", "chain-heads.json"), nil
}

func headKey(path string) string {
	s := sha256.Sum256([]byte(path))
	return hex.EncodeToString(s[:16])
}

func loadHeads() map[string]ChainHead {
	heads := map[string]ChainHead{}
	p, err := headsFile()
	if err != nil {
		return heads
	}
	if b, err := os.ReadFile(p); err == nil {
		_ = json.Unmarshal(b, &heads) // a damaged heads file starts over
	}
	return heads
}

func saveHeads(heads map[string]ChainHead) error {
	p, err := headsFile()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	b, err := json.Marshal(heads)
	if err != nil {
		return err
	}
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, p)
}

// ForgetChainHead drops what this PC remembers of the history of the file
// at path: after a backup was restored here on purpose.
func ForgetChainHead(path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return
	}
	headsMu.Lock()
	defer headsMu.Unlock()
	heads := loadHeads()
	if _, ok := heads[headKey(abs)]; ok {
		delete(heads, headKey(abs))
		_ = saveHeads(heads)
	}
}

// chainHead reads the newest entry of the history in q.
func chainHead(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (ChainHead, error) {
	var h ChainHead
	err := q.QueryRowContext(ctx, `SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1`).Scan(&h.Count, &h.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return ChainHead{}, nil
	}
	return h, err
}

// ChainHead returns the newest entry of the file's history.
func (db *DB) ChainHead(ctx context.Context) (ChainHead, error) {
	var h ChainHead
	err := db.Read(ctx, func(tx *sqlcore.Q) error {
		var err error
		h, err = chainHead(ctx, tx)
		return err
	})
	return h, err
}

// holds reports whether the file's history contains head as one of its
// entries.
func (db *DB) holds(ctx context.Context, head ChainHead) (bool, error) {
	var hash string
	err := db.Read(ctx, func(tx *sqlcore.Q) error {
		return tx.QueryRowContext(ctx, `SELECT hash FROM audit WHERE id = ?`, head.Count).Scan(&hash)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil && hash == head.Hash, err
}

// verifyRemembered compares the file's history with the head this PC saw
// last, and remembers the file's head when it extends it.
func (db *DB) verifyRemembered(ctx context.Context, head ChainHead) error {
	headsMu.Lock()
	defer headsMu.Unlock()
	heads := loadHeads()
	key := headKey(db.path)
	seen, ok := heads[key]
	var warning error
	if ok && seen.Count > 0 {
		switch held, err := db.holds(ctx, seen); {
		case err != nil:
			return err
		case head.Count < seen.Count:
			warning = board.Errorf(board.ECorrupt, "The history has %d entries, but this PC has seen %d: entries were removed, or an older copy was put in place of the file (a backup restored on purpose does this too).", head.Count, seen.Count)
		case !held:
			warning = board.Errorf(board.ECorrupt, "The history differs from what this PC has seen at entry %d: it was rewritten.", seen.Count)
		}
	}
	if warning != nil || head.Count > seen.Count {
		// Each PC warns once: after a restore made on purpose the file's
		// new history is the one to guard from now on.
		heads[key] = head
		_ = saveHeads(heads) // a PC without a config folder still checks the rest
	}
	return warning
}

// verifyNewestBackup compares the file's history with the head of the
// newest backup: the file must still hold that entry.
func (db *DB) verifyNewestBackup(ctx context.Context) error {
	list, err := Backups(db.path)
	if err != nil || len(list) == 0 {
		return nil
	}
	b := list[0]
	c, err := sql.Open("sqlite", dsn(b.Path, "ro"))
	if err != nil {
		return nil
	}
	defer c.Close()
	head, err := chainHead(ctx, c)
	if err != nil || head.Count == 0 {
		return nil // not a readable backup: Backups' own checks say so
	}
	held, err := db.holds(ctx, head)
	if err != nil {
		return err
	}
	if !held {
		return board.Errorf(board.ECorrupt, "The history does not hold entry %d as the backup of %s has it: entries were removed or rewritten, or an older copy was put in place of the file.", head.Count, b.Time.In(calendar.Copenhagen).Format("2006-01-02 15:04"))
	}
	return nil
}

// verifyTamper runs the checks beyond the hash chain.
func (db *DB) verifyTamper(ctx context.Context) (ChainHead, error) {
	var head ChainHead
	err := db.Read(ctx, func(tx *sqlcore.Q) error {
		if err := verifyTriggers(ctx, tx.Tx); err != nil {
			return err
		}
		if err := verifyNotes(ctx, tx.Tx); err != nil {
			return err
		}
		var err error
		head, err = chainHead(ctx, tx)
		return err
	})
	if err != nil {
		return head, err
	}
	if err := db.verifyNewestBackup(ctx); err != nil {
		return head, err
	}
	if err := db.verifyRemembered(ctx, head); err != nil {
		return head, err
	}
	return head, nil
}

// String shows a head briefly, as `tavle check` prints it.
func (h ChainHead) String() string {
	if len(h.Hash) < 12 {
		return fmt.Sprintf("%d entries", h.Count)
	}
	return fmt.Sprintf("%d entries, newest %s", h.Count, h.Hash[:12])
}

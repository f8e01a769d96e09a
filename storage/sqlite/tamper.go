package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"tavlen/board"
)

// Tamper evidence beyond the hash chain (VerifyAudit). A person with the
// file and the sqlite3 shell can do anything to it; what Tavlen can do is
// make the usual ways of rewriting history visible in `tavle check`:
//   - a missing append-only trigger (dropped to edit the history or notes);
//   - a progress note whose text no longer matches its entry in the chain;
//   - a chain shorter than, or different from, the newest head this PC has
//     seen (chainhead.go) or the newest backup holds.

// appendOnlyTriggers are the guards the schema puts on the history and the
// progress notes, by name, with the table each guards.
var appendOnlyTriggers = map[string]string{
	"audit_no_update": "audit", "audit_no_delete": "audit",
	"notes_no_update": "notes", "notes_no_delete": "notes",
}

// verifyTriggers returns an ECorrupt error naming the first append-only
// guard that is missing or no longer refuses.
func verifyTriggers(ctx context.Context, tx *sql.Tx) error {
	names := make([]string, 0, len(appendOnlyTriggers))
	for n := range appendOnlyTriggers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		var tbl, text string
		err := tx.QueryRowContext(ctx, `SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`, name).Scan(&tbl, &text)
		if err == sql.ErrNoRows || (err == nil && (tbl != appendOnlyTriggers[name] || !strings.Contains(strings.ToUpper(text), "RAISE(ABORT"))) {
			return board.Errorf(board.ECorrupt, "The guard that keeps the %s append-only (%s) has been removed or changed.", guardedName(appendOnlyTriggers[name]), name)
		} else if err != nil {
			return err
		}
	}
	return nil
}

func guardedName(table string) string {
	if table == "notes" {
		return "progress notes"
	}
	return "history"
}

// verifyNotes checks every progress note against its entry in the history:
// the chain covers the text each note was written with, so a note
// rewritten, added or deleted outside Tavlen is found.
func verifyNotes(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT n.id, n.text, coalesce(n.corrects, 0), a.id, a.changes
		FROM notes n LEFT JOIN audit a ON a.tbl = 'notes' AND a.row_id = n.id AND a.action = ?
		ORDER BY n.id`, board.AuditInsert)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, corrects int64
		var text string
		var entry sql.NullInt64
		var changes sql.NullString
		if err := rows.Scan(&id, &text, &corrects, &entry, &changes); err != nil {
			return err
		}
		if !entry.Valid {
			return board.Errorf(board.ECorrupt, "Progress note %d has no entry in the history; it was added outside Tavlen.", id)
		}
		if !noteMatches(changes.String, text, corrects) {
			return board.Errorf(board.ECorrupt, "Progress note %d no longer matches its entry %d in the history; it was changed outside Tavlen.", id, entry.Int64)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	var gone int64
	err = tx.QueryRowContext(ctx, `SELECT a.row_id FROM audit a WHERE a.tbl = 'notes' AND a.action = ?
		AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = a.row_id) LIMIT 1`, board.AuditInsert).Scan(&gone)
	if err == nil {
		return board.Errorf(board.ECorrupt, "Progress note %d is in the history but no longer in the file; it was deleted outside Tavlen.", gone)
	} else if err != sql.ErrNoRows {
		return err
	}
	return nil
}

// noteMatches compares a note with the history's "at: …\ntext: …[\ncorrects: N]".
func noteMatches(changes, text string, corrects int64) bool {
	_, rest, ok := strings.Cut(changes, "\n")
	if !ok || !strings.HasPrefix(changes, "at: ") {
		return false
	}
	want := "text: " + text
	if corrects != 0 {
		want += fmt.Sprintf("\ncorrects: %d", corrects)
	}
	return rest == want
}

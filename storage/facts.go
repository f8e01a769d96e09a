package storage

// refreshFactsSQL recomputes a citizen's row of citizen_facts from the
// history; each value is one index seek.
const refreshFactsSQL = `INSERT OR REPLACE INTO citizen_facts (citizen_id, last_held, last_no_show, note_id, meeting_id)
SELECT c.id,
	(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'held' ORDER BY start_at DESC LIMIT 1),
	(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'no_show' ORDER BY start_at DESC LIMIT 1),
	(SELECT id FROM notes WHERE citizen_id = c.id ORDER BY at DESC, id DESC LIMIT 1),
	(SELECT meeting_id FROM meeting_items WHERE citizen_id = c.id AND discussed = 1 ORDER BY meeting_date DESC, meeting_id DESC LIMIT 1)
FROM citizens c`

// refreshFacts recomputes the board facts of the given citizens (0s are
// skipped) in the caller's transaction. Every write that changes an
// appointment, a note or a meeting's minutes calls it.
func (t *tx) refreshFacts(citizenIDs ...int64) error {
	seen := map[int64]bool{}
	for _, id := range citizenIDs {
		if id == 0 || seen[id] {
			continue
		}
		seen[id] = true
		if _, err := t.Exec(refreshFactsSQL+` WHERE c.id = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

package sqlcore

// refreshFactsSQL (after the dialect's FactsInsert) recomputes a citizen's row of citizen_facts from the
// history. The latest held appointment and no-show are the later of a
// whole appointment's (one index seek) and a single occurrence's marked
// so (see lastOccurrenceSQL).
const refreshFactsSQL = `INTO citizen_facts (citizen_id, last_held, last_no_show, note_id, meeting_id)
SELECT c.id,
	(SELECT max(at) FROM (SELECT (SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'held' ORDER BY start_at DESC LIMIT 1) AS at
		UNION ALL ` + lastHeldOccurrenceSQL + `) AS held),
	(SELECT max(at) FROM (SELECT (SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'no_show' ORDER BY start_at DESC LIMIT 1) AS at
		UNION ALL ` + lastNoShowOccurrenceSQL + `) AS no_show),
	(SELECT id FROM notes WHERE citizen_id = c.id ORDER BY at DESC, id DESC LIMIT 1),
	(SELECT meeting_id FROM meeting_items WHERE citizen_id = c.id AND discussed = 1 ORDER BY meeting_date DESC, meeting_id DESC LIMIT 1)
FROM citizens c`

// lastOccurrenceSQL is the latest start, where it happened (moved or
// not), of the citizen's single occurrences marked with a status. Only the
// citizen's appointments with exceptions are visited.
const lastOccurrenceSQL = `SELECT max(coalesce(e.start_at, e.original_at)) FROM appointments a
		JOIN appointment_exceptions e ON e.appointment_id = a.id
		WHERE a.citizen_id = c.id AND e.status = `

const (
	lastHeldOccurrenceSQL   = lastOccurrenceSQL + `'held'`
	lastNoShowOccurrenceSQL = lastOccurrenceSQL + `'no_show'`
)

// RefreshAllFacts recomputes every citizen's board facts (for tests and
// repairs).
func (t *Tx) RefreshAllFacts() error {
	_, err := t.Exec(t.d.FactsInsert + ` ` + refreshFactsSQL + ` WHERE true` + t.d.FactsUpsert)
	return err
}

// refreshFacts recomputes the board facts of the given citizens (0s are
// skipped) in the caller's transaction. Every write that changes an
// appointment, a note or a meeting's minutes calls it.
func (t *Tx) refreshFacts(citizenIDs ...int64) error {
	seen := map[int64]bool{}
	for _, id := range citizenIDs {
		if id == 0 || seen[id] {
			continue
		}
		seen[id] = true
		if _, err := t.Exec(t.d.FactsInsert+` `+refreshFactsSQL+` WHERE c.id = ?`+t.d.FactsUpsert, id); err != nil {
			return err
		}
	}
	return nil
}

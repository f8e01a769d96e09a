package sqlcore

import (
	"database/sql"

	"tavlen/calendar"
)

// Changes to single occurrences of a repeating appointment (migration
// 006) are part of their appointment: written in its transaction, under
// its version, and read with it.

const exceptionColumns = `appointment_id, original_at, status, start_at, end_at, notes`

// scanExceptions reads rows of exceptionColumns onto the appointments in
// byID (others are skipped) and closes rows.
func scanExceptions(rows *sql.Rows, byID map[int64]*calendar.Appointment) error {
	defer rows.Close()
	for rows.Next() {
		var aid, original int64
		var status, notes string
		var start, end sql.NullInt64
		if err := rows.Scan(&aid, &original, &status, &start, &end, &notes); err != nil {
			return err
		}
		if a := byID[aid]; a != nil {
			a.Exceptions = append(a.Exceptions, calendar.Exception{Original: fromNS(original), Status: calendar.Status(status),
				Start: fromTS(start), End: fromTS(end), Notes: notes})
		}
	}
	return rows.Err()
}

// saveExceptions inserts a's exceptions; an update deletes the old ones
// first.
func (t *Tx) saveExceptions(a *calendar.Appointment) error {
	for _, ex := range a.Exceptions {
		if _, err := t.Exec(`INSERT INTO appointment_exceptions (`+exceptionColumns+`) VALUES (?, ?, ?, ?, ?, ?)`,
			a.ID, ex.Original.UnixNano(), string(ex.Status), ts(ex.Start), ts(ex.End), ex.Notes); err != nil {
			return err
		}
	}
	return nil
}

-- 004: per-citizen facts the board needs, kept up to date by every write
-- that changes them, so the board reads them with the citizen instead of
-- searching each citizen's history.

CREATE TABLE citizen_facts (
	citizen_id   INTEGER PRIMARY KEY REFERENCES citizens (id) ON DELETE CASCADE,
	last_held    INTEGER, -- start of the latest held appointment
	last_no_show INTEGER, -- start of the latest no-show
	note_id      INTEGER, -- the latest progress note
	meeting_id   INTEGER  -- the latest meeting that discussed the citizen
);

INSERT INTO citizen_facts (citizen_id, last_held, last_no_show, note_id, meeting_id)
SELECT c.id,
	(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'held' ORDER BY start_at DESC LIMIT 1),
	(SELECT start_at FROM appointments WHERE citizen_id = c.id AND status = 'no_show' ORDER BY start_at DESC LIMIT 1),
	(SELECT id FROM notes WHERE citizen_id = c.id ORDER BY at DESC, id DESC LIMIT 1),
	(SELECT meeting_id FROM meeting_items WHERE citizen_id = c.id AND discussed = 1 ORDER BY meeting_date DESC, meeting_id DESC LIMIT 1)
FROM citizens c;

-- The board reads every open action: an index holding all their columns
-- spares a table lookup per action.
DROP INDEX actions_open;
CREATE INDEX actions_open ON actions (status, citizen_id, due, id, goal_id, text, responsible_id, sector, done_on,
	version, updated_at, updated_by) WHERE status = 'open';

-- 006: changes to single occurrences of a repeating appointment: this
-- week's injection held, Tuesday's call cancelled, Thursday's visit moved
-- to Friday. A row belongs to its appointment (saved, versioned and
-- audited with it) and names the occurrence by the start its rule gives it,
-- which stays its identity when it is moved (iCalendar's RECURRENCE-ID).

CREATE TABLE appointment_exceptions (
	appointment_id INTEGER NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
	original_at    INTEGER NOT NULL,            -- the occurrence's start by the rule
	status         TEXT    NOT NULL DEFAULT '', -- '' keeps the series' status
	start_at       INTEGER,                     -- new times when moved, else NULL
	end_at         INTEGER,
	notes          TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (appointment_id, original_at)
) WITHOUT ROWID;

-- The week board reads only the changes that can touch its week: those
-- of occurrences due in it, and those moved into it.
CREATE INDEX appointment_exceptions_original ON appointment_exceptions (original_at);
CREATE INDEX appointment_exceptions_moved ON appointment_exceptions (start_at) WHERE start_at IS NOT NULL;

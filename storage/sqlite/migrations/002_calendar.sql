-- 002: appointments and team meetings with their minutes.

CREATE TABLE appointments (
	id          INTEGER PRIMARY KEY,
	uid         TEXT    NOT NULL UNIQUE,
	citizen_id  INTEGER REFERENCES citizens (id),
	title       TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	start_at    INTEGER NOT NULL,
	end_at      INTEGER NOT NULL,
	place       TEXT    NOT NULL DEFAULT '',
	status      TEXT    NOT NULL,
	freq        TEXT    NOT NULL DEFAULT '',
	until_day   INTEGER, -- last day an occurrence may start on, or NULL
	-- last_end bounds the end of the last occurrence (a huge number for a
	-- rule without end), so a week is found by a range on last_end that
	-- skips the history before it.
	last_end    INTEGER NOT NULL,
	notes       TEXT    NOT NULL DEFAULT '',
	sequence    INTEGER NOT NULL DEFAULT 0,
	version     INTEGER NOT NULL DEFAULT 1,
	updated_at  INTEGER NOT NULL,
	updated_by  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX appointments_window ON appointments (last_end, start_at);
CREATE INDEX appointments_citizen ON appointments (citizen_id, status, start_at);

CREATE TABLE appointment_participants (
	appointment_id INTEGER NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
	member_id      INTEGER NOT NULL REFERENCES members (id),
	position       INTEGER NOT NULL,
	PRIMARY KEY (appointment_id, member_id)
) WITHOUT ROWID;
CREATE INDEX appointment_participants_member ON appointment_participants (member_id);

CREATE TABLE meetings (
	id             INTEGER PRIMARY KEY,
	date           TEXT    NOT NULL,
	started_at     INTEGER,
	ended_at       INTEGER,
	facilitator_id INTEGER REFERENCES members (id),
	version        INTEGER NOT NULL DEFAULT 1,
	updated_at     INTEGER NOT NULL,
	updated_by     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_attendees (
	meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
	member_id  INTEGER NOT NULL REFERENCES members (id),
	PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;

CREATE TABLE meeting_items (
	meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
	citizen_id   INTEGER NOT NULL REFERENCES citizens (id),
	meeting_date TEXT    NOT NULL, -- copy of meetings.date for "last discussed"
	position     INTEGER NOT NULL,
	discussed    INTEGER NOT NULL DEFAULT 0,
	skipped      INTEGER NOT NULL DEFAULT 0,
	notes        TEXT    NOT NULL DEFAULT '',
	decisions    TEXT    NOT NULL DEFAULT '',
	board_change TEXT    NOT NULL DEFAULT '',
	seconds      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (meeting_id, citizen_id)
) WITHOUT ROWID;
CREATE INDEX meeting_items_citizen ON meeting_items (citizen_id, discussed, meeting_date);

-- 001: the team, its members, citizens and their plans, the history.
-- Times are Unix nanoseconds (INTEGER, UTC); calendar days are TEXT
-- 'YYYY-MM-DD' so they sort. No CPR number anywhere.

PRAGMA application_id = 1413568076; -- 'TAVL': marks the file as a Tavlen team file

CREATE TABLE team (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	name       TEXT    NOT NULL,
	version    INTEGER NOT NULL DEFAULT 1,
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE members (
	id           INTEGER PRIMARY KEY,
	name         TEXT    NOT NULL,
	initials     TEXT    NOT NULL UNIQUE,
	role         TEXT    NOT NULL DEFAULT '',
	sector       TEXT    NOT NULL,
	organisation TEXT    NOT NULL DEFAULT '',
	phone        TEXT    NOT NULL DEFAULT '',
	email        TEXT    NOT NULL DEFAULT '',
	active       INTEGER NOT NULL DEFAULT 1,
	version      INTEGER NOT NULL DEFAULT 1,
	updated_at   INTEGER NOT NULL,
	updated_by   TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE citizens (
	id                   INTEGER PRIMARY KEY,
	name                 TEXT    NOT NULL,
	preferred_name       TEXT    NOT NULL DEFAULT '',
	phone                TEXT    NOT NULL DEFAULT '',
	address              TEXT    NOT NULL DEFAULT '',
	status               TEXT    NOT NULL,
	on_board             INTEGER NOT NULL DEFAULT 0,
	board_reason         TEXT    NOT NULL DEFAULT '',
	board_since          TEXT    NOT NULL DEFAULT '',
	review_date          TEXT    NOT NULL DEFAULT '',
	consent_given_on     TEXT    NOT NULL DEFAULT '',
	consent_scope        TEXT    NOT NULL DEFAULT '',
	consent_withdrawn    INTEGER NOT NULL DEFAULT 0,
	consent_withdrawn_on TEXT    NOT NULL DEFAULT '',
	safety_note          TEXT    NOT NULL DEFAULT '',
	notes                TEXT    NOT NULL DEFAULT '',
	version              INTEGER NOT NULL DEFAULT 1,
	updated_at           INTEGER NOT NULL,
	updated_by           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX citizens_status ON citizens (status);

-- Responsible members of a citizen, each with a role for this citizen.
CREATE TABLE citizen_members (
	citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
	member_id  INTEGER NOT NULL REFERENCES members (id),
	role       TEXT    NOT NULL DEFAULT '',
	position   INTEGER NOT NULL,
	PRIMARY KEY (citizen_id, member_id)
) WITHOUT ROWID;
CREATE INDEX citizen_members_member ON citizen_members (member_id);

-- Progress notes are append-only: a correction is a new note.
CREATE TABLE notes (
	id         INTEGER PRIMARY KEY,
	citizen_id INTEGER NOT NULL REFERENCES citizens (id),
	author_id  INTEGER REFERENCES members (id),
	at         INTEGER NOT NULL,
	text       TEXT    NOT NULL,
	corrects   INTEGER REFERENCES notes (id)
);
CREATE INDEX notes_citizen_at ON notes (citizen_id, at);
CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes
BEGIN SELECT RAISE(ABORT, 'progress notes are append-only'); END;
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'progress notes are append-only'); END;

CREATE TABLE goals (
	id         INTEGER PRIMARY KEY,
	citizen_id INTEGER NOT NULL REFERENCES citizens (id),
	text       TEXT    NOT NULL,
	life_area  TEXT    NOT NULL DEFAULT '',
	position   INTEGER NOT NULL DEFAULT 0,
	version    INTEGER NOT NULL DEFAULT 1,
	updated_at INTEGER NOT NULL,
	updated_by TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX goals_citizen ON goals (citizen_id, position);

CREATE TABLE actions (
	id             INTEGER PRIMARY KEY,
	citizen_id     INTEGER NOT NULL REFERENCES citizens (id),
	goal_id        INTEGER REFERENCES goals (id) ON DELETE SET NULL,
	text           TEXT    NOT NULL,
	responsible_id INTEGER REFERENCES members (id),
	sector         TEXT    NOT NULL DEFAULT '',
	due            TEXT    NOT NULL DEFAULT '',
	status         TEXT    NOT NULL,
	done_on        TEXT    NOT NULL DEFAULT '',
	version        INTEGER NOT NULL DEFAULT 1,
	updated_at     INTEGER NOT NULL,
	updated_by     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX actions_citizen ON actions (citizen_id, status, due);
CREATE INDEX actions_open ON actions (status, citizen_id) WHERE status = 'open';

CREATE TABLE crisis_plans (
	citizen_id    INTEGER PRIMARY KEY REFERENCES citizens (id),
	warning_signs TEXT    NOT NULL DEFAULT '',
	what_helps    TEXT    NOT NULL DEFAULT '',
	whom_to_call  TEXT    NOT NULL DEFAULT '',
	version       INTEGER NOT NULL DEFAULT 1,
	updated_at    INTEGER NOT NULL,
	updated_by    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE contacts (
	id           INTEGER PRIMARY KEY,
	citizen_id   INTEGER NOT NULL REFERENCES citizens (id),
	name         TEXT    NOT NULL,
	relation     TEXT    NOT NULL DEFAULT '',
	organisation TEXT    NOT NULL DEFAULT '',
	phone        TEXT    NOT NULL DEFAULT '',
	email        TEXT    NOT NULL DEFAULT '',
	notes        TEXT    NOT NULL DEFAULT '',
	version      INTEGER NOT NULL DEFAULT 1,
	updated_at   INTEGER NOT NULL,
	updated_by   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX contacts_citizen ON contacts (citizen_id);

-- The history: append-only, each row chained to the one before by hash.
CREATE TABLE audit (
	id         INTEGER PRIMARY KEY,
	at         INTEGER NOT NULL,
	member     TEXT    NOT NULL DEFAULT '',
	os_user    TEXT    NOT NULL DEFAULT '',
	machine    TEXT    NOT NULL DEFAULT '',
	action     TEXT    NOT NULL,
	tbl        TEXT    NOT NULL,
	row_id     INTEGER NOT NULL DEFAULT 0,
	citizen_id INTEGER NOT NULL DEFAULT 0,
	changes    TEXT    NOT NULL DEFAULT '',
	hash       TEXT    NOT NULL
);
CREATE INDEX audit_citizen ON audit (citizen_id, id);
CREATE INDEX audit_row ON audit (tbl, row_id, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;

-- One row per changed record per write transaction, so a watcher can reload
-- only what changed since the sequence number it saw last.
CREATE TABLE changes (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	tbl        TEXT    NOT NULL,
	row_id     INTEGER NOT NULL,
	citizen_id INTEGER NOT NULL DEFAULT 0,
	at         INTEGER NOT NULL,
	by_member  TEXT    NOT NULL DEFAULT ''
);

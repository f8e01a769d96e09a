-- 005: who has the file open right now, and which record each is editing.
-- A hint, never a lock: a row counts only while its beat is fresh (about
-- every 15 s, expiring after 60 s), so a crashed PC can never block anyone.
-- Beats are not changes to the team's data: they write no history and no
-- change-log rows. Only initials and the machine name are kept.

CREATE TABLE presence (
	session  TEXT    PRIMARY KEY, -- random per open file, so two windows on one PC are two rows
	initials TEXT    NOT NULL DEFAULT '',
	machine  TEXT    NOT NULL DEFAULT '',
	tbl      TEXT    NOT NULL DEFAULT '', -- the record being edited, '' when none
	row_id   INTEGER NOT NULL DEFAULT 0,
	beat_at  INTEGER NOT NULL
) WITHOUT ROWID;

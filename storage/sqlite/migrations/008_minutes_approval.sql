-- 007: minutes the team signs off. Approved minutes are locked; what is
-- found wrong afterwards is a correction: a new dated entry with who
-- wrote it, never changed nor deleted (as progress notes are).

ALTER TABLE meetings ADD COLUMN approved_at INTEGER;
ALTER TABLE meetings ADD COLUMN approved_by INTEGER REFERENCES members (id);

CREATE TABLE meeting_corrections (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
	citizen_id INTEGER REFERENCES citizens (id), -- NULL: about the meeting
	at         INTEGER NOT NULL,
	by_member  INTEGER NOT NULL REFERENCES members (id),
	text       TEXT    NOT NULL
);
CREATE INDEX meeting_corrections_meeting ON meeting_corrections (meeting_id, id);

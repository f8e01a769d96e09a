-- 008: minutes the team signs off. Approved minutes are locked; what is
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

-- discussed is the rule's answer (a note, a decision, a board change or the
-- tick), which "last discussed" reads; ticked is the facilitator's own
-- tick, so a meeting reads back exactly as it was saved. Before 008 the
-- tick was all there was.
ALTER TABLE meeting_items ADD COLUMN ticked INTEGER NOT NULL DEFAULT 0;
UPDATE meeting_items SET ticked = discussed;

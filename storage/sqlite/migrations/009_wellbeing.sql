-- 009: WHO-5 wellbeing scores (PRO data): a citizen's five answers (0–5)
-- on a day, the member who asked, and whether the citizen filled it in
-- alone. The score (sum × 4) is computed, never stored.

CREATE TABLE who5_answers (
	id            INTEGER PRIMARY KEY,
	citizen_id    INTEGER NOT NULL REFERENCES citizens (id),
	answered_on   TEXT    NOT NULL, -- YYYY-MM-DD
	item1         INTEGER NOT NULL CHECK (item1 BETWEEN 0 AND 5),
	item2         INTEGER NOT NULL CHECK (item2 BETWEEN 0 AND 5),
	item3         INTEGER NOT NULL CHECK (item3 BETWEEN 0 AND 5),
	item4         INTEGER NOT NULL CHECK (item4 BETWEEN 0 AND 5),
	item5         INTEGER NOT NULL CHECK (item5 BETWEEN 0 AND 5),
	asked_by      INTEGER NOT NULL REFERENCES members (id),
	self_reported INTEGER NOT NULL DEFAULT 0,
	version       INTEGER NOT NULL DEFAULT 1,
	updated_at    INTEGER NOT NULL,
	updated_by    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX who5_answers_citizen ON who5_answers (citizen_id, answered_on);
-- The board reads the last year's scores of every citizen at once.
CREATE INDEX who5_answers_answered ON who5_answers (answered_on);

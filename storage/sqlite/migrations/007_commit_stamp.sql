-- 007: the file change counter (header bytes 24–27) as Tavlen's last
-- commit left it. Every Tavlen write transaction sets it; when the file's
-- counter differs, another program committed since, and every PC reloads
-- everything (its change log knows nothing of such a change).

CREATE TABLE commit_stamp (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	counter INTEGER NOT NULL
);

-- 009: the year's professional themes (årshjul), the way in (referrals and
-- the waiting list), and the citizen taking part in the meeting.

-- A theme per month, or per meeting when meeting_date is set; presented by
-- a member (NULL while undecided); minutes is its time in the meeting
-- (0: the default).
CREATE TABLE year_themes (
	id           INTEGER PRIMARY KEY,
	year         INTEGER NOT NULL,
	month        INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
	meeting_date TEXT    NOT NULL DEFAULT '',
	title        TEXT    NOT NULL,
	presenter_id INTEGER REFERENCES members (id),
	minutes      INTEGER NOT NULL DEFAULT 0,
	notes        TEXT    NOT NULL DEFAULT '',
	version      INTEGER NOT NULL DEFAULT 1,
	updated_at   INTEGER NOT NULL,
	updated_by   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX year_themes_year ON year_themes (year, month);

-- The referral: the kind of referrer, the reason in the referrer's words,
-- and a declined referral's day and reason (kept; the citizen is closed).
ALTER TABLE citizens ADD COLUMN referrer_kind   TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN referral_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN declined_on     TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN declined_reason TEXT NOT NULL DEFAULT '';

-- The team's goal for booking the intake after a referral (0: the default).
ALTER TABLE team ADD COLUMN intake_goal_days INTEGER NOT NULL DEFAULT 0;

-- The day's theme as the meeting took it up (a copy: the minutes keep what
-- was presented), and whether the citizen took part in their slot.
ALTER TABLE meetings ADD COLUMN theme_id        INTEGER; -- no reference: the theme may be deleted later
ALTER TABLE meetings ADD COLUMN theme_title     TEXT    NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN theme_presenter INTEGER; -- a member ID, as the theme had it
ALTER TABLE meetings ADD COLUMN theme_minutes   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN theme_seconds   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN theme_notes     TEXT    NOT NULL DEFAULT '';
ALTER TABLE meeting_items ADD COLUMN citizen_present INTEGER NOT NULL DEFAULT 0;

-- 003: who referred a citizen and when.

ALTER TABLE citizens ADD COLUMN referred_by TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN referred_on TEXT NOT NULL DEFAULT '';

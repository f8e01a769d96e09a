-- 005: a team's NOTIFY channel is named by a random word kept in its team
-- row, which row-level security shows only to the team. Channels named by
-- the team's number let a member of one team LISTEN to another's and learn
-- when it works.
ALTER TABLE team ADD COLUMN channel TEXT NOT NULL
	DEFAULT 'tavlen_' || replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX team_channel ON team (channel);

CREATE OR REPLACE FUNCTION tavlen_notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
	PERFORM pg_notify((SELECT channel FROM public.team WHERE id = NEW.team_id), NEW.seq::text);
	RETURN NULL;
END
$$;

-- 004: speed for a region of many teams.
--
-- Every policy compares team_id with (SELECT tavlen_team()): an InitPlan,
-- run once per table a statement reads, never per row. Each run was a
-- SQL function planned anew and calling a second one (~75 µs); in PL/pgSQL
-- the plans are cached and the owner check runs only when the role is no
-- member (~35 µs). Its answer is unchanged, and it stays SECURITY DEFINER
-- with a fixed search_path, so a member cannot choose another team.
CREATE OR REPLACE FUNCTION tavlen_team() RETURNS BIGINT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
	t BIGINT;
BEGIN
	SELECT r.team_id INTO t FROM public.team_roles r WHERE r.role = session_user;
	IF t IS NULL AND EXISTS (SELECT 1 FROM public.tavlen_owner o WHERE pg_has_role(session_user, o.role, 'MEMBER')) THEN
		t := nullif(current_setting('tavlen.team', true), '')::bigint;
	END IF;
	RETURN t;
END
$$;

-- Indexes lead with the team, so a team's reads walk only its own part.
DROP INDEX notes_citizen_at;
CREATE INDEX notes_citizen_at ON notes (team_id, citizen_id, at);
DROP INDEX goals_citizen;
CREATE INDEX goals_citizen ON goals (team_id, citizen_id, position);
DROP INDEX actions_citizen;
CREATE INDEX actions_citizen ON actions (team_id, citizen_id, status, due);
DROP INDEX contacts_citizen;
CREATE INDEX contacts_citizen ON contacts (team_id, citizen_id);
DROP INDEX appointments_citizen;
CREATE INDEX appointments_citizen ON appointments (team_id, citizen_id, status, start_at);
DROP INDEX citizen_members_member;
CREATE INDEX citizen_members_member ON citizen_members (team_id, member_id);
DROP INDEX appointment_participants_member;
CREATE INDEX appointment_participants_member ON appointment_participants (team_id, member_id);
DROP INDEX meeting_items_citizen;
CREATE INDEX meeting_items_citizen ON meeting_items (team_id, citizen_id, discussed, meeting_date);
DROP INDEX meeting_corrections_meeting;
CREATE INDEX meeting_corrections_meeting ON meeting_corrections (team_id, meeting_id, id);
CREATE INDEX members_team ON members (team_id, lower(name), id);

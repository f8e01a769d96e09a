-- 003: every key leads with the team. A team moved in from its team file
-- (tavle migrate-to-postgres) keeps the ids of its rows, which its history
-- names and its hash chain seals; so an id is unique within its team, not
-- across the database. New rows still take ids from one sequence per table.

-- Foreign keys on a lone id go first (they hang on the primary keys).
ALTER TABLE notes DROP CONSTRAINT notes_corrects_fkey;
ALTER TABLE actions DROP CONSTRAINT actions_goal_id_fkey;
ALTER TABLE appointment_participants DROP CONSTRAINT appointment_participants_appointment_id_fkey;
ALTER TABLE meeting_attendees DROP CONSTRAINT meeting_attendees_meeting_id_fkey;
ALTER TABLE meeting_items DROP CONSTRAINT meeting_items_meeting_id_fkey;
ALTER TABLE appointment_exceptions DROP CONSTRAINT appointment_exceptions_appointment_id_fkey;
ALTER TABLE meeting_corrections DROP CONSTRAINT meeting_corrections_meeting_id_fkey;

ALTER TABLE members DROP CONSTRAINT members_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE citizens DROP CONSTRAINT citizens_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE notes DROP CONSTRAINT notes_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE goals DROP CONSTRAINT goals_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE actions DROP CONSTRAINT actions_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE contacts DROP CONSTRAINT contacts_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE appointments DROP CONSTRAINT appointments_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE meetings DROP CONSTRAINT meetings_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE meeting_corrections DROP CONSTRAINT meeting_corrections_pkey, ADD PRIMARY KEY (team_id, id);
ALTER TABLE crisis_plans DROP CONSTRAINT crisis_plans_pkey, ADD PRIMARY KEY (team_id, citizen_id);
ALTER TABLE citizen_facts DROP CONSTRAINT citizen_facts_pkey, ADD PRIMARY KEY (team_id, citizen_id);
ALTER TABLE citizen_members DROP CONSTRAINT citizen_members_pkey, ADD PRIMARY KEY (team_id, citizen_id, member_id);
ALTER TABLE appointment_participants DROP CONSTRAINT appointment_participants_pkey, ADD PRIMARY KEY (team_id, appointment_id, member_id);
ALTER TABLE meeting_attendees DROP CONSTRAINT meeting_attendees_pkey, ADD PRIMARY KEY (team_id, meeting_id, member_id);
ALTER TABLE meeting_items DROP CONSTRAINT meeting_items_pkey, ADD PRIMARY KEY (team_id, meeting_id, citizen_id);
ALTER TABLE appointment_exceptions DROP CONSTRAINT appointment_exceptions_pkey, ADD PRIMARY KEY (team_id, appointment_id, original_at);

ALTER TABLE notes ADD FOREIGN KEY (team_id, corrects) REFERENCES notes (team_id, id);
ALTER TABLE actions ADD FOREIGN KEY (team_id, goal_id) REFERENCES goals (team_id, id) ON DELETE SET NULL (goal_id);
ALTER TABLE appointment_participants ADD FOREIGN KEY (team_id, appointment_id) REFERENCES appointments (team_id, id) ON DELETE CASCADE;
ALTER TABLE meeting_attendees ADD FOREIGN KEY (team_id, meeting_id) REFERENCES meetings (team_id, id) ON DELETE CASCADE;
ALTER TABLE meeting_items ADD FOREIGN KEY (team_id, meeting_id) REFERENCES meetings (team_id, id) ON DELETE CASCADE;
ALTER TABLE appointment_exceptions ADD FOREIGN KEY (team_id, appointment_id) REFERENCES appointments (team_id, id) ON DELETE CASCADE;
ALTER TABLE meeting_corrections ADD FOREIGN KEY (team_id, meeting_id) REFERENCES meetings (team_id, id) ON DELETE CASCADE;

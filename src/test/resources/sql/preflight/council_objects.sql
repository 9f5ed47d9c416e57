-- A council's own table in public with a foreign key to csc.ssd_person (two rows pointing at real persons), and a
-- view of theirs over csc.ssd_cin_episodes: objects outside csc that depend on it. The table is unlogged because a dry
-- run's csc is: PostgreSQL lets only an unlogged table reference an unlogged one.
CREATE UNLOGGED TABLE public.council_notes (note_id integer PRIMARY KEY, person_id bigint REFERENCES csc.ssd_person (pers_person_id), note text);
INSERT INTO public.council_notes SELECT row_number() OVER (ORDER BY pers_person_id), pers_person_id, 'kept by the council'
FROM (SELECT pers_person_id FROM csc.ssd_person ORDER BY pers_person_id LIMIT 2) p;
CREATE VIEW public.council_open_referrals AS SELECT cine_referral_id FROM csc.ssd_cin_episodes WHERE cine_close_date IS NULL;

-- A case note of a child with no recorded death deleted from the target (so no after-death finding changes): only
-- the case-note counts see it.
-- pick: the note and its row (as JSON, to put back); plant: the note deleted; undo: the note back.
SELECT n.note_id AS id, to_jsonb(n)::text AS note FROM csc.ssd_case_notes n JOIN csc.ssd_person p ON p.pers_person_id = n.note_person_id
WHERE p.pers_death_date IS NULL ORDER BY n.note_id LIMIT 1;
DELETE FROM csc.ssd_case_notes WHERE note_id = :id;
INSERT INTO csc.ssd_case_notes SELECT * FROM jsonb_populate_record(NULL::csc.ssd_case_notes, CAST(:note AS jsonb));

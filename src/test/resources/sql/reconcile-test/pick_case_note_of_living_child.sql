-- A case note of a child with no recorded death (so no after-death finding changes).
SELECT n.note_id FROM csc.ssd_case_notes n JOIN csc.ssd_person p ON p.pers_person_id = n.note_person_id
WHERE p.pers_death_date IS NULL
ORDER BY n.note_id
LIMIT 1

-- fails: activity-after-death
-- A living child given a death date the day before their first dated case note: every note after it is activity
-- after death in the target only; none of their referrals comes after it
-- (census 8555).
-- pick: the person; plant: the death date; undo: no death date again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p
WHERE p.pers_death_date IS NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id AND n.note_date IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
                  AND e.cine_referral_date >= (SELECT min(n.note_date)::date FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id))
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person p SET pers_death_date = (SELECT min(n.note_date)::date - 1 FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id)
WHERE p.pers_person_id = :id;
UPDATE csc.ssd_person SET pers_death_date = NULL WHERE pers_person_id = :id;

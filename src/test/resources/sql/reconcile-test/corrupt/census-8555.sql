-- fails: census-8555
-- A living child with no CIN plan and no CP plan, and no contact or case note from their latest referral on, given a
-- death date the day before that referral: the referral comes after the death, in the target only.
-- pick: the person; plant: the death date; undo: no death date again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p
JOIN csc.ssd_cin_episodes e ON e.cine_person_id = p.pers_person_id
WHERE p.pers_death_date IS NULL AND e.cine_referral_date IS NOT NULL
  AND e.cine_referral_date = (SELECT max(o.cine_referral_date) FROM csc.ssd_cin_episodes o WHERE o.cine_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= e.cine_referral_date - 1)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id AND n.note_date >= e.cine_referral_date - 1)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person p SET pers_death_date = (SELECT max(e.cine_referral_date) - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id) WHERE p.pers_person_id = :id;
UPDATE csc.ssd_person SET pers_death_date = NULL WHERE pers_person_id = :id;

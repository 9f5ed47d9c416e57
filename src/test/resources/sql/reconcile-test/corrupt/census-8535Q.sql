-- fails: census-8535Q
-- A child who died before the extract window, with no record from a month before the death on, given a date of birth
-- the day after the death in the target.
-- pick: the person and the date of birth; plant: born the day after death; undo: the date of birth back.
SELECT p.pers_person_id AS id, p.pers_dob AS dob FROM csc.ssd_person p
WHERE p.pers_death_date < DATE '2018-06-01' AND p.pers_dob < p.pers_death_date
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id AND e.cine_referral_date >= p.pers_death_date - 30)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= p.pers_death_date - 30)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_dob = pers_death_date + 1 WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :dob WHERE pers_person_id = :id;

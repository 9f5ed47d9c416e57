-- fails: census-8585Q, census-8915
-- (The child's episode closed as died, RC2, without a date of death, census 8585Q, has one now.)
-- A living child whose only CP plan is open, with no contact or case note from the plan's start on, given a death date
-- the day before the plan started: the plan starts after the death, in the target only.
-- pick: the person; plant: the death date; undo: no death date again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p JOIN csc.ssd_cp_plans c ON c.cppl_person_id = p.pers_person_id
WHERE p.pers_death_date IS NULL AND c.cppl_cp_plan_end_date IS NULL AND c.cppl_cp_plan_start_date IS NOT NULL
  AND (SELECT count(*) FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = p.pers_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= c.cppl_cp_plan_start_date)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id AND n.note_date >= c.cppl_cp_plan_start_date)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person p SET pers_death_date = (SELECT c.cppl_cp_plan_start_date - 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id) WHERE p.pers_person_id = :id;
UPDATE csc.ssd_person SET pers_death_date = NULL WHERE pers_person_id = :id;

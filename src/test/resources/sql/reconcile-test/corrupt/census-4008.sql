-- fails: census-4008
-- A living child whose only CIN plan is open and starts after every referral, with no CP plan and no contact or case
-- note from the plan's start on, given a death date the day before the plan started: the plan starts after the death.
-- pick: the person; plant: the death date; undo: no death date again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p JOIN csc.ssd_cin_plans i ON i.cinp_person_id = p.pers_person_id
WHERE p.pers_death_date IS NULL AND i.cinp_cin_plan_end_date IS NULL AND i.cinp_cin_plan_start_date IS NOT NULL
  AND (SELECT count(*) FROM csc.ssd_cin_plans o WHERE o.cinp_person_id = p.pers_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id AND e.cine_referral_date >= i.cinp_cin_plan_start_date - 1)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= i.cinp_cin_plan_start_date - 1)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_case_notes n WHERE n.note_person_id = p.pers_person_id AND n.note_date >= i.cinp_cin_plan_start_date - 1)
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person p SET pers_death_date = (SELECT i.cinp_cin_plan_start_date - 1 FROM csc.ssd_cin_plans i WHERE i.cinp_person_id = p.pers_person_id) WHERE p.pers_person_id = :id;
UPDATE csc.ssd_person SET pers_death_date = NULL WHERE pers_person_id = :id;

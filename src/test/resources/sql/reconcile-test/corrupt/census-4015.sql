-- fails: census-4015
-- An old CIN plan of a living child with no CP plan made to start the day before its referral, in the target only.
-- pick: the plan and its start; plant: the start before the referral; undo: the start back.
SELECT i.cinp_cin_plan_id AS id, i.cinp_cin_plan_start_date AS started FROM csc.ssd_cin_plans i
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.cinp_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
WHERE p.pers_death_date IS NULL AND i.cinp_cin_plan_start_date >= e.cine_referral_date
  AND e.cine_referral_date < DATE '2018-06-01' AND i.cinp_cin_plan_end_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = i.cinp_person_id)
ORDER BY i.cinp_cin_plan_id LIMIT 1;
UPDATE csc.ssd_cin_plans i SET cinp_cin_plan_start_date = (SELECT e.cine_referral_date - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = i.cinp_referral_id) WHERE i.cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_start_date = :started WHERE cinp_cin_plan_id = :id;

-- fails: census-2885
-- The only CP plan of a child with no CIN plan, old, ended, without reviews, starting on its conference's day, started
-- the day after it in the target.
-- pick: the plan and its start; plant: a day later; undo: the start back.
SELECT c.cppl_cp_plan_id AS id, c.cppl_cp_plan_start_date AS started FROM csc.ssd_cp_plans c
JOIN csc.ssd_initial_cp_conference i ON i.icpc_icpc_id = c.cppl_icpc_id
WHERE c.cppl_cp_plan_start_date = i.icpc_icpc_date AND c.cppl_cp_plan_end_date > c.cppl_cp_plan_start_date + 1
  AND c.cppl_cp_plan_end_date < DATE '2018-06-01'
  AND (SELECT count(*) FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = c.cppl_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans n WHERE n.cinp_person_id = c.cppl_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id)
ORDER BY c.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = cppl_cp_plan_start_date + 1 WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = :started WHERE cppl_cp_plan_id = :id;

-- fails: census-4001, census-4003, census-4014
-- (The longer CIN plan is also open at a review of the CP plan it overlaps: census 4003.)
-- An ended CIN plan, overlapping no CP plan, left open in the target while a CP plan of the child starts after it: the
-- two now run at the same time.
-- pick: the CIN plan and its end; plant: the end lost; undo: the end back.
SELECT i.cinp_cin_plan_id AS id, i.cinp_cin_plan_end_date AS ended FROM csc.ssd_cin_plans i
WHERE i.cinp_cin_plan_end_date IS NOT NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = i.cinp_person_id AND c.cppl_cp_plan_start_date > i.cinp_cin_plan_start_date)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = i.cinp_person_id
                  AND i.cinp_cin_plan_start_date < COALESCE(c.cppl_cp_plan_end_date, DATE '9999-12-31')
                  AND c.cppl_cp_plan_start_date < i.cinp_cin_plan_end_date)
ORDER BY i.cinp_cin_plan_id LIMIT 1;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = NULL WHERE cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = :ended WHERE cinp_cin_plan_id = :id;

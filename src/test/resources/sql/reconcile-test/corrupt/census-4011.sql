-- fails: census-4011
-- An ended CIN plan of a child with no CP plan made to end the day before it started, in the target only.
-- pick: the plan and its end; plant: the end before the start; undo: the end back.
SELECT i.cinp_cin_plan_id AS id, i.cinp_cin_plan_end_date AS ended FROM csc.ssd_cin_plans i
WHERE i.cinp_cin_plan_end_date >= i.cinp_cin_plan_start_date AND i.cinp_cin_plan_end_date < DATE '2018-06-01'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = i.cinp_person_id)
ORDER BY i.cinp_cin_plan_id LIMIT 1;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = cinp_cin_plan_start_date - 1 WHERE cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = :ended WHERE cinp_cin_plan_id = :id;

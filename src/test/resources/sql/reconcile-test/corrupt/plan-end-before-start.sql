-- fails: census-8565, cp-plan-end-before-start
-- An ended plan made to end the day before it started: it stays ended, so of the plan checks only end-before-start
-- sees it; census 8565 sees its end too, no longer after its episode's close.
-- pick: the plan and its end date; plant: the end moved before the start; undo: the end back.
SELECT cppl_cp_plan_id AS id, cppl_cp_plan_end_date AS ended FROM csc.ssd_cp_plans
WHERE cppl_cp_plan_start_date IS NOT NULL AND cppl_cp_plan_end_date <= DATE '2019-01-31' ORDER BY cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_end_date = cppl_cp_plan_start_date - 1 WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_end_date = :ended WHERE cppl_cp_plan_id = :id;

-- fails: census-8905, missing-cp-plan-initial-category
-- A plan's initial category lost in the target.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cppl_cp_plan_id AS id, cppl_cp_plan_initial_category AS value FROM csc.ssd_cp_plans WHERE cppl_cp_plan_initial_category IS NOT NULL ORDER BY cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = NULL WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = :value WHERE cppl_cp_plan_id = :id;

-- fails: census-8905, missing-cp-plan-latest-category
-- An ended plan's latest category lost in the target (an active one would fail the plan-by-plan check too).
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cppl_cp_plan_id AS id, cppl_cp_plan_latest_category AS value FROM csc.ssd_cp_plans WHERE cppl_cp_plan_latest_category IS NOT NULL AND cppl_cp_plan_end_date <= DATE '2019-01-31' ORDER BY cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = NULL WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = :value WHERE cppl_cp_plan_id = :id;

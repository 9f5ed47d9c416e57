-- An active plan's latest category lost in the target: the plan differs, and the field is missing.
-- pick: the plan and its category; plant: the category NULL; undo: the category back.
SELECT cppl_cp_plan_id AS id, cppl_cp_plan_latest_category AS value FROM csc.ssd_cp_plans
WHERE cppl_cp_plan_end_date IS NULL AND cppl_cp_plan_latest_category IS NOT NULL
ORDER BY cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = NULL WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_latest_category = :value WHERE cppl_cp_plan_id = :id;

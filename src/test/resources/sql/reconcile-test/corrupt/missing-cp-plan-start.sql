-- fails: missing-cp-plan-start
-- A plan's start date lost in the target; the plan has no reviews, so the review check does not see it.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cppl_cp_plan_id AS id, cppl_cp_plan_start_date AS value FROM csc.ssd_cp_plans WHERE cppl_cp_plan_start_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = cppl_cp_plan_id) ORDER BY cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = NULL WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = :value WHERE cppl_cp_plan_id = :id;

-- The CareFirst example's CP plans in the target with their latest category, by plan id.
SELECT cppl_cp_plan_id, cppl_cp_plan_latest_category FROM csc.ssd_cp_plans ORDER BY cppl_cp_plan_id

-- An active CP plan with a latest category.
SELECT cppl_cp_plan_id FROM csc.ssd_cp_plans
WHERE cppl_cp_plan_end_date IS NULL AND cppl_cp_plan_latest_category IS NOT NULL
ORDER BY cppl_cp_plan_id
LIMIT 1

-- An active CP plan whose deletion only the plan checks can see: the child's only active plan, no mandatory
-- field missing, and no review of it dated before the plan started.
SELECT c.cppl_cp_plan_id
FROM csc.ssd_cp_plans c
WHERE c.cppl_cp_plan_end_date IS NULL
  AND c.cppl_cp_plan_start_date IS NOT NULL
  AND c.cppl_cp_plan_initial_category IS NOT NULL AND c.cppl_cp_plan_latest_category IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = c.cppl_person_id
                  AND o.cppl_cp_plan_id <> c.cppl_cp_plan_id AND o.cppl_cp_plan_end_date IS NULL)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id
                  AND r.cppr_cp_review_date < c.cppl_cp_plan_start_date)
ORDER BY (SELECT count(*) FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id) DESC, c.cppl_cp_plan_id
LIMIT 1

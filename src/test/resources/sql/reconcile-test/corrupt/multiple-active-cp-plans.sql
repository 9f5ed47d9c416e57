-- fails: active-cp-plans, annex-a-list-7, census-8940, multiple-active-cp-plans
-- A child's only active plan (every mandatory field set) moved to another child who has one active plan already:
-- that child has two active plans in the target only, and the plan names another child.
-- pick: the plan, its child and the other child; plant: the plan moved; undo: the plan moved back.
WITH active AS (
  SELECT c.* FROM csc.ssd_cp_plans c WHERE c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date > DATE '2019-01-31'
), single AS (
  SELECT a.* FROM active a WHERE NOT EXISTS (SELECT 1 FROM active o WHERE o.cppl_person_id = a.cppl_person_id AND o.cppl_cp_plan_id <> a.cppl_cp_plan_id)
)
SELECT x.cppl_cp_plan_id AS id, x.cppl_person_id AS person, b.cppl_person_id AS other
FROM single x JOIN single b ON b.cppl_person_id <> x.cppl_person_id
WHERE x.cppl_cp_plan_start_date IS NOT NULL AND x.cppl_cp_plan_initial_category IS NOT NULL AND x.cppl_cp_plan_latest_category IS NOT NULL
ORDER BY x.cppl_cp_plan_id, b.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_person_id = :other WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_person_id = :person WHERE cppl_cp_plan_id = :id;

-- fails: census-8565, census-8840
-- (The plan's end moves from after its episode's close to before it, which census 8565 counted: now in legacy only.)
-- An old ended CP plan of a living child made to end on the day it started, in the target only.
-- pick: the plan and its end; plant: the end on the start; undo: the end back.
SELECT c.cppl_cp_plan_id AS id, c.cppl_cp_plan_end_date AS ended FROM csc.ssd_cp_plans c
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE p.pers_death_date IS NULL AND c.cppl_cp_plan_end_date > c.cppl_cp_plan_start_date
  AND c.cppl_cp_plan_end_date < DATE '2018-06-01'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id)
ORDER BY c.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_end_date = cppl_cp_plan_start_date WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_end_date = :ended WHERE cppl_cp_plan_id = :id;

-- fails: annex-a-list-7
-- A category code mapped wrong on a plan that ended in the Annex A period: its initial category NEG written as PHY.
-- pick: the plan; plant: PHY; undo: NEG back.
SELECT c.cppl_cp_plan_id AS id FROM csc.ssd_cp_plans c
WHERE c.cppl_cp_plan_end_date > DATE '2018-07-31' AND c.cppl_cp_plan_end_date <= DATE '2019-01-31'
  AND c.cppl_cp_plan_initial_category = 'NEG' ORDER BY c.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = 'PHY' WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = 'NEG' WHERE cppl_cp_plan_id = :id;

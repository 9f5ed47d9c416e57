-- fails: census-8905
-- A category code mapped wrong: a plan's initial category written as the legacy word (NEGLECT) instead of its census
-- code, as a code map that passed the value through would.
-- pick: the plan and its category; plant: the word; undo: the code back.
SELECT c.cppl_cp_plan_id AS id, c.cppl_cp_plan_initial_category AS code FROM csc.ssd_cp_plans c
WHERE c.cppl_cp_plan_initial_category = 'NEG' AND c.cppl_cp_plan_latest_category IS NOT NULL ORDER BY c.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = 'NEGLECT' WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_initial_category = :code WHERE cppl_cp_plan_id = :id;

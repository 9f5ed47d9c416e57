-- fails: orphans-cp-plan-icpc
-- A CP plan naming a conference that is not in the target (no other check reads the link).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.cppl_cp_plan_id AS id, t.cppl_icpc_id AS parent, (SELECT max(p.icpc_icpc_id) + 1000000 FROM csc.ssd_initial_cp_conference p) AS missing
FROM csc.ssd_cp_plans t WHERE t.cppl_icpc_id IS NOT NULL ORDER BY t.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_icpc_id = :missing WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_icpc_id = :parent WHERE cppl_cp_plan_id = :id;

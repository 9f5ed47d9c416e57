-- fails: census-8565, orphans-cp-plan-referral
-- A CP plan naming a referral that is not in the target (census 8565 reads the link too: the plan, dated after its
-- episode closed, no longer counts as that episode's activity).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.cppl_cp_plan_id AS id, t.cppl_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_cp_plans t WHERE t.cppl_referral_id IS NOT NULL ORDER BY t.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_referral_id = :missing WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_referral_id = :parent WHERE cppl_cp_plan_id = :id;

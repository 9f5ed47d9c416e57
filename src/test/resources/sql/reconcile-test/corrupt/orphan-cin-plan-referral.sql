-- fails: orphans-cin-plan-referral
-- A CIN plan naming a referral that is not in the target (no other check reads the link).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.cinp_cin_plan_id AS id, t.cinp_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_cin_plans t WHERE t.cinp_referral_id IS NOT NULL ORDER BY t.cinp_cin_plan_id LIMIT 1;
UPDATE csc.ssd_cin_plans SET cinp_referral_id = :missing WHERE cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_referral_id = :parent WHERE cinp_cin_plan_id = :id;

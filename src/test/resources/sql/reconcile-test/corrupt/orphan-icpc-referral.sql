-- fails: orphans-icpc-referral
-- A conference naming a referral that is not in the target (no other check reads the link).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.icpc_icpc_id AS id, t.icpc_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_initial_cp_conference t WHERE t.icpc_referral_id IS NOT NULL ORDER BY t.icpc_icpc_id LIMIT 1;
UPDATE csc.ssd_initial_cp_conference SET icpc_referral_id = :missing WHERE icpc_icpc_id = :id;
UPDATE csc.ssd_initial_cp_conference SET icpc_referral_id = :parent WHERE icpc_icpc_id = :id;
